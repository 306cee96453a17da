import type { BlockEstimates, BlockGrid } from '../engine/types';

/** Fields a block can be coloured by (scene.view.field). */
export type BlockField = 'estimate' | 'variance' | 'slope' | 'samples' | 'pass' | DerivedField;

/** Resource fields derived from the estimates (class code, ore = VALUE_T > 0, VALUE_T, metal equivalent). */
export type DerivedField = 'class' | 'ore' | 'value' | 'equivalent';

/** Estimates with the resource fields of the same blocks (full-grid arrays aligned with estimate). */
export type ShownEstimates = BlockEstimates & { derived?: Partial<Record<DerivedField, ArrayLike<number> | null>> };

/** NaN per block, for a derived field that is not available. */
const nothing = (n: number): ArrayLike<number> => new Float64Array(n).fill(NaN);

/** Stand-in for "no value" in float32 GPU attributes: below any cutoff, and tested for by the shader (< -1e38). */
export const NO_VALUE = -3.0e38;

/** Value of one field of block b (NaN when unestimated), from estimates covering [start, start + length). */
export function fieldValue(est: ShownEstimates, field: BlockField, b: number): number {
  const i = b - est.start;
  if (i < 0 || i >= est.estimate.length) return NaN;
  if (!(est.estimate[i] === est.estimate[i])) return NaN;
  return fieldArray(est, field)[i];
}

/** The per-block array of a field of estimates (aligned with est.estimate). */
export function fieldArray(est: ShownEstimates, field: BlockField): ArrayLike<number> {
  switch (field) {
    case 'estimate': return est.estimate;
    case 'variance': return est.variance;
    case 'slope': return est.slope;
    case 'samples': return est.nSamples;
    case 'pass': return est.pass;
    default: return est.derived?.[field] ?? nothing(est.estimate.length);
  }
}

/** What a fill wrote: blocks with an estimate, and whether any grade differs from before. */
export interface FillResult {
  valued: number;
  gradeChanged: boolean;
}

const NO_VALUE_32 = Math.fround(NO_VALUE);

/**
 * Write the per-block GPU attributes for blocks [start, end) of the grid: `grade` (the estimate,
 * compared with the cutoff) and `field` (what sets the colour), NO_VALUE where unestimated.
 * `field` may be the same array as `grade` when the field is the estimate. One pass, O(end − start).
 */
export function fillBlockValues(est: ShownEstimates | undefined, field: BlockField, grade: Float32Array, values: Float32Array,
  start = 0, end = grade.length): FillResult {
  const off = est ? est.start : 0, len = est ? est.estimate.length : 0;
  const lo = Math.min(end, Math.max(start, off)), hi = Math.max(lo, Math.min(end, off + len));
  const sameArray = values === grade;
  let valued = 0, changed = false;
  for (const [a, b] of [[start, lo], [hi, end]]) {
    for (let i = a; i < b; i++) if (grade[i] !== NO_VALUE_32) { changed = true; break; }
    grade.fill(NO_VALUE_32, a, b);
    if (!sameArray) values.fill(NO_VALUE_32, a, b);
  }
  if (!est || hi <= lo) return { valued, gradeChanged: changed };
  const e = est.estimate, src = sameArray ? null : fieldArray(est, field);
  for (let b = lo; b < hi; b++) {
    const g = e[b - off];
    const f = g === g ? Math.fround(g) : NO_VALUE_32;
    if (grade[b] !== f) { grade[b] = f; changed = true; }
    if (g === g) {
      valued++;
      if (src) { const v = src[b - off]; values[b] = v === v ? v : NO_VALUE_32; }
    } else if (src) values[b] = NO_VALUE_32;
  }
  return { valued, gradeChanged: changed };
}

/**
 * Smallest grade among the six face neighbours of each block in [start, end) (NO_VALUE at the grid
 * boundary). A block whose six neighbours are all at or above the cutoff is hidden by them, so the
 * shader skips it: only the shell of the shown blocks is rasterised. Row by row, no divisions per block.
 */
export function fillNeighbourMin(grid: BlockGrid, grade: Float32Array, out: Float32Array, start = 0, end = grade.length): void {
  const [nx, ny, nz] = grid.count, nxy = nx * ny;
  for (let row = Math.floor(start / nx); row * nx < end; row++) {
    const k = Math.floor(row / ny), j = row - k * ny, r0 = row * nx;
    const b0 = Math.max(start, r0), b1 = Math.min(end, r0 + nx);
    if (k === 0 || j === 0 || k === nz - 1 || j === ny - 1) { out.fill(NO_VALUE_32, b0, b1); continue; }
    for (let b = b0; b < b1; b++) {
      const i = b - r0;
      if (i === 0 || i === nx - 1) { out[b] = NO_VALUE_32; continue; }
      let m = grade[b - 1];
      let v = grade[b + 1]; if (v < m) m = v;
      v = grade[b - nx]; if (v < m) m = v;
      v = grade[b + nx]; if (v < m) m = v;
      v = grade[b - nxy]; if (v < m) m = v;
      v = grade[b + nxy]; if (v < m) m = v;
      out[b] = m;
    }
  }
}

/**
 * Robust colour range of values: the lo and hi quantiles (default 2 % and 98 %) of the finite values
 * above NO_VALUE, from at most 200,000 evenly spaced samples; null when there are none.
 */
export function robustRange(values: ArrayLike<number>, lo = 0.02, hi = 0.98): [number, number] | null {
  const stride = Math.max(1, Math.floor(values.length / 200_000));
  const picked = new Float64Array(Math.ceil(values.length / stride));
  let n = 0;
  for (let i = 0; i < values.length; i += stride) {
    const v = values[i];
    if (Number.isFinite(v) && v > NO_VALUE) picked[n++] = v;
  }
  if (n === 0) return null;
  const s = picked.subarray(0, n).sort();
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  let a = q(lo), b = q(hi);
  if (!(b > a)) { a = s[0]; b = s[s.length - 1]; }
  if (!(b > a)) { const d = Math.abs(a) * 0.05 || 1; a -= d; b += d; }
  return [a, b];
}

/** Default colour range of a field: quantiles for continuous ones, the whole span for counts, 1..3 for the pass. */
export function fieldRange(field: BlockField, values: ArrayLike<number>): [number, number] | null {
  if (field === 'pass') return [1, 3];
  if (field === 'class') return [-0.5, 3.5];
  if (field === 'ore') return [-0.5, 1.5];
  if (field === 'samples') return robustRange(values, 0, 1);
  return robustRange(values);
}
