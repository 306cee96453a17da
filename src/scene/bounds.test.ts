import { describe, expect, it } from 'vitest';
import type { BlockGrid, SampleSet } from '../engine/types';
import { dataBounds, denseBounds, gridBounds, localOrigin, quantileSorted, sceneBounds } from './bounds';

const samples = (xs: number[][]): SampleSet => ({
  x: Float64Array.from(xs, (p) => p[0]), y: Float64Array.from(xs, (p) => p[1]), z: Float64Array.from(xs, (p) => p[2]),
  hole: new Int32Array(xs.length).fill(-1), holeIds: [], values: {},
});

describe('bounds and local origin', () => {
  const grid: BlockGrid = { origin: [100, 200, 300], size: [10, 20, 5], count: [3, 2, 4] };

  it('spans the block faces of a grid', () => {
    expect(gridBounds(grid)).toEqual({ min: [95, 190, 297.5], max: [125, 230, 317.5] });
  });

  it('puts the local origin at the centre of the samples, not moved by a grid', () => {
    const s = samples([[2_300_000.4, 7_005_000, 10], [2_300_101, 7_005_300, -50], [NaN, 0, 0]]);
    expect(localOrigin(null, s, null)).toEqual([2_300_051, 7_005_150, -20]);
    expect(localOrigin(null, s, grid)).toEqual([2_300_051, 7_005_150, -20]);
    expect(localOrigin(null, null, grid)).toEqual([110, 210, 308]);
    expect(localOrigin(null, null, null)).toEqual([0, 0, 0]);
  });

  it('unions samples and grid, and maps to the exaggerated local frame', () => {
    const b = dataBounds(null, samples([[0, 0, 0]]), grid);
    expect(b).toEqual({ min: [0, 0, 0], max: [125, 230, 317.5] });
    expect(sceneBounds(b!, [100, 100, 100], 2)).toEqual({ min: [-100, -100, -200], max: [25, 130, 435] });
  });

  it('frames where the samples are dense: 5–95 % quantiles, far collars left out', () => {
    // 100 samples at x = 0..99, y = 2x, z = −x, and two far step-out holes 10 km away.
    const pts = Array.from({ length: 100 }, (_, i) => [i, 2 * i, -i]);
    const b = denseBounds(null, samples([...pts, [10_000, 10_000, 500], [-9_000, -9_000, -900]]))!;
    expect(dataBounds(null, samples([...pts, [10_000, 10_000, 500]]), null)!.max[0]).toBe(10_000);
    // Type 7 by hand: 102 sorted x (−9000, 0..99, 10000); h = 101·0.05 = 5.05 → 4 + 0.05 = 4.05; h = 95.95 → 94 + 0.95 = 94.95.
    expect(b.min[0]).toBeCloseTo(4.05, 10);
    expect(b.max[0]).toBeCloseTo(94.95, 10);
    expect(b.min[1]).toBeCloseTo(8.1, 10);
    expect(b.max[2]).toBeCloseTo(-4.05, 10);
    expect(quantileSorted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.05)).toBeCloseTo(0.45, 12); // h = 9·0.05 = 0.45
    expect(denseBounds(null, samples(pts.slice(0, 10)))).toBeNull();
  });
});
