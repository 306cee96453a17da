import { describe, expect, it } from 'vitest';
import { histogramLines } from './histogramText';

describe('histogramLines', () => {
  it('log10 bins for skewed grades, shares by hand, the longest bar for the largest share', () => {
    // Bins [1, 10), [10, 100), [100, 1000]: 1 | 10 | 100 and 1000 → 25 %, 25 %, 50 %; 0 is ≤ 0 on a log scale.
    const lines = histogramLines(Float64Array.from([1, 10, 100, 1000, 0, NaN]), undefined, 3);
    expect(lines).toEqual([
      '  log10 bins, equal weights',
      `  1 – 10       20.0%  ${'#'.repeat(20)}`,
      `  10 – 100     20.0%  ${'#'.repeat(20)}`,
      `  100 – 1,000  40.0%  ${'#'.repeat(40)}`,
      '  ≤ 0: 20.0%',
    ]);
  });

  it('linear bins when the values span less than a factor of 10; weights count', () => {
    // Bins [1, 2), [2, 3]: weights 3 (value 1) against 1 (values 2.5 and 3, weights 0.5 each).
    const lines = histogramLines(Float64Array.from([1, 2.5, 3]), Float64Array.from([3, 0.5, 0.5]), 2);
    expect(lines).toEqual(['  linear bins, length-weighted', `  1 – 2  75.0%  ${'#'.repeat(40)}`, `  2 – 3  25.0%  ${'#'.repeat(13)}`]);
  });
});
