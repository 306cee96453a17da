import { describe, expect, it } from 'vitest';
import type { BlockEstimates, BlockGrid } from '../engine/types';
import { fieldRange, fieldValue, fillBlockValues, fillNeighbourMin, NO_VALUE, robustRange } from './blockAttributes';

function estimates(values: number[], start = 0): BlockEstimates {
  const n = values.length;
  return {
    start, estimate: Float64Array.from(values), variance: Float64Array.from(values, (_, i) => i * 0.5),
    slope: new Float64Array(n).fill(0.9), nSamples: Int32Array.from(values, (_, i) => i + 1), nHoles: new Int32Array(n),
    meanDistance: new Float64Array(n), pass: new Uint8Array(n).fill(2), singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0,
  };
}

describe('block attributes', () => {
  it('read each field, NaN for unestimated blocks and outside the covered range', () => {
    const e = estimates([1, NaN, 3], 10);
    expect(fieldValue(e, 'estimate', 10)).toBe(1);
    expect(fieldValue(e, 'variance', 12)).toBe(1);
    expect(fieldValue(e, 'samples', 12)).toBe(3);
    expect(fieldValue(e, 'pass', 10)).toBe(2);
    expect(fieldValue(e, 'variance', 11)).toBeNaN();
    expect(fieldValue(e, 'estimate', 9)).toBeNaN();
  });

  it('fill grade and field with NO_VALUE where unestimated', () => {
    const e = estimates([1, NaN, 3]);
    const grade = new Float32Array(3), field = new Float32Array(3);
    fillBlockValues(e, 'variance', grade, field);
    expect(Array.from(grade)).toEqual([1, NO_VALUE, 3].map(Math.fround));
    expect(Array.from(field)).toEqual([0, NO_VALUE, 1].map(Math.fround));
    fillBlockValues(undefined, 'estimate', grade, grade);
    expect(Array.from(grade)).toEqual([NO_VALUE, NO_VALUE, NO_VALUE].map(Math.fround));
  });

  it('give each interior block the smallest grade of its six neighbours', () => {
    const grid: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [3, 3, 3] };
    const grade = Float32Array.from({ length: 27 }, (_, b) => b);
    const out = new Float32Array(27);
    fillNeighbourMin(grid, grade, out);
    // Centre block 13: neighbours 12, 14, 10, 16, 4, 22.
    expect(out[13]).toBe(4);
    expect(out[0]).toBe(Math.fround(NO_VALUE));
    grade[22] = -1;
    fillNeighbourMin(grid, grade, out, 13, 14);
    expect(out[13]).toBe(-1);
  });

  it('take robust ranges from quantiles, ignoring missing values', () => {
    const v = Float32Array.from({ length: 101 }, (_, i) => i);
    v[50] = NO_VALUE; v[51] = NaN;
    expect(robustRange(v, 0, 1)).toEqual([0, 100]);
    expect(robustRange(Float32Array.from({ length: 101 }, (_, i) => i))).toEqual([2, 98]);
    expect(robustRange(new Float32Array([5, 5, 5]))).toEqual([4.75, 5.25]);
    expect(robustRange(new Float32Array([NO_VALUE]))).toBeNull();
    expect(fieldRange('pass', v)).toEqual([1, 3]);
  });
});
