import type { CollarTable, IntervalTable, SurveyTable } from '../../engine/types.ts';

/** The rows `idx` of an interval table, in that order. */
export function gatherIntervals(t: IntervalTable, idx: Int32Array): IntervalTable {
  const n = idx.length;
  const from = new Float64Array(n), to = new Float64Array(n), row = new Int32Array(n);
  const holeId = new Array<string>(n);
  for (let k = 0; k < n; k++) { const i = idx[k]; from[k] = t.from[i]; to[k] = t.to[i]; row[k] = t.row[i]; holeId[k] = t.holeId[i]; }
  const values: Record<string, Float64Array> = {};
  for (const [key, v] of Object.entries(t.values)) {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = v[idx[k]];
    values[key] = out;
  }
  const categories: Record<string, string[]> = {};
  for (const [key, c] of Object.entries(t.categories)) {
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = c[idx[k]];
    categories[key] = out;
  }
  return { file: t.file, holeId, from, to, values, categories, row };
}

/** The rows `idx` of a collar table, with the end of hole replaced by `depth` (and the collar azimuth and dip when the table has them). */
export function gatherCollars(c: CollarTable, idx: Int32Array, depth: Float64Array): CollarTable {
  const n = idx.length;
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), row = new Int32Array(n);
  const holeId = new Array<string>(n);
  for (let k = 0; k < n; k++) { const i = idx[k]; x[k] = c.x[i]; y[k] = c.y[i]; z[k] = c.z[i]; row[k] = c.row[i]; holeId[k] = c.holeId[i]; }
  const out: CollarTable = { file: c.file, holeId, x, y, z, depth: Float64Array.from(depth), row };
  if (c.azimuth && c.dip) { out.azimuth = Float64Array.from(idx, (i) => c.azimuth![i]); out.dip = Float64Array.from(idx, (i) => c.dip![i]); }
  return out;
}

/** The direction [azimuth, dip] (degrees, dip negative down) a collar gives to trace a hole: both finite, or a vertical dip; else null. */
export function collarDirection(az: number, dip: number): [number, number] | null {
  if (Number.isFinite(dip) && Math.abs(dip) === 90) return [Number.isFinite(az) ? az : 0, dip];
  return Number.isFinite(az) && Number.isFinite(dip) ? [az, dip] : null;
}

/**
 * The kept stations in hole order; a hole without any gets one synthetic station at depth 0
 * (row 0): the collar's azimuth and dip when `collars` (gathered, hole order) give them
 * (collarDirection), else vertical (azimuth 0, dip −90). Returns the table and CSR offsets per hole.
 */
export function gatherSurveys(s: SurveyTable | undefined, file: string, holeIds: string[], order: Int32Array, offset: Int32Array, collars?: CollarTable): { table: SurveyTable; offset: Int32Array } {
  const nHoles = holeIds.length;
  let n = order.length;
  for (let h = 0; h < nHoles; h++) if (offset[h + 1] === offset[h]) n++;
  const at = new Float64Array(n), azimuth = new Float64Array(n), dip = new Float64Array(n), row = new Int32Array(n);
  const holeId = new Array<string>(n);
  const off = new Int32Array(nHoles + 1);
  let k = 0;
  for (let h = 0; h < nHoles; h++) {
    if (offset[h + 1] === offset[h] || !s) {
      const d = collars?.azimuth && collars.dip ? collarDirection(collars.azimuth[h], collars.dip[h]) : null;
      at[k] = 0; azimuth[k] = d ? d[0] : 0; dip[k] = d ? d[1] : -90; row[k] = 0; holeId[k] = holeIds[h]; k++;
    } else {
      for (let p = offset[h]; p < offset[h + 1]; p++) {
        const i = order[p];
        at[k] = s.at[i]; azimuth[k] = s.azimuth[i]; dip[k] = s.dip[i]; row[k] = s.row[i]; holeId[k] = s.holeId[i]; k++;
      }
    }
    off[h + 1] = k;
  }
  return { table: { file, holeId, at, azimuth, dip, row }, offset: off };
}
