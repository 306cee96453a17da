import type { EstimationData, SearchParams, VariogramModel } from '../engine/types';

/** Volume of the unit ball in 1, 2 and 3 dimensions. */
const UNIT_BALL = [0, 2, Math.PI, (4 / 3) * Math.PI];

/**
 * Radius (length units) of the ball that holds `count` samples on average if the samples were
 * spread evenly over their bounding box, in as many dimensions as the box has extent (2-D data:
 * a disc; samples along a line: a segment). NaN with fewer than two distinct locations.
 */
export function densityRadius(d: Pick<EstimationData, 'x' | 'y' | 'z'>, count: number): number {
  const n = d.x.length;
  let size = 1, dims = 0;
  for (const c of [d.x, d.y, d.z]) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) { if (c[i] < lo) lo = c[i]; if (c[i] > hi) hi = c[i]; }
    if (hi - lo > 0) { size *= hi - lo; dims++; }
  }
  if (dims === 0 || n < 2) return NaN;
  return Math.pow((Math.min(count, n) * size) / (n * UNIT_BALL[dims]), 1 / dims);
}

/**
 * Search neighbourhood derived from a variogram model: the ellipsoid of its longest-range
 * structure (ranges and angles), 4–24 samples, no per-hole limit, and a second pass at twice
 * the ranges for blocks the first leaves unestimated. With the data, when even twice the major
 * range is shorter than densityRadius(data, 24) — a model with a very short range (e.g. a fit that
 * is nearly all nugget) would leave most blocks unestimated — a third pass expands the ellipsoid
 * until its major radius reaches that radius (the block's _PASS column shows it).
 */
export function searchFromModel(model: VariogramModel, data?: Pick<EstimationData, 'x' | 'y' | 'z'>): SearchParams {
  let best = model.structures[0];
  for (const s of model.structures) if (Math.max(...s.ranges) > Math.max(...best.ranges)) best = s;
  const passes: NonNullable<SearchParams['passes']> = [{ scale: 2 }];
  const major = Math.max(...best.ranges);
  const r = data ? densityRadius(data, 24) : NaN;
  if (r > 2 * major) passes.push({ scale: Number((r / major).toPrecision(3)) });
  return {
    ranges: [...best.ranges], angles: [...best.angles],
    minSamples: 4, maxSamples: 24, maxPerHole: 0, maxPerOctant: 0,
    passes,
  };
}
