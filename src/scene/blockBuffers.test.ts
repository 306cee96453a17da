import { describe, expect, it } from 'vitest';
import type { BlockEstimates, BlockGrid } from '../engine/types';
import { BlockBuffers } from './blockBuffers';

const grid: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [4, 3, 2] };

function estimates(values: number[]): BlockEstimates {
  const n = values.length;
  return {
    start: 0, estimate: Float64Array.from(values), variance: Float64Array.from(values, (_, i) => 100 + i),
    slope: new Float64Array(n), nSamples: new Int32Array(n), nHoles: new Int32Array(n), meanDistance: new Float64Array(n),
    pass: new Uint8Array(n), singular: 0,
  };
}

const attr = (b: BlockBuffers, name: string) => b.geometry.getAttribute(name) as unknown as { array: Float32Array; updateRanges: { start: number; count: number }[] };

describe('block buffers', () => {
  // Grades 0..23 with block 5 unestimated.
  const values = Array.from({ length: 24 }, (_, i) => (i === 5 ? NaN : i / 2));

  it('settled: instances are the estimated blocks by decreasing grade, and the cutoff sets how many are drawn', () => {
    const b = new BlockBuffers(grid);
    expect(b.update(estimates(values), 'variance', null, false)).toBe(23);
    const idx = Array.from(attr(b, 'aIndex').array.subarray(0, 23));
    expect(idx).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 4, 3, 2, 1, 0]);
    expect(attr(b, 'aField').array[0]).toBe(123); // variance of block 23
    b.setCutoff(10); // grades 10, 10.5, …, 11.5 → blocks 20..23
    expect(b.drawn).toBe(4);
    b.setCutoff(-5);
    expect(b.drawn).toBe(23);
    b.setCutoff(100);
    expect(b.drawn).toBe(0);
  });

  it('streaming: block b is instance b, and a chunk uploads only its range (and its neighbours)', () => {
    const b = new BlockBuffers(grid);
    const est = estimates(values.map(() => NaN));
    b.update(est, 'estimate', null, true);
    expect(b.drawn).toBe(24);
    for (const name of ['aGrade', 'aNbMin', 'aIndex']) attr(b, name).updateRanges.length = 0;
    est.estimate[13] = 7;
    b.update(est, 'estimate', { start: 12, end: 16 }, true);
    expect(attr(b, 'aGrade').array[13]).toBe(7);
    expect(attr(b, 'aIndex').array[13]).toBe(13);
    expect(attr(b, 'aGrade').updateRanges).toEqual([{ start: 12, count: 4 }]);
    // Neighbour minima change one layer (nx·ny = 12 blocks) either side.
    expect(attr(b, 'aNbMin').updateRanges).toEqual([{ start: 0, count: 24 }]);
    expect(attr(b, 'aIndex').updateRanges).toEqual([]);
  });
});
