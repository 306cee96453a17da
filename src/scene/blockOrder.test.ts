import { describe, expect, it } from 'vitest';
import { countAtOrAbove, descendingKey, sortByGradeDescending } from './blockOrder';
import { NO_VALUE } from './blockAttributes';

describe('block order', () => {
  it('keys order float32 values from high to low, negatives included', () => {
    const vals = [3.5, 1e-30, 0, -0.25, -7, 1e30, 2];
    const byKey = [...vals].sort((a, b) => descendingKey(a) - descendingKey(b));
    expect(byKey).toEqual([1e30, 3.5, 2, 1e-30, 0, -0.25, -7]);
  });

  it('sorts estimated blocks by decreasing grade, stably, leaving out blocks without a value', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const grade = Float32Array.from({ length: 5000 }, () => (rnd() < 0.2 ? NO_VALUE : Math.round((rnd() * 10 - 2) * 100) / 100));
    const out = new Uint32Array(grade.length);
    const n = sortByGradeDescending(grade, out);
    const expected = Array.from(grade.keys()).filter((b) => grade[b] > NO_VALUE)
      .sort((a, b) => grade[b] - grade[a] || a - b);
    expect(n).toBe(expected.length);
    expect(Array.from(out.subarray(0, n))).toEqual(expected);
  });

  it('counts the prefix at or above a cutoff', () => {
    const s = Float32Array.from([5, 4, 4, 2, 1, 0]);
    expect(countAtOrAbove(s, 6, 4)).toBe(3);
    expect(countAtOrAbove(s, 6, 4.01)).toBe(1);
    expect(countAtOrAbove(s, 6, -1)).toBe(6);
    expect(countAtOrAbove(s, 6, 9)).toBe(0);
    expect(countAtOrAbove(s, 4, 0)).toBe(4);
  });
});
