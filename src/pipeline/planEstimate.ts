import { searchFor, type Scene, type SceneSearch } from '../io/scene/schema';
import { defaultVariogram } from '../engine/variogram/defaultVariogram';
import type { BlockGrid, EstimationData, KrigingType, SampleSet, SearchParams, VariogramModel, Vec3 } from '../engine/types';
import { defaultGrid } from './defaultGrid';
import { elementData, resolveElement } from './estimationData';
import { airExclusion, type AirExclusion } from './airExclusion';
import { InputError } from './inputError';
import { searchFromModel } from './searchDefaults';
import type { SceneData } from './sceneData';
import { defaultDiscretization } from './discretization';
import { modelWarnings, type PlanWarning } from './estimateDiagnostics';
import { declusteredMean } from './skMean';
import { planDomains, type DomainPlan } from './domains/planDomains';

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
  /** Kriging type; for simple kriging the mean of this element (the scene's, else meanSource 'declustered'). */
  kriging: KrigingType;
  /** Where the simple-kriging mean came from: the scene (a number, or this element's entry of a record), or the declustered length-weighted mean (declusteredMean). Absent for ordinary kriging. */
  meanSource?: 'scene' | 'declustered';
  /** Points per block; the scene's, else defaultDiscretization(grid, composite length). */
  discretization: Vec3;
  discretizationSource: 'scene' | 'derived';
  /** Warnings before the run (e.g. a Gaussian structure with a nugget below 1 % of the sill). */
  warnings: PlanWarning[];
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
  /** Blocks above the scene's topography (surfaces with excludeAbove): not estimated. */
  air?: AirExclusion;
  /** Domains (scene.domains): block domains and one plan per element and estimated code (hard boundaries). */
  domains?: DomainPlan;
}

/** Fits a variogram model to one element's data (default: the engine's defaultVariogram, in process). */
export type ModelFitter = (data: EstimationData) => Promise<{ model: VariogramModel; note: string }>;

