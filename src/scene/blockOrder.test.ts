import { describe, expect, it } from 'vitest';
import { countAtOrAbove, sortByGrade } from './blockOrder';
import { NO_VALUE } from './blockAttributes';

describe('block order', () => {
  it('sorts estimated blocks by decreasing grade, stably, leaving out blocks without a value', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const grade = Float32Array.from({ length: 5000 }, () => (rnd() < 0.2 ? NO_VALUE : Math.round((rnd() * 10 - 2) * 100) / 100 + 0));
    const expected = Array.from(grade.keys()).filter((b) => grade[b] > -1e38)
      .sort((a, b) => grade[b] - grade[a] || a - b);
    expect(expected.length).toBeGreaterThan(3500);
    expect(Array.from(sortByGrade(grade))).toEqual(expected);
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
