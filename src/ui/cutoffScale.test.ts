import { describe, expect, it } from 'vitest';
import { SLIDER_STEPS, cutoffToPosition, positionToCutoff, roundSignificant } from './cutoffScale';

describe('cutoff slider scale', () => {
  // Copper Creek Cu: the colour bar reaches 1.96 %; gold blocks reach ~12 g/t.
  for (const max of [1.96, 12.3, 0.037, 5000]) {
    it(`round-trips every position and reaches the maximum (max ${max})`, () => {
      expect(positionToCutoff(0, max)).toBe(0);
      expect(positionToCutoff(SLIDER_STEPS, max)).toBe(max);
      expect(cutoffToPosition(max, max)).toBe(SLIDER_STEPS);
      expect(cutoffToPosition(2 * max, max)).toBe(SLIDER_STEPS);
      let prev = -1;
      for (let p = 0; p <= SLIDER_STEPS; p++) {
        const v = positionToCutoff(p, max);
        expect(v).toBeGreaterThan(prev); // strictly increasing: no two positions give one cutoff
        expect(Math.round(cutoffToPosition(v, max))).toBe(p);
        prev = v;
      }
    });

    it(`keeps low cutoffs fine-grained (max ${max})`, () => {
      // The first steps are below max/5000, far finer than a linear slider's max/500.
      expect(positionToCutoff(1, max)).toBeLessThan(max / 5000);
      // 10 % of the maximum is reached only past 45 % of the travel: half the slider is for the low grades.
      expect(cutoffToPosition(0.1 * max, max)).toBeGreaterThan(0.45 * SLIDER_STEPS);
      // At the top a step is about 1 % of the value.
      const top = positionToCutoff(SLIDER_STEPS - 1, max);
      expect((max - top) / max).toBeGreaterThan(0.005);
      expect((max - top) / max).toBeLessThan(0.02);
    });
  }

  it('values by hand: a = max/100, v = a·sinh(t·asinh(100))', () => {
    // t = 0.5, max = 1: asinh(100) = 5.2983, v = 0.01·sinh(2.6492) = 0.01·(14.143 − 0.0707)/2 = 0.0704 (to 3 digits)
    expect(positionToCutoff(SLIDER_STEPS / 2, 1)).toBeCloseTo(0.0704, 10);
    expect(cutoffToPosition(0.01, 1)).toBeCloseTo((SLIDER_STEPS * Math.asinh(1)) / Math.asinh(100), 10);
  });

  it('rounds to significant digits', () => {
    expect(roundSignificant(0.0123456, 3)).toBeCloseTo(0.0123, 12);
    expect(roundSignificant(1234.5, 2)).toBe(1200);
    expect(positionToCutoff(10, 0)).toBe(0);
  });
});
