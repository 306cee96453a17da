import type { IntervalTable, SampleSet } from '../../engine/types';
import type { HoleIntercept } from '../../pipeline/interceptsStep';
import type { SceneData } from '../../pipeline/sceneData';

/** Downhole intervals of one hole with a value each. */
export interface Track<T> { from: number[]; to: number[]; value: T[] }

/** What a strip log draws for one hole. */
export interface StripLogData {
  holeId: string;
  /** Shallowest and deepest depth to draw. */
  top: number;
  bottom: number;
  /** Assay grades per element (raw intervals; NaN = missing). */
  grades: { element: string; track: Track<number>; max: number; minPositive: number }[];
  /** Text columns (lithology, alteration, domain) of the assays and interval tables, by "file: column". */
  codes: { name: string; track: Track<string> }[];
  /** Composite grades per element (when the scene composites). */
  composites: Record<string, Track<number>>;
  intercepts: HoleIntercept[];
}

/** Rows of one hole in an interval table, down the hole. */
function rowsOf(t: IntervalTable, holeId: string): number[] {
  const rows: number[] = [];
  for (let i = 0; i < t.holeId.length; i++) if (t.holeId[i] === holeId) rows.push(i);
  return rows.sort((a, b) => t.from[a] - t.from[b]);
}

function track<T>(t: IntervalTable, rows: number[], value: (r: number) => T): Track<T> {
  return { from: rows.map((r) => t.from[r]), to: rows.map((r) => t.to[r]), value: rows.map(value) };
}

function compositeTracks(samples: SampleSet, holeId: string): Record<string, Track<number>> {
  const h = samples.holeIds.indexOf(holeId);
  const out: Record<string, Track<number>> = {};
  if (h < 0 || !samples.from || !samples.to) return out;
  const rows: number[] = [];
  for (let i = 0; i < samples.hole.length; i++) if (samples.hole[i] === h) rows.push(i);
  for (const [el, v] of Object.entries(samples.values)) {
    out[el] = { from: rows.map((r) => samples.from![r]), to: rows.map((r) => samples.to![r]), value: rows.map((r) => v[r]) };
  }
  return out;
}

/** Strip-log content of one hole from the scene's data (null when the data have no such hole). */
export function stripLogData(data: SceneData, holeId: string, intercepts: HoleIntercept[]): StripLogData | null {
  const holes = data.holes;
  const h = holes ? holes.holeIds.indexOf(holeId) : -1;
  if (!holes || h < 0) return null;
  let top = holes.md[holes.offset[h]], bottom = holes.md[holes.offset[h + 1] - 1];
  const grades: StripLogData['grades'] = [];
  const codes: StripLogData['codes'] = [];
  const tables = [...(data.assays ? [data.assays] : []), ...(data.intervals ?? [])];
  for (const t of tables) {
    const rows = rowsOf(t, holeId);
    for (const r of rows) { top = Math.min(top, t.from[r]); bottom = Math.max(bottom, t.to[r]); }
    if (t === data.assays) {
      for (const [element, v] of Object.entries(t.values)) {
        const tr = track(t, rows, (r) => v[r]);
        let max = 0, minPositive = Infinity;
        for (const g of tr.value) if (Number.isFinite(g)) { max = Math.max(max, g); if (g > 0) minPositive = Math.min(minPositive, g); }
        grades.push({ element, track: tr, max, minPositive: Number.isFinite(minPositive) ? minPositive : 0 });
      }
    }
    for (const [column, v] of Object.entries(t.categories)) {
      if (rows.length) codes.push({ name: `${t.file}: ${column}`, track: track(t, rows, (r) => v[r]) });
    }
  }
  return {
    holeId, top: Math.min(0, top), bottom, grades, codes,
    composites: compositeTracks(data.samples, holeId),
    intercepts: intercepts.filter((x) => x.holeId === holeId),
  };
}

/** Position 0..1 of a grade on a linear (0..max) or logarithmic (minPositive..max) scale. */
export function gradeScale(g: number, max: number, minPositive: number, log: boolean): number {
  if (!Number.isFinite(g) || !(max > 0)) return 0;
  if (!log) return Math.min(1, Math.max(0, g / max));
  if (!(g > 0) || !(minPositive > 0) || max <= minPositive) return g >= max ? 1 : 0;
  return Math.min(1, Math.max(0, Math.log(g / minPositive) / Math.log(max / minPositive)));
}
