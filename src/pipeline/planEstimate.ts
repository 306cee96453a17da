import type { Scene } from '../io/scene/schema';
import { defaultVariogram } from '../engine/variogram/defaultVariogram';
import type { BlockGrid, EstimationData, KrigingType, SearchParams, VariogramModel, Vec3 } from '../engine/types';
import { defaultGrid } from './defaultGrid';
import { elementData, resolveElement } from './estimationData';
import { InputError } from './inputError';
import { searchFromModel } from './searchDefaults';
import type { SceneData } from './sceneData';

/** How one element is estimated; every parameter resolved (from the scene or derived). */
export interface ElementPlan {
  element: string;
  data: EstimationData;
  /** Sample index (into SceneData.samples) of each estimation sample. */
  index: Int32Array;
  model: VariogramModel;
  modelSource: 'scene' | 'fitted';
  /** How the fitted model was chosen (fitted models only). */
  modelNote?: string;
  search: SearchParams;
  searchSource: 'scene' | 'derived';
  kriging: KrigingType;
  discretization: Vec3;
  method: 'kriging' | 'idw';
  idwPower: number;
}

/** The grid and per-element plans of an estimate. */
export interface EstimatePlan {
  grid: BlockGrid;
  gridSource: 'scene' | 'derived';
  /** How a derived grid was chosen. */
  gridNote?: string;
  elements: ElementPlan[];
}

/** Fits a variogram model to one element's data (default: the engine's defaultVariogram, in process). */
export type ModelFitter = (data: EstimationData) => Promise<{ model: VariogramModel; note: string }>;

/** In-process automatic fit (C's defaultVariogram). */
export const fitInProcess: ModelFitter = async (d) => {
  const r = defaultVariogram(d.x, d.y, d.z, d.v);
  return { model: r.model, note: r.note };
};

/** Element names the estimate section asks for (all data elements when it lists none), resolved case-insensitively. */
export function plannedElements(scene: Scene, data: SceneData, only?: string[]): string[] {
  const asked = only ?? scene.estimate?.elements ?? data.elements;
  if (asked.length === 0) throw new InputError('estimate.elements: the data has no numeric value columns to estimate', 'no-value-columns', {}, 'estimate.elements');
  return asked.map((e) => resolveElement(e, data.elements));
}

/**
 * Resolves everything an estimate needs: per element its samples (missing values removed),
 * variogram model (the scene's, else fitted automatically), search (the scene's, else from
 * the model), kriging type, discretization; and the grid (the scene's, else derived from the
 * data spacing and extents, see defaultGrid).
 */
export async function planEstimate(scene: Scene, data: SceneData, opts: { elements?: string[]; fit?: ModelFitter } = {}): Promise<EstimatePlan> {
  const est = scene.estimate;
  const names = plannedElements(scene, data, opts.elements);
  const fit = opts.fit ?? fitInProcess;
  const findModel = (el: string): VariogramModel | undefined => {
    const v = est?.variograms ?? {};
    return v[el] ?? Object.entries(v).find(([k]) => k.toLowerCase() === el.toLowerCase())?.[1];
  };
  const elements: ElementPlan[] = [];
  for (const element of names) {
    const { data: d, index } = elementData(data.samples, element);
    if (d.x.length === 0) throw new InputError(`${element}: no samples with a value to estimate from`, 'element-no-samples', { element }, 'estimate.elements');
    const given = findModel(element);
    const fitted = given ? undefined : await fit(d);
    const model = given ?? fitted!.model;
    const search: SearchParams = est?.search ? { ...est.search } : searchFromModel(model, d);
    elements.push({
      element, data: d, index, model, modelSource: given ? 'scene' : 'fitted', modelNote: fitted?.note,
      search, searchSource: est?.search ? 'scene' : 'derived',
      kriging: est?.kriging ?? { type: 'ordinary' },
      discretization: (est?.discretization ?? [1, 1, 1]) as Vec3,
      method: est?.method ?? 'kriging', idwPower: est?.idwPower ?? 2,
    });
  }
  if (est?.grid) return { grid: est.grid as BlockGrid, gridSource: 'scene', elements };
  const g = defaultGrid(data.samples, { compositeLength: scene.composite?.length });
  return { grid: g.grid, gridSource: 'derived', gridNote: g.reason, elements };
}

/** The scene with its estimate section completed from a plan (grid, models, search), e.g. to save what was derived. */
export function withPlan(scene: Scene, plan: EstimatePlan): Scene {
  const est = scene.estimate;
  const variograms = { ...(est?.variograms ?? {}) };
  for (const p of plan.elements) if (!variograms[p.element]) variograms[p.element] = p.model;
  const first = plan.elements[0];
  return {
    ...scene,
    estimate: {
      method: 'kriging', kriging: { type: 'ordinary' }, idwPower: 2, discretization: [1, 1, 1],
      ...est,
      elements: est?.elements ?? plan.elements.map((p) => p.element),
      variograms,
      search: est?.search ?? (first ? { ...first.search, maxPerOctant: first.search.maxPerOctant ?? 0, passes: first.search.passes ?? [] } : undefined),
      grid: plan.grid,
    },
  };
}
