import { describe, expect, it } from 'vitest';
import { descendingKey, gradeOrder, sortRowsByGrade } from './gradeOrder';

/** Reference: comparison sort of the indices by decreasing float32 value, ties by index. */
function reference(values: ArrayLike<number>, above = -Infinity): number[] {
  return Array.from({ length: values.length }, (_, b) => b).filter((b) => values[b] > above)
    .sort((a, b) => Math.fround(values[b]) - Math.fround(values[a]) || a - b);
}

describe('grade order', () => {
  it('keys order float32 values from high to low, negatives and zeros included', () => {
    const vals = [3.5, 1e-30, 0, -0.25, -7, 1e30, 2, -1e-30];
    const byKey = [...vals].sort((a, b) => descendingKey(a) - descendingKey(b));
    expect(byKey).toEqual([1e30, 3.5, 2, 1e-30, 0, -1e-30, -0.25, -7]);
    expect(descendingKey(-0)).toBe(descendingKey(0));
    expect(descendingKey(-1e-50)).toBe(descendingKey(0)); // rounds to −0 in float32
  });

  it('sorts by decreasing value, stably, leaving out NaN and values not above the threshold', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = Float64Array.from({ length: 20000 }, () => (rnd() < 0.2 ? NaN : Math.round((rnd() * 10 - 2) * 100) / 100));
    const order = gradeOrder(values);
    expect(order.length).toBe(values.filter((v) => v === v).length);
    expect(Array.from(order)).toEqual(reference(values));
    expect(Array.from(gradeOrder(values, 1.5))).toEqual(reference(values, 1.5));
    const f = Float32Array.from(values, (v) => (v === v ? v : -3e38));
    expect(Array.from(gradeOrder(f, -1e38))).toEqual(reference(values));
  });

  it('compares doubles at float32 precision: values that round alike keep block order', () => {
    // 1 + 1e-9 and 1 are the same float32: a tie, so index order; 2 sorts first.
    expect(Array.from(gradeOrder(Float64Array.from([1 + 1e-9, 1, 2, NaN, 1 - 1e-9])))).toEqual([2, 0, 1, 4]);
    expect(gradeOrder(new Float64Array(0)).length).toBe(0);
  });

  it('gathers columns into the sorted order', () => {
    const grade = Float32Array.from([2, NaN, 5, 1, 5]);
    const r = sortRowsByGrade(grade, -Infinity, [Float32Array.from([10, 11, 12, 13, 14]), Float64Array.from([0.5, 1.5, 2.5, 3.5, 4.5])]);
    expect(Array.from(r.order)).toEqual([2, 4, 0, 3]);
    expect(Array.from(r.columns[0])).toEqual([12, 14, 10, 13]);
    expect(Array.from(r.columns[1])).toEqual([2.5, 4.5, 0.5, 3.5]);
    expect(() => sortRowsByGrade(grade, 0, [new Float32Array(4)])).toThrow(/4 rows, the grades 5/);
  });
});
