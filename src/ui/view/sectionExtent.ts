import type { BlockGrid, SampleSet } from '../../engine/types';

/** Extent [min, max] along an axis of the block grid (block faces), else of the samples, else [0, 1]. */
export function sectionExtent(axis: 'x' | 'y' | 'z', grid: BlockGrid | null, samples: SampleSet | null): [number, number] {
  const a = axis === 'x' ? 0 : axis === 'y' ? 1 : 2;
  if (grid) {
    const lo = grid.origin[a] - grid.size[a] / 2;
    return [lo, lo + grid.count[a] * grid.size[a]];
  }
  const v = samples ? samples[axis] : null;
  if (v && v.length) {
    let lo = Infinity, hi = -Infinity;
    for (const x of v) { if (x < lo) lo = x; if (x > hi) hi = x; }
    if (lo < hi) return [lo, hi];
  }
  return [0, 1];
}