/** In-process automatic fit (the engine's defaultVariogram). */
export const fitInProcess: ModelFitter = async (d) => {
  const r = defaultVariogram(d.x, d.y, d.z, d.v, { hole: d.hole });
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
 * the model), kriging type and simple-kriging mean (the scene's, else the element's declustered,
 * length-weighted mean), discretization (the scene's, else defaultDiscretization); and the grid
 * (the scene's, else derived from the data spacing and extents, see defaultGrid).
 */
export async function planEstimate(scene: Scene, data: SceneData, opts: { elements?: string[]; fit?: ModelFitter } = {}): Promise<EstimatePlan> {
  const est = scene.estimate;
  const names = plannedElements(scene, data, opts.elements);
  const fit = opts.fit ?? fitInProcess;
  const derived = est?.grid ? undefined : defaultGrid(data.samples, { compositeLength: scene.composite?.length });
  const grid = est?.grid ? (est.grid as BlockGrid) : derived!.grid;
  const discretization = discretizationFor(scene, grid, data.is2D);
  const elements: ElementPlan[] = [];
  for (const element of names) {
    const { data: d, index } = elementData(data.samples, element);
    elements.push(await planElement(scene, data.samples, element, d, index, discretization, fit));
  }
  const air = airExclusion(grid, data.surfaces);
  const domains = scene.domains ? await planDomains(scene, data.samples, data.solids ?? [], grid, names, discretization, fit) : undefined;
  const extra = { ...(air ? { air } : {}), ...(domains ? { domains } : {}) };
  if (!derived) return { grid, gridSource: 'scene', elements, ...extra };
  return { grid, gridSource: 'derived', gridNote: derived.reason, elements, ...extra };
}

/** Overrides of one element's model and search (e.g. a domain's, see domains.models). */
export interface ElementOverrides { model?: VariogramModel; search?: SceneSearch }

/**
 * The plan of one element from its estimation samples: the override's model, else the scene's,
 * else fitted; the override's search, else the scene's, else derived from the model and data.
 */
export async function planElement(scene: Scene, samples: SampleSet, element: string, d: EstimationData, index: Int32Array,
  discretization: Vec3, fit: ModelFitter, over: ElementOverrides = {}): Promise<ElementPlan> {
  const est = scene.estimate;
  if (d.x.length === 0) throw new InputError(`${element}: no samples with a value to estimate from`, 'element-no-samples', { element }, 'estimate.elements');
  const v = est?.variograms ?? {};
  const given = over.model ?? v[element] ?? Object.entries(v).find(([k]) => k.toLowerCase() === element.toLowerCase())?.[1];
  const fitted = given ? undefined : await fit(d);
  const model = given ?? fitted!.model;
  const givenSearch = over.search ?? searchFor(est?.search, element);
  const search: SearchParams = givenSearch ? { ...givenSearch } : searchFromModel(model, d);
  const sk = krigingFor(est?.kriging, element, samples);
  const method = est?.method ?? 'kriging';
  return {
    element, data: d, index, model, modelSource: given ? 'scene' : 'fitted', modelNote: fitted?.note,
    search, searchSource: givenSearch ? 'scene' : 'derived',
    kriging: sk.kriging, meanSource: sk.source,
    discretization: [...discretization] as Vec3, discretizationSource: est?.discretization ? 'scene' : 'derived',
    method, idwPower: est?.idwPower ?? 2,
    warnings: method === 'kriging' ? modelWarnings(model) : [],
  };
}

/** The discretization of an estimate: the scene's, else defaultDiscretization of the grid (flat data: one point vertically). */
export function discretizationFor(scene: Scene, grid: BlockGrid, is2D = false): Vec3 {
  const given = scene.estimate?.discretization;
  if (given) return [...given] as Vec3;
  return defaultDiscretization(grid, { compositeLength: scene.composite?.length, flat: is2D || grid.count[2] === 1 });
}

/** The kriging of one element: ordinary, or simple with the scene's mean for it (number or per-element record), else its declustered mean (declusteredMean). */
export function krigingFor(k: NonNullable<Scene['estimate']>['kriging'] | undefined, element: string, samples: SampleSet): { kriging: KrigingType; source?: 'scene' | 'declustered' } {
  if (!k || k.type !== 'simple') return { kriging: { type: 'ordinary' } };
  const m = k.mean;
  const given = typeof m === 'number' ? m
    : m ? m[element] ?? Object.entries(m).find(([e]) => e.toLowerCase() === element.toLowerCase())?.[1] : undefined;
  if (given !== undefined) return { kriging: { type: 'simple', mean: given }, source: 'scene' };
  const mean = declusteredMean(samples, element);
  if (!Number.isFinite(mean)) throw new InputError(`estimate.kriging.mean: ${element} has no values to take a simple-kriging mean from`);
  return { kriging: { type: 'simple', mean }, source: 'declustered' };
}

/**
 * The scene with its estimate section completed from a plan (grid, models, search), e.g. to save
 * what was derived. Derived searches are written per element (each element keeps its own
 * ellipsoid); a search the scene gives is kept as given.
 */
export function withPlan(scene: Scene, plan: EstimatePlan): Scene {
  const est = scene.estimate;
  const variograms = { ...(est?.variograms ?? {}) };
  for (const p of plan.elements) if (!variograms[p.element]) variograms[p.element] = p.model;
  const sceneSearch = (p: ElementPlan): SceneSearch => ({ ...p.search, maxPerOctant: p.search.maxPerOctant ?? 0, passes: p.search.passes ?? [] });
  const derived = plan.elements.filter((p) => p.searchSource === 'derived');
  let search = est?.search;
  if (derived.length && plan.elements.length) {
    search = Object.fromEntries(plan.elements.map((p) => [p.element, sceneSearch(p)]));
  }
  return {
    ...scene,
    estimate: {
      method: 'kriging', kriging: { type: 'ordinary' }, idwPower: 2,
      ...est,
      elements: est?.elements ?? plan.elements.map((p) => p.element),
      variograms,
      search,
      grid: plan.grid,
    },
  };
}
