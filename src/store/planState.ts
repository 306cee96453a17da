/**
 * The estimate plan of the open scene, computed by the pipeline (planEstimate, as `lode` does)
 * and held in the store: every derived value (grid, fitted models, per-element search,
 * discretization, kriging) is read from it, never copied into the scene. The scene keeps only
 * what the user gave or edited.
 */
import { estimateSection, type Scene } from '../io/scene/schema';
import { planEstimate, type EstimatePlan } from '../pipeline/planEstimate';
import type { SceneData } from '../pipeline/sceneData';
import { fitInPool } from './engineClient';

/** The data of the open scene (not React state: the plan is recomputed from it when the estimate section changes). */
let openData: SceneData | null = null;

/** The latest re-plan after an edit (an estimate started meanwhile waits for it). */
let planning: Promise<void> = Promise.resolve();

/** Record a re-plan in flight. */
export function trackPlanning(p: Promise<void>): void {
  planning = p;
}

/** Resolves when the latest re-plan has finished (at once when none is running). */
export function planningDone(): Promise<void> {
  return planning;
}

/** Remember the data of the scene being opened. */
export function setOpenData(data: SceneData | null): void {
  openData = data;
}

/** The scene with an estimate section (schema defaults only, nothing derived), so the Estimate tab can edit it. */
export function withEstimateSection(scene: Scene): Scene {
  return scene.estimate ? scene : { ...scene, estimate: estimateSection.parse({}) };
}

/** Variogram model key of an element in a scene (exact, else case-insensitive), or undefined. */
function modelKey(scene: Scene, element: string): string | undefined {
  const keys = Object.keys(scene.estimate?.variograms ?? {});
  return keys.find((k) => k === element) ?? keys.find((k) => k.toLowerCase() === element.toLowerCase());
}

/**
 * Plans the estimate of a scene on its data (models fitted in the worker pool). With a previous
 * plan of the same data, models it fitted are reused for elements the scene still gives none,
 * so an edit does not refit them (they are still reported as fitted).
 */
export async function planScene(scene: Scene, data: SceneData | null = openData, previous?: EstimatePlan | null): Promise<EstimatePlan> {
  if (!data) throw new Error('no data is open to plan an estimate on');
  const reused = (previous?.elements ?? []).filter((p) => p.modelSource === 'fitted' && modelKey(scene, p.element) === undefined);
  if (reused.length === 0) return planEstimate(scene, data, { fit: fitInPool });
  const est = scene.estimate ?? estimateSection.parse({});
  const withModels: Scene = { ...scene, estimate: { ...est, variograms: { ...est.variograms, ...Object.fromEntries(reused.map((p) => [p.element, p.model])) } } };
  const plan = await planEstimate(withModels, data, { fit: fitInPool });
  for (const p of plan.elements) {
    const r = reused.find((q) => q.element === p.element);
    if (r) { p.modelSource = 'fitted'; p.modelNote = r.modelNote; }
  }
  return plan;
}
