/**
 * Group row indices by hole and sort each hole by depth, once: a counting sort by hole
 * (stable, so ties keep file order) and then one sort per hole on (depth, file order).
 * `hole[i]` is the hole index of row i, -1 = leave out. Returns the rows in hole order and
 * CSR offsets: hole h owns order[offset[h] .. offset[h+1]-1].
 */
export function orderByHole(hole: Int32Array, depth: Float64Array, nHoles: number): { order: Int32Array; offset: Int32Array } {
  const offset = new Int32Array(nHoles + 1);
  for (let i = 0; i < hole.length; i++) if (hole[i] >= 0) offset[hole[i] + 1]++;
  for (let h = 0; h < nHoles; h++) offset[h + 1] += offset[h];
  const order = new Int32Array(offset[nHoles]);
  const fill = offset.slice(0, nHoles);
  for (let i = 0; i < hole.length; i++) if (hole[i] >= 0) order[fill[hole[i]]++] = i;
  const byDepth = (a: number, b: number): number => depth[a] - depth[b] || a - b;
  for (let h = 0; h < nHoles; h++) {
    if (offset[h + 1] - offset[h] > 1) order.subarray(offset[h], offset[h + 1]).sort(byDepth);
  }
  return { order, offset };
}

/** Keep only the rows flagged in `keep` (same CSR layout, offsets recomputed). */
export function compact(order: Int32Array, offset: Int32Array, keep: Uint8Array): { order: Int32Array; offset: Int32Array } {
  const nHoles = offset.length - 1;
  const out = new Int32Array(order.length);
  const off = new Int32Array(nHoles + 1);
  let k = 0;
  for (let h = 0; h < nHoles; h++) {
    for (let p = offset[h]; p < offset[h + 1]; p++) if (keep[order[p]]) out[k++] = order[p];
    off[h + 1] = k;
  }
  return { order: out.slice(0, k), offset: off };
}
