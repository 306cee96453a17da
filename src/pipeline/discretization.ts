import type { BlockGrid, Vec3 } from '../engine/types';

/** Most discretization points per axis of the default (4 × 4 × 4 = 64 points a block at most). */
export const MAX_DISCRETIZATION = 4;

/**
 * Default block discretization (points per axis) for block kriging: along each axis
 * n = round(block size / d), clamped to 1..MAX_DISCRETIZATION, where d is the composite length
 * (the spacing of samples down a hole) when the data are composited, else a quarter of the
 * smaller horizontal block size (4 × 4 points in plan). A grid with one layer of blocks around
 * flat (2-D) data gets nz = 1. E.g. blocks 25 × 25 × 10 m with 2 m composites → 4 × 4 × 4;
 * blocks 10 × 10 × 5 with 5 m composites → 2 × 2 × 1.
 */
export function defaultDiscretization(grid: BlockGrid, opts: { compositeLength?: number; flat?: boolean } = {}): Vec3 {
  const [sx, sy, sz] = grid.size;
  const d = opts.compositeLength && opts.compositeLength > 0 ? opts.compositeLength : Math.min(sx, sy) / 4;
  const n = (s: number) => Math.min(MAX_DISCRETIZATION, Math.max(1, Math.round(s / d)));
  return [n(sx), n(sy), opts.flat ? 1 : n(sz)];
}
