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
