import type { BlockGrid, DesurveyedHoles, SampleSet, Vec3 } from '../engine/types';

/** Axis-aligned box in real coordinates. */
export interface Bounds { min: Vec3; max: Vec3 }

function grow(b: Bounds, x: number, y: number, z: number): void {
  if (!(x === x && y === y && z === z)) return;
  if (x < b.min[0]) b.min[0] = x; if (x > b.max[0]) b.max[0] = x;
  if (y < b.min[1]) b.min[1] = y; if (y > b.max[1]) b.max[1] = y;
  if (z < b.min[2]) b.min[2] = z; if (z > b.max[2]) b.max[2] = z;
}

function empty(): Bounds { return { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] }; }
const isEmpty = (b: Bounds) => !(b.min[0] <= b.max[0]);

/** Bounds of the hole traces and samples (real coordinates), or null when there are none. */
export function pointBounds(holes: DesurveyedHoles | null, samples: SampleSet | null): Bounds | null {
  const b = empty();
  if (holes) for (let i = 0; i < holes.x.length; i++) grow(b, holes.x[i], holes.y[i], holes.z[i]);
  if (samples) for (let i = 0; i < samples.x.length; i++) grow(b, samples.x[i], samples.y[i], samples.z[i]);
  return isEmpty(b) ? null : b;
}

/** Bounds of the blocks of a grid, faces included (centroids ± half a block). */
export function gridBounds(grid: BlockGrid): Bounds {
  const min: Vec3 = [0, 0, 0], max: Vec3 = [0, 0, 0];
  for (let a = 0; a < 3; a++) {
    min[a] = grid.origin[a] - grid.size[a] / 2;
    max[a] = grid.origin[a] + (grid.count[a] - 0.5) * grid.size[a];
  }
  return { min, max };
}

/** Union of two optional bounds. */
export function unionBounds(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a) return b;
  if (!b) return a;
  return {
    min: [Math.min(a.min[0], b.min[0]), Math.min(a.min[1], b.min[1]), Math.min(a.min[2], b.min[2])],
    max: [Math.max(a.max[0], b.max[0]), Math.max(a.max[1], b.max[1]), Math.max(a.max[2], b.max[2])],
  };
}

/** Everything drawn: holes, samples and the grid. */
export function dataBounds(holes: DesurveyedHoles | null, samples: SampleSet | null, grid: BlockGrid | null): Bounds | null {
  return unionBounds(pointBounds(holes, samples), grid ? gridBounds(grid) : null);
}

/**
 * The local origin everything is drawn relative to (float32 on the GPU is only good to ~7 digits:
 * 0.5 m at y = 7,005,000 m). The centre of the data, from the holes and samples when there are any
 * (so it does not move when an estimate adds a grid), rounded to whole units.
 */
export function localOrigin(holes: DesurveyedHoles | null, samples: SampleSet | null, grid: BlockGrid | null): Vec3 {
  const b = pointBounds(holes, samples) ?? (grid ? gridBounds(grid) : null);
  if (!b) return [0, 0, 0];
  return [0, 1, 2].map((a) => Math.round((b.min[a] + b.max[a]) / 2)) as Vec3;
}

/** Bounds relative to an origin, with Z scaled by the vertical exaggeration: what the scene graph spans. */
export function sceneBounds(b: Bounds, origin: Vec3, ve: number): Bounds {
  return {
    min: [b.min[0] - origin[0], b.min[1] - origin[1], (b.min[2] - origin[2]) * ve],
    max: [b.max[0] - origin[0], b.max[1] - origin[1], (b.max[2] - origin[2]) * ve],
  };
}

/** Points used at most for the quantiles of denseBounds (an even stride through the samples). */
const DENSE_MAX_POINTS = 20000;

/**
 * Where the data are dense: per axis, the q and 1 − q quantiles of the sample positions (of the
 * hole trace points when there are no samples). A few far holes (a regional collar, a long step-out)
 * then do not shrink the view of the deposit. Null with fewer than 20 points.
 */
export function denseBounds(holes: DesurveyedHoles | null, samples: SampleSet | null, q = 0.05): Bounds | null {
  const src = samples && samples.x.length >= 20 ? samples : holes;
  const n = src ? src.x.length : 0;
  if (!src || n < 20) return null;
  const stride = Math.max(1, Math.floor(n / DENSE_MAX_POINTS));
  const out: Bounds = empty();
  const axes = [src.x, src.y, src.z];
  for (let a = 0; a < 3; a++) {
    // A typed array sorts numerically without a comparator (130 ms less for Copper Creek).
    const all = new Float64Array(Math.ceil(n / stride));
    let m = 0;
    for (let i = 0; i < n; i += stride) { const c = axes[a][i]; if (c === c) all[m++] = c; }
    if (m < 20) return null;
    const v = all.subarray(0, m).sort();
    out.min[a] = quantileSorted(v, q);
    out.max[a] = quantileSorted(v, 1 - q);
  }
  return out;
}

/** Quantile p of sorted values, linear between order statistics (Hyndman & Fan 1996, type 7; R's default). */
export function quantileSorted(v: ArrayLike<number>, p: number): number {
  const h = (v.length - 1) * p, lo = Math.floor(h);
  return lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
}
