import type { Scene } from '../src/io/scene/schema';
import type { Vec3 } from '../src/engine/types';
import type { HoleGeometry } from '../src/engine/drillholes/holeDrawing';
import type { Bounds } from '../src/scene/bounds';
import type { ReadFile } from '../src/io/scene/tableSource';
import { loadSceneData } from '../src/pipeline/loadSceneData';
import { fitInProcess, planEstimate, type EstimatePlan, type ModelFitter } from '../src/pipeline/planEstimate';
import type { OnStage, SceneData } from '../src/pipeline/sceneData';
import { interceptsFor, type InterceptResult } from '../src/pipeline/interceptsStep';

/**
 * A scene's data, the plan of its estimate (null when the data hold no grades) and its significant
 * intercepts (drillholes with assays), computed here so that the page's thread does not.
 */
export interface LoadedScene {
  data: SceneData; plan: EstimatePlan | null; intercepts?: InterceptResult;
  /** The drawable holes and samples relative to the view's local origin (built by the import worker only). */
  holeGeometry?: { origin: Vec3; geometry: HoleGeometry };
  /** The view's data bounds (dataBounds), dense bounds (denseBounds) and sample colour ranges (robustRange), by the import worker only. */
  viewFrame?: { bounds: Bounds | null; dense: Bounds | null; gradeRanges: Record<string, [number, number] | null> };
  /** The scene's embedded texts as Blobs, by place (takeEmbeddedTexts), made by the import worker for the autosave. */
  embeddedBlobs?: Record<string, Blob>;
}

/** An error as it crosses threads: its message, name and own fields (file, row, …). */
export type ErrorRecord = { name: string; message: string } & Record<string, unknown>;

/** The plain record of an error thrown by the pipeline (comlink would keep only message and name). */
export function errorRecord(e: unknown): ErrorRecord {
  if (e instanceof Error) return { ...(e as unknown as Record<string, unknown>), name: e.name, message: e.message };
  // A record already (an error of the page's file reader, passed back through the worker).
  if (typeof e === 'object' && e !== null && typeof (e as ErrorRecord).message === 'string') return { ...(e as ErrorRecord), name: typeof (e as ErrorRecord).name === 'string' ? (e as ErrorRecord).name : 'Error' };
  return { name: 'Error', message: typeof e === 'string' ? e : String(e) };
}

/**
 * Loads a scene's data (read, validate, desurvey, composite: loadSceneData) and plans its
 * estimate (planEstimate; skipped when the data hold no grades, e.g. collars alone).
 * Variograms are fitted by `fit` (the app passes the worker pool's). What the import worker
 * serves; runs in process where there are no workers.
 */
export async function loadScene(scene: Scene, readFile: ReadFile, onStage?: OnStage, fit: ModelFitter = fitInProcess): Promise<LoadedScene> {
  const data = await loadSceneData(scene, readFile, onStage);
  const intercepts = data.kind === 'drillholes' && data.assays ? interceptsFor(scene, data) : undefined;
  if (data.elements.length === 0) return { data, plan: null, intercepts };
  onStage?.('plan');
  return { data, plan: await planEstimate(scene, data, { fit }), intercepts };
}
