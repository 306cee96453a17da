import type { DesurveyedHoles, IntervalTable } from '../types';
import { arcDirection, dogleg, MAX_DOGLEG, minimumCurvatureStep } from './minimumCurvature';

const tMid = new Float64Array(3);
const step = new Float64Array(3);

/**
 * Position (X, Y, Z) of hole h at measured depth `depth`, written into out and returned.
 * Between stations the point lies on the minimum-curvature arc; above the collar and below
 * the last station the trace continues straight along the end direction. NaN for h < 0.
 */
export function locate<T extends Float64Array | number[]>(holes: DesurveyedHoles, h: number, depth: number, out: T): T {
  if (h < 0 || h >= holes.holeIds.length || !Number.isFinite(depth)) {
    out[0] = NaN; out[1] = NaN; out[2] = NaN;
    return out;
  }
  const o = holes.offset[h], e = holes.offset[h + 1];
  const { md, x, y, z, dx, dy, dz } = holes;
  // Largest station k in [o, e) with md[k] <= depth (o when depth is above the first).
  let lo = o, hi = e - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (md[mid] <= depth) lo = mid; else hi = mid - 1;
  }
  const k = lo, s = depth - md[k];
  if (k === e - 1 || s <= 0) {
    out[0] = x[k] + s * dx[k]; out[1] = y[k] + s * dy[k]; out[2] = z[k] + s * dz[k];
    return out;
  }
  const len = md[k + 1] - md[k];
  const beta = Math.min(dogleg(dx[k], dy[k], dz[k], dx[k + 1], dy[k + 1], dz[k + 1]), MAX_DOGLEG);
  arcDirection(dx[k], dy[k], dz[k], dx[k + 1], dy[k + 1], dz[k + 1], beta, s / len, tMid);
  minimumCurvatureStep(dx[k], dy[k], dz[k], tMid[0], tMid[1], tMid[2], s, step);
  out[0] = x[k] + step[0]; out[1] = y[k] + step[1]; out[2] = z[k] + step[2];
  return out;
}

/** Positions of many (hole index, depth) pairs; see locate. NaN where the hole index is -1. */
export function positionsAt(holes: DesurveyedHoles, hole: Int32Array, depth: Float64Array): { x: Float64Array; y: Float64Array; z: Float64Array } {
  const n = hole.length;
  if (depth.length !== n) throw new Error(`positionsAt: ${n} hole indices but ${depth.length} depths`);
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n);
  const p = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    locate(holes, hole[i], depth[i], p);
    x[i] = p[0]; y[i] = p[1]; z[i] = p[2];
  }
  return { x, y, z };
}

/** Index of each hole id in holes.holeIds, -1 where the hole was not desurveyed. */
export function holeIndexOf(holes: DesurveyedHoles, ids: string[]): Int32Array {
  const map = new Map<string, number>();
  holes.holeIds.forEach((id, i) => map.set(id, i));
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = map.get(ids[i]) ?? -1;
  return out;
}

/** X, Y, Z of the midpoint of every interval (NaN for holes not desurveyed) and its hole index. */
export function intervalMidpoints(intervals: IntervalTable, holes: DesurveyedHoles): { x: Float64Array; y: Float64Array; z: Float64Array; hole: Int32Array } {
  const hole = holeIndexOf(holes, intervals.holeId);
  const mid = new Float64Array(hole.length);
  for (let i = 0; i < mid.length; i++) mid[i] = (intervals.from[i] + intervals.to[i]) / 2;
  return { ...positionsAt(holes, hole, mid), hole };
}

/**
 * The traces as polylines for drawing: every station plus extra points inside each curved
 * segment so that consecutive points turn by at most maxTurnDeg (default 2°) along the arc.
 * Hole h owns points offset[h] .. offset[h+1]-1.
 */
export function densifyTraces(holes: DesurveyedHoles, maxTurnDeg = 2): { offset: Int32Array; md: Float64Array; x: Float64Array; y: Float64Array; z: Float64Array } {
  const maxTurn = (Math.max(maxTurnDeg, 0.01) * Math.PI) / 180;
  const nh = holes.holeIds.length;
  const offset = new Int32Array(nh + 1);
  const mds: number[] = [];
  const hs: number[] = [];
  for (let h = 0; h < nh; h++) {
    offset[h] = mds.length;
    const o = holes.offset[h], e = holes.offset[h + 1];
    for (let k = o; k < e; k++) {
      mds.push(holes.md[k]); hs.push(h);
      if (k + 1 < e) {
        const beta = dogleg(holes.dx[k], holes.dy[k], holes.dz[k], holes.dx[k + 1], holes.dy[k + 1], holes.dz[k + 1]);
        const parts = Math.ceil(beta / maxTurn);
        for (let p = 1; p < parts; p++) { mds.push(holes.md[k] + ((holes.md[k + 1] - holes.md[k]) * p) / parts); hs.push(h); }
      }
    }
  }
  offset[nh] = mds.length;
  const md = Float64Array.from(mds);
  return { offset, md, ...positionsAt(holes, Int32Array.from(hs), md) };
}
