import type { SampleSet } from '../engine/types';
import { fieldArray, fieldRange, robustRange, type BlockField, type ShownEstimates } from './blockAttributes';
import { shownElement, useSceneStore, useView } from './useSceneData';
import { useShownEstimates } from './shownEstimates';
import { categoricalColours } from './classColours';
import { loadedViewFrame } from '../store/sceneLoaderClient';

const gradeCache = new WeakMap<SampleSet, Map<string, [number, number] | null>>();
const fieldCache = new WeakMap<ShownEstimates, { key: string; range: [number, number] | null }>();

/** Colour range of an element's sample grades (2–98 % quantiles), cached per sample set. */
export function sampleGradeRange(samples: SampleSet | null, element: string | null): [number, number] | null {
  if (!samples || !element || !samples.values[element]) return null;
  let m = gradeCache.get(samples);
  if (!m) { m = new Map(); gradeCache.set(samples, m); }
  // Those of the data just loaded were computed in the import worker (same function).
  if (!m.has(element)) m.set(element, loadedViewFrame(undefined, samples)?.gradeRanges[element] ?? robustRange(samples.values[element]));
  return m.get(element) ?? null;
}

/** Colour range of a block field, cached per estimates object, field and version. */
export function blockFieldRange(est: ShownEstimates | undefined, field: BlockField, version: number): [number, number] | null {
  if (!est) return null;
  const key = `${field}:${version}:${est.derived ? 'd' : ''}`;
  const hit = fieldCache.get(est);
  if (hit && hit.key === key) return hit.range;
  const arr = fieldArray(est, field);
  // Unestimated blocks have NaN estimates; counts and passes of those are 0: leave them out.
  const values = field === 'samples' || field === 'pass'
    ? Float64Array.from(arr, (v, i) => (est.estimate[i] === est.estimate[i] ? v : NaN)) : arr;
  const range = fieldRange(field, values);
  fieldCache.set(est, { key, range });
  return range;
}

/** The colour ranges in use: `grade` for drillholes (and blocks showing the estimate), `field` for blocks. */
export interface ColorRanges {
  element: string | null;
  field: BlockField;
  grade: [number, number] | null;
  blocks: [number, number] | null;
}

/**
 * Colour ranges of the view. scene.view.colorRange, when set, is the range of the field shown on
 * blocks (and of the grades on holes when that field is the estimate). Otherwise grades use the
 * samples' 2–98 % quantiles, so holes and estimated blocks share one scale.
 */
export function useColorRanges(): ColorRanges {
  const view = useView();
  const element = useSceneStore(shownElement);
  const samples = useSceneStore((s) => s.samples);
  const est = useShownEstimates(element, view.field);
  const version = useSceneStore((s) => s.estimatesVersion);
  const field = view.field;
  const auto = sampleGradeRange(samples, element);
  const user = view.colorRange ?? null;
  const grade = field === 'estimate' && user ? user : auto ?? blockFieldRange(est, 'estimate', version);
  const blocks = categoricalColours(field) ? fieldRange(field, []) : user ?? (field === 'estimate' ? grade : blockFieldRange(est, field, version));
  return { element, field, grade, blocks };
}
