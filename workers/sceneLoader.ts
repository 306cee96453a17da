import type { Scene } from '../src/io/scene/schema';
import type { ReadFile } from '../src/io/scene/tableSource';
import { loadSceneData } from '../src/pipeline/loadSceneData';
import { fitInProcess, planEstimate, withPlan, type ModelFitter } from '../src/pipeline/planEstimate';
import type { OnStage, SceneData } from '../src/pipeline/sceneData';

/** A scene's data, and the scene with its estimate parameters completed from them. */
export interface LoadedScene { data: SceneData; scene: Scene }

/** An error as it crosses threads: its message, name and own fields (file, row, …). */
export type ErrorRecord = { name: string; message: string } & Record<string, unknown>;

/** The plain record of an error thrown by the pipeline (comlink would keep only message and name). */
export function errorRecord(e: unknown): ErrorRecord {
  if (e instanceof Error) return { ...(e as unknown as Record<string, unknown>), name: e.name, message: e.message };
  return { name: 'Error', message: typeof e === 'string' ? e : String(e) };
}

/**
 * Loads a scene's data (read, validate, desurvey, composite: loadSceneData) and completes its
 * estimate section (planEstimate; skipped when the data hold no grades, e.g. collars alone).
 * Variograms are fitted by `fit` (the app passes the worker pool's). What the import worker
 * serves; runs in process where there are no workers.
 */
export async function loadScene(scene: Scene, readFile: ReadFile, onStage?: OnStage, fit: ModelFitter = fitInProcess): Promise<LoadedScene> {
  const data = await loadSceneData(scene, readFile, onStage);
  if (data.elements.length === 0) return { data, scene };
  onStage?.('plan');
  return { data, scene: withPlan(scene, await planEstimate(scene, data, { fit })) };
}
