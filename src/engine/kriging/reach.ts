import { anisotropyAxes } from '../geometry/anisotropy';
import type { BlockGrid, EstimationData, SearchParams, Vec3 } from '../types';
import { blockIjk } from '../grid/blockGrid';
import { searchPasses } from './neighbourhood';

/**
 * Half-extents along X, Y, Z of the search ellipsoid of the widest pass: the axis-aligned box
 * around it. With unit axes uₖ (rows of anisotropyAxes) and ranges rₖ, the ellipsoid is
 * {Σ cₖ rₖ uₖ : |c| ≤ 1}, whose extent along axis a is √(Σₖ (rₖ uₖₐ)²).
 */
export function searchHalfExtents(search: SearchParams): Vec3 {
  const u = anisotropyAxes(search.angles);
  const scale = Math.max(...searchPasses(search).map((p) => p.scale));
  const out: Vec3 = [0, 0, 0];
  for (let a = 0; a < 3; a++) {
    let s = 0;
    for (let k = 0; k < 3; k++) s += (search.ranges[k] * u[k * 3 + a]) ** 2;
    out[a] = scale * Math.sqrt(s);
  }
  return out;
}

/** Bounding box [min, max] of the centroids of blocks [start, end) (start < end). */
export function rangeCentroidBox(g: BlockGrid, start: number, end: number): [Vec3, Vec3] {
  const a = blockIjk(g, start), b = blockIjk(g, end - 1);
  const lo: Vec3 = [0, 0, a[2]], hi: Vec3 = [g.count[0] - 1, g.count[1] - 1, b[2]];
  if (a[2] === b[2]) {
    lo[1] = a[1]; hi[1] = b[1];
    if (a[1] === b[1]) { lo[0] = a[0]; hi[0] = b[0]; }
  }
  const min: Vec3 = [0, 0, 0], max: Vec3 = [0, 0, 0];
  for (let d = 0; d < 3; d++) {
    min[d] = g.origin[d] + lo[d] * g.size[d];
    max[d] = g.origin[d] + hi[d] * g.size[d];
  }
  return [min, max];
}

/**
 * Indices of the samples the search can reach from some block of [start, end): those inside the
 * centroids' box grown by the search ellipsoid's box (with a margin, so rounding never drops a
 * sample the search would take). Estimating those blocks from these samples alone gives the same
 * results as from all of them.
 */
export function samplesWithinReach(data: EstimationData, search: SearchParams, g: BlockGrid, start: number, end: number): Int32Array {
  const [min, max] = rangeCentroidBox(g, start, end);
  const h = searchHalfExtents(search);
  const cols = [data.x, data.y, data.z];
  const lo = [0, 0, 0], hi = [0, 0, 0];
  for (let d = 0; d < 3; d++) {
    const pad = h[d] * (1 + 1e-6) + 1e-9 * Math.max(1, Math.abs(min[d]), Math.abs(max[d]));
    lo[d] = min[d] - pad; hi[d] = max[d] + pad;
  }
  const n = data.x.length, keep = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    let inside = true;
    for (let d = 0; d < 3 && inside; d++) inside = cols[d][i] >= lo[d] && cols[d][i] <= hi[d];
    if (inside) keep[m++] = i;
  }
  return keep.slice(0, m);
}

/** The samples at the given indices, in that order. */
export function subsetData(data: EstimationData, index: Int32Array): EstimationData {
  const pick = <T extends Float64Array | Int32Array>(a: T): T => {
    const out = new (a.constructor as { new(n: number): T })(index.length);
    for (let k = 0; k < index.length; k++) out[k] = a[index[k]];
    return out;
  };
  return { x: pick(data.x), y: pick(data.y), z: pick(data.z), v: pick(data.v), hole: pick(data.hole) };
}
