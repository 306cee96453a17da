import type { BlockJob } from '../engine/api';
import type { BlockGrid, SampleSet, SearchParams, Vec3 } from '../engine/types';
import type { Scene } from '../io/scene/schema';
import type { SceneData } from '../pipeline/sceneData';
import { planEstimate, withPlan } from '../pipeline/planEstimate';
import { elementData } from '../pipeline/estimationData';
import { fitInPool } from './engineClient';
import { CodedError } from '../io/userMessage';

/** Metres per foot (international foot). */
const FOOT_M = 0.3048;

/** The block grid of the scene's estimate section, or null. */
export function gridOf(scene: Scene): BlockGrid | null {
  const g = scene.estimate?.grid;
  return g ? { origin: [...g.origin], size: [...g.size], count: [...g.count] } : null;
}

/** Volume of one block in m³ (the scene may be in feet). */
export function blockVolumeM3(scene: Scene, grid: BlockGrid): number {
  const f = scene.units === 'ft' ? FOOT_M ** 3 : 1;
  return grid.size[0] * grid.size[1] * grid.size[2] * f;
}

/** Dry bulk density of the scene, t/m³ (2.7 when unset). */
export function densityOf(scene: Scene): number {
  return scene.resources?.density ?? 2.7;
}

/** The element the view shows: view.element, else the first estimated element. */
export function shownElement(scene: Scene): string | undefined {
  return scene.view?.element ?? scene.estimate?.elements?.[0];
}

/** Grade unit of an element: the scene's, else g/t for precious metals, % otherwise. */
export function gradeUnit(scene: Scene, element: string): string {
  const u = scene.gradeUnits?.[element];
  if (u) return u;
  return /^(AU|AG|PT|PD)/i.test(element) ? 'g/t' : '%';
}

/**
 * The scene with its estimate parameters completed from the data (grid, fitted variograms,
 * search), so the Estimate tab shows and saves what will actually run.
 */
export async function withEstimateDefaults(scene: Scene, data: SceneData): Promise<Scene> {
  return withPlan(scene, await planEstimate(scene, data, { fit: fitInPool }));
}

/** The search of the scene, else an ellipsoid on the element's longest variogram structure. */
export function searchOf(scene: Scene, element: string): SearchParams {
  const est = scene.estimate!;
  if (est.search) return est.search;
  const vg = est.variograms[element];
  const longest = vg?.structures.reduce((a, s) => (s.ranges[0] > a.ranges[0] ? s : a), vg.structures[0]);
  if (!longest) throw new CodedError(`estimate.search: no search given and no variogram for ${element} to derive it from`, 'no-search', { element }, 'estimate.search');
  return { ranges: [...longest.ranges] as Vec3, angles: [...longest.angles] as Vec3, minSamples: 4, maxSamples: 24, maxPerHole: 0 };
}

/** The block job (without id) of one element: its samples, the grid, variogram, search and kriging of the scene. */
export function jobFor(scene: Scene, samples: SampleSet, grid: BlockGrid, element: string): Omit<BlockJob, 'id'> {
  const est = scene.estimate;
  if (!est) throw new CodedError('the scene has no estimate section', 'no-estimate-section', {}, 'estimate');
  const model = est.variograms[element];
  if (!model && est.method !== 'idw') throw new CodedError(`estimate.variograms.${element}: no variogram model for ${element}`, 'no-variogram', { element }, `estimate.variograms.${element}`);
  return {
    data: elementData(samples, element).data,
    grid,
    model: model ?? { nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [1, 1, 1], angles: [0, 0, 0] }] },
    search: searchOf(scene, element),
    kriging: est.kriging,
    discretization: [...est.discretization] as Vec3,
    method: est.method,
    idwPower: est.idwPower,
  };
}
