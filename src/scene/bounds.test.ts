import { describe, expect, it } from 'vitest';
import type { BlockGrid, SampleSet } from '../engine/types';
import { dataBounds, gridBounds, localOrigin, sceneBounds } from './bounds';

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
});
