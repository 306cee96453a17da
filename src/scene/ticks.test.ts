import { describe, expect, it } from 'vitest';
import { decimalsFor, formatTick, formatValue, niceTicks } from './ticks';

describe('axis ticks', () => {
  it('step by 1, 2 or 5 × 10^k and stay inside the range', () => {
    expect(niceTicks(2_294_148, 2_301_877, 5)).toEqual({ step: 2000, ticks: [2_296_000, 2_298_000, 2_300_000] });
    expect(niceTicks(0, 1, 5)).toEqual({ step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceTicks(-130, 470, 6).ticks).toEqual([-100, 0, 100, 200, 300, 400]);
    expect(niceTicks(3, 3).ticks).toEqual([3]);
    expect(niceTicks(NaN, 3).ticks).toEqual([]);
  });

  it('format with separators and the decimals the step needs', () => {
    expect(decimalsFor(2000)).toBe(0);
    expect(decimalsFor(0.25)).toBe(1);
    expect(formatTick(7_005_000, 1000)).toBe('7,005,000');
    expect(formatTick(0.6000000001, 0.2)).toBe('0.6');
    expect(formatValue(1.23456)).toBe('1.235');
    expect(formatValue(12345.6)).toBe('12,346');
    expect(formatValue(0.000123)).toBe('1.230e-4');
    expect(formatValue(NaN)).toBe('—');
  });
});
