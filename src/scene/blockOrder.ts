import { gradeOrder } from '../engine/grid/gradeOrder';

/**
 * Blocks in order of decreasing grade, so that the blocks at or above any cutoff are a prefix:
 * a cutoff change then only sets the number of instances drawn (and a uniform), and the GPU
 * processes the shown blocks only. The sort itself is the engine's gradeOrder, which also runs in
 * a worker (see GradeSorter in blockBuffers.ts).
 */

/** Grades above this have a value (NO_VALUE = −3e38 marks the others; the shader tests < −1e38 too). */
export const HAS_VALUE_ABOVE = -1e38;

/** Indices of the blocks with a value, by decreasing grade (float32, ties by index): the instance order. */
export function sortByGrade(grade: Float32Array): Uint32Array {
  return gradeOrder(grade, HAS_VALUE_ABOVE);
}

/** Number of leading entries of a decreasing array (first `n`) that are >= cutoff (binary search). */
export function countAtOrAbove(sortedDesc: Float32Array, n: number, cutoff: number): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDesc[mid] >= cutoff) lo = mid + 1; else hi = mid;
  }
  return lo;
}
