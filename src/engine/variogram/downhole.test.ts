import { describe, expect, it } from 'vitest';
import { downholeVariogram } from './downhole';

const f64 = (a: number[]) => Float64Array.from(a);

describe('downholeVariogram', () => {
  // Hole 0: 2 m intervals 0–2, 2–4, 4–6, 6–8 (mids 1, 3, 5, 7), values 1, 2, 4, 3.
  // Hole 1: mids 1, 3, 5, values 10, NaN, 12 (the NaN is skipped, its pairs vanish).
  // A sample with hole −1 is ignored. Hole 1 listed out of depth order on purpose.
  const samples = {
    hole: Int32Array.from([0, 0, 0, 0, 1, 1, 1, -1]),
    from: f64([0, 2, 4, 6, 4, 0, 2, 0]),
    to: f64([2, 4, 6, 8, 6, 2, 4, 2]),
  };
  const v = f64([1, 2, 4, 3, 12, 10, NaN, 100]);

  it('pairs samples within a hole by downhole distance only (hand values)', () => {
    const e = downholeVariogram(samples, v, { lag: 2, lagCount: 3 });
    // Lag 2: hole 0 diffs 1, 2, 1 → 6; hole 1 none (its lag-2 neighbour is NaN).
    // Lag 4: hole 0 (1,4), (2,3): 9 + 1; hole 1 (10,12): 4 → 14 over 3 pairs.
    // Lag 6: hole 0 (1,3): 4 over 1 pair. Hole 0 and hole 1 are never paired (else γ ≫).
    expect(Array.from(e.pairs)).toEqual([0, 3, 3, 1]);
    expect(e.gamma[1]).toBeCloseTo(6 / 6, 14);
    expect(e.gamma[2]).toBeCloseTo(14 / 6, 14);
    expect(e.gamma[3]).toBeCloseTo(4 / 2, 14);
    expect(Array.from(e.lags.subarray(1))).toEqual([2, 4, 6]);
    expect(e.kind).toBe('downhole');
    expect(e.count).toBe(6);
  });

  it('reports duplicate intervals as coincident', () => {
    const e = downholeVariogram({ hole: Int32Array.from([0, 0, 0]), from: f64([0, 0, 2]), to: f64([2, 2, 4]) }, f64([1, 3, 2]), { lag: 2, lagCount: 1 });
    expect(e.coincident).toEqual({ pairs: 1, gamma: 2 });
    expect(Array.from(e.pairs)).toEqual([0, 2]);
  });

  it('needs from/to', () => {
    expect(() => downholeVariogram({ hole: Int32Array.from([0]) }, f64([1]), { lag: 1, lagCount: 2 })).toThrow(/no from\/to/);
  });
});
