import type { Finding, IntervalTable, MessageParams } from '../../engine/types.ts';
import { fmt, makeFinding } from './findings.ts';
import { compact, orderByHole } from './holeOrder.ts';

/** Depth tolerance for equal/overlapping interval ends, in the length unit. */
export const DEPTH_EPS = 1e-6;

export interface CheckedIntervals {
  /** Kept rows grouped by hole (collar order), sorted by FROM; hole h owns order[offset[h]..offset[h+1]-1]. */
  order: Int32Array;
  offset: Int32Array;
  /** Deepest kept TO per hole, -Infinity where none. */
  deepest: Float64Array;
  /** Rows excluded here. */
  excluded: number;
}

/**
 * Row checks of an interval table against the kept collars. Excluded rows (each with a finding):
 * - hole not in the collar table (error, 'no-collar');
 * - FROM ≥ TO (error, 'from-ge-to');
 * - same FROM and TO as a kept interval of the hole (warning, 'duplicate-interval': the row that
 *   comes first in the file is kept);
 * - overlapping a kept interval (warning, 'overlap'): per hole, intervals are taken by FROM
 *   (ties: file order) and one that starts before the previous kept one ends is left out.
 * Gaps between consecutive kept intervals are normal (unsampled core): one info finding counts them.
 */
export function validateIntervals(t: IntervalTable, holeIndex: Map<string, number>, nHoles: number, collarFile: string,
  excludedCollars: Map<string, number>, findings: Finding[]): CheckedIntervals {
  const n = t.holeId.length;
  const hole = new Int32Array(n);
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const h = holeIndex.get(t.holeId[i]);
    if (h === undefined) {
      hole[i] = -1; excluded++;
      findings.push(makeFinding('error', 'no-collar', t.file, noCollarMessage(t.holeId[i], collarFile, excludedCollars), true, { row: t.row[i], holeId: t.holeId[i], ...noCollarParams(t.holeId[i], collarFile, excludedCollars) }));
    } else if (!(t.from[i] < t.to[i])) {
      hole[i] = -1; excluded++;
      findings.push(makeFinding('error', 'from-ge-to', t.file, `FROM ${fmt(t.from[i])} ≥ TO ${fmt(t.to[i])}`, true, { row: t.row[i], holeId: t.holeId[i], params: { from: fmt(t.from[i]), to: fmt(t.to[i]) } }));
    } else hole[i] = h;
  }
  const sorted = orderByHole(hole, t.from, nHoles);
  const keep = new Uint8Array(n);
  const deepest = new Float64Array(nHoles).fill(-Infinity);
  let gaps = 0;
  for (let h = 0; h < nHoles; h++) {
    let last = -1;
    for (let p = sorted.offset[h]; p < sorted.offset[h + 1]; p++) {
      const i = sorted.order[p];
      if (last >= 0 && t.from[i] < t.to[last] - DEPTH_EPS) {
        excluded++;
        const dup = Math.abs(t.from[i] - t.from[last]) <= DEPTH_EPS && Math.abs(t.to[i] - t.to[last]) <= DEPTH_EPS;
        const span = `${fmt(t.from[i])}–${fmt(t.to[i])}`;
        findings.push(dup
          ? makeFinding('warning', 'duplicate-interval', t.file,
            `interval ${span} duplicates row ${t.row[last]}${sameValues(t, i, last) ? '' : ' (with different values)'}; the first is used`, true,
            { row: t.row[i], holeId: t.holeId[i], params: { span, firstRow: t.row[last] }, variant: sameValues(t, i, last) ? 'same' : 'different' })
          : makeFinding('warning', 'overlap', t.file,
            `interval ${span} overlaps ${fmt(t.from[last])}–${fmt(t.to[last])} at row ${t.row[last]}`, true,
            { row: t.row[i], holeId: t.holeId[i], params: { span, other: `${fmt(t.from[last])}–${fmt(t.to[last])}`, otherRow: t.row[last] } }));
        continue;
      }
      if (last >= 0 && t.from[i] > t.to[last] + DEPTH_EPS) gaps++;
      keep[i] = 1;
      last = i;
    }
    if (last >= 0) deepest[h] = t.to[last];
  }
  if (gaps > 0) {
    findings.push(makeFinding('info', 'gaps', t.file, `${gaps} gaps between consecutive intervals of a hole (stretches without an interval: unknown there, not zero)`, false, { params: { n: gaps } }));
  }
  const { order, offset } = compact(sorted.order, sorted.offset, keep);
  return { order, offset, deepest, excluded };
}

/** Same grades (NaN = NaN) and categories in rows a and b. */
function sameValues(t: IntervalTable, a: number, b: number): boolean {
  for (const v of Object.values(t.values)) if (v[a] !== v[b] && !(Number.isNaN(v[a]) && Number.isNaN(v[b]))) return false;
  for (const c of Object.values(t.categories)) if (c[a] !== c[b]) return false;
  return true;
}

/** Message for a row whose hole has no (kept) collar; `excludedCollars` maps hole id → row of a collar excluded at import. */
/** Parameters (and variant) of the translated 'no-collar' detail, matching noCollarMessage. */
export function noCollarParams(hole: string, collarFile: string, excludedCollars: Map<string, number>): { params: MessageParams; variant: string } {
  const row = excludedCollars.get(hole);
  return row === undefined ? { params: { hole, collarFile }, variant: 'absent' } : { params: { hole, collarFile, collarRow: row }, variant: 'excluded' };
}

export function noCollarMessage(hole: string, collarFile: string, excludedCollars: Map<string, number>): string {
  const row = excludedCollars.get(hole);
  return row === undefined ? `hole ${hole} is not in the collar table ${collarFile}` : `hole ${hole} has no usable collar (${collarFile} row ${row} was excluded)`;
}
