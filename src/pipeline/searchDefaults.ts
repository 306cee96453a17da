import type { SearchParams, VariogramModel } from '../engine/types';

/**
 * Search neighbourhood derived from a variogram model: the ellipsoid of its longest-range
 * structure (ranges and angles), 4–24 samples, no per-hole limit, and a second pass at twice
 * the ranges for blocks the first leaves unestimated.
 */
export function searchFromModel(model: VariogramModel): SearchParams {
  let best = model.structures[0];
  for (const s of model.structures) if (Math.max(...s.ranges) > Math.max(...best.ranges)) best = s;
  return {
    ranges: [...best.ranges], angles: [...best.angles],
    minSamples: 4, maxSamples: 24, maxPerHole: 0, maxPerOctant: 0,
    passes: [{ scale: 2 }],
  };
}
