import { holeIntercepts, type Intercept, type InterceptRule } from '../engine/drillholes/intercepts';
import { summarize } from '../engine/stats/summary';
import type { IntervalTable } from '../engine/types';
import type { Scene } from '../io/scene/schema';
import { resolveElement } from './estimationData';
import { gradeUnitOf } from './gradeUnits';
import { InputError } from './inputError';
import type { SceneData } from './sceneData';
import { niceNumber } from './spacing';

/** The intercept rule of a scene with every parameter resolved (the scene's, else derived from the assays). */
export interface InterceptSettings extends InterceptRule {
  element: string;
  /** Grade unit of the element (g/t, %, ppm…). */
  gradeUnit: string;
  /** Length unit of depths ('m' or 'ft'). */
  lengthUnit: 'm' | 'ft';
  /** Which parameters were derived from the data rather than given in the scene. */
  derived: (keyof InterceptRule | 'element')[];
}

/** One intercept of one hole. */
export interface HoleIntercept extends Intercept {
  holeId: string;
}

/** Assay rows of each hole, down the hole, holes in collar-file order (then holes without a collar). */
function rowsByHole(assays: IntervalTable, holeOrder: string[]): { holeId: string; rows: number[] }[] {
  const byHole = new Map<string, number[]>();
  for (let i = 0; i < assays.holeId.length; i++) {
    const id = assays.holeId[i];
    const list = byHole.get(id);
    if (list) list.push(i); else byHole.set(id, [i]);
  }
  const order = [...holeOrder.filter((h) => byHole.has(h)), ...[...byHole.keys()].filter((h) => !holeOrder.includes(h))];
  return order.map((holeId) => ({ holeId, rows: byHole.get(holeId)!.sort((a, b) => assays.from[a] - assays.from[b]) }));
}

/** Median of the assay interval lengths. */
function medianLength(assays: IntervalTable): number {
  const l = new Float64Array(assays.from.length);
  for (let i = 0; i < l.length; i++) l[i] = assays.to[i] - assays.from[i];
  return summarize(l).quantiles.p50;
}

/**
 * The scene's intercept parameters with defaults derived from the assays: the first element;
 * cutoff = the 90th percentile of the length-weighted assay grades, rounded to 1, 2, 2.5 or 5 × 10ⁿ;
 * maxDilution and minLength = twice the median interval length (rounded likewise).
 */
export function interceptSettings(scene: Scene, data: SceneData): InterceptSettings {
  const assays = data.assays;
  if (!assays) throw new InputError('data.assays: significant intercepts need an assay table');
  const given = scene.intercepts ?? {};
  const elements = Object.keys(assays.values);
  if (elements.length === 0) throw new InputError(`${assays.file}: the assay table has no grade column for intercepts`);
  const element = given.element ? resolveElement(given.element, elements, 'intercepts.element') : elements[0];
  const derived: InterceptSettings['derived'] = [];
  if (!given.element) derived.push('element');
  const nice = (v: number) => (v > 0 && Number.isFinite(v) ? niceNumber(v) : 0);
  let cutoff = given.cutoff;
  if (cutoff === undefined) {
    const v = assays.values[element];
    const w = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) w[i] = assays.to[i] - assays.from[i];
    cutoff = nice(summarize(v, w).quantiles.p90);
    derived.push('cutoff');
  }
  const twiceMedian = 2 * nice(medianLength(assays));
  if (given.maxDilution === undefined) derived.push('maxDilution');
  if (given.minLength === undefined) derived.push('minLength');
  return {
    element, cutoff,
    maxDilution: given.maxDilution ?? twiceMedian,
    minLength: given.minLength ?? twiceMedian,
    minGradeLength: given.minGradeLength,
    includeCutoff: given.includeCutoff,
    gradeUnit: gradeUnitOf(scene.gradeUnits, element, data.report),
    lengthUnit: scene.units,
    derived,
  };
}

/** Significant intercepts of every hole (holes in file order, intercepts down the hole) from the raw assays. */
export function significantIntercepts(data: SceneData, settings: InterceptSettings): HoleIntercept[] {
  const assays = data.assays;
  if (!assays) throw new InputError('data.assays: significant intercepts need an assay table');
  const v = assays.values[settings.element];
  if (!v) throw new InputError(`intercepts.element: the assays have no element "${settings.element}"`);
  const out: HoleIntercept[] = [];
  for (const { holeId, rows } of rowsByHole(assays, data.collars?.holeId ?? [])) {
    const hole = {
      from: rows.map((r) => assays.from[r]),
      to: rows.map((r) => assays.to[r]),
      grade: rows.map((r) => v[r]),
    };
    for (const x of holeIntercepts(hole, settings)) out.push({ holeId, ...x });
  }
  return out;
}

/** Settings and intercepts of a scene, or why there are none (no assays, unknown element). */
export type InterceptResult = { settings: InterceptSettings; rows: HoleIntercept[]; error?: undefined } | { error: string; settings?: undefined; rows?: undefined };

let last: { data: SceneData; key: string; result: InterceptResult } | null = null;

const keyOf = (scene: Scene) => JSON.stringify([scene.intercepts, scene.units, scene.gradeUnits]);

/** interceptSettings + significantIntercepts, remembered for the last data and parameters (the app asks often). */
export function interceptsFor(scene: Scene, data: SceneData): InterceptResult {
  const key = keyOf(scene);
  if (last && last.data === data && last.key === key) return last.result;
  let result: InterceptResult;
  try {
    const settings = interceptSettings(scene, data);
    result = { settings, rows: significantIntercepts(data, settings) };
  } catch (e) {
    result = { error: e instanceof Error ? e.message : String(e) };
  }
  last = { data, key, result };
  return result;
}

/** Remembers intercepts computed elsewhere (the import worker) for these data, as interceptsFor would have. */
export function rememberIntercepts(scene: Scene, data: SceneData, result: InterceptResult): void {
  last = { data, key: keyOf(scene), result };
}
