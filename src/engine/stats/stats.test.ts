import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellDecluster } from './declustering';
import { histogram } from './histogram';
import { summarize, weightedQuantiles } from './summary';
import { datasetPath } from '../../../tests/sharedData';

const f64 = (a: number[]) => Float64Array.from(a);

describe('summarize', () => {
  it('gives hand-computed moments and ignores NaN', () => {
    const s = summarize(f64([1, 2, 3, 4, NaN]));
    expect(s).toMatchObject({ count: 4, missing: 1, weightSum: 4, mean: 2.5, variance: 1.25, min: 1, max: 4, skewness: 0 });
    expect(s.sd).toBeCloseTo(Math.sqrt(1.25), 14);
    expect(s.cv).toBeCloseTo(Math.sqrt(1.25) / 2.5, 14);
    expect(s.quantiles).toMatchObject({ p10: 1, p25: 1.5, p50: 2.5, p75: 3.5, p90: 4 });
  });

  it('weights the mean, variance and quantiles (length weighting)', () => {
    const s = summarize(f64([1, 3]), f64([3, 1]));
    expect(s.mean).toBe(1.5); // (1·3 + 3·1)/4
    expect(s.variance).toBe(0.75); // (3·0.25 + 1·2.25)/4
    expect(s.quantiles.p50).toBe(1.5); // p = 0.375 at 1, 0.875 at 3
  });

  it('computes skewness by hand', () => {
    // mean 4, deviations −3 −2 −1 6: m2 = 12.5, m3 = 45
    expect(summarize(f64([1, 2, 3, 10])).skewness).toBeCloseTo(45 / 12.5 ** 1.5, 12);
  });

  it('quantiles with equal weights follow Hazen / R type 5', () => {
    // R: quantile(1:10, c(.1, .25, .5, .9, .99), type = 5) → 1.5 3 5.5 9.5 10
    expect(weightedQuantiles(f64([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), undefined, [0.1, 0.25, 0.5, 0.9, 0.99])).toEqual([1.5, 3, 5.5, 9.5, 10]);
  });

  it('handles empty input and rejects bad weights', () => {
    const s = summarize(f64([NaN]));
    expect(s.count).toBe(0);
    expect(s.mean).toBeNaN();
    expect(() => summarize(f64([1, 2]), f64([1]))).toThrow(/2 values but 1 weights/);
    expect(() => summarize(f64([1, 2]), f64([1, -1]))).toThrow(/weight 1 is -1/);
  });
});

describe('histogram', () => {
  const v = f64([0.5, 1, 1.5, 2, 2.5, 3, NaN]);

  it('counts values into equal bins, the last bin closed', () => {
    const h = histogram(v, undefined, { bins: 2, min: 0, max: 3 });
    expect(Array.from(h.edges)).toEqual([0, 1.5, 3]);
    expect(Array.from(h.counts)).toEqual([2, 4]);
    expect(Array.from(h.fractions)).toEqual([2 / 6, 4 / 6]);
    expect(h.missing).toBe(1);
    expect(Array.from(histogram(v, f64([1, 1, 1, 1, 1, 2, 1]), { bins: 2, min: 0, max: 3 }).counts)).toEqual([2, 5]);
  });

  it('reports weight outside the range', () => {
    const h = histogram(v, undefined, { bins: 3, min: 1, max: 2.5 });
    expect([h.below, h.above]).toEqual([1, 1]);
    expect(Array.from(h.counts)).toEqual([1, 1, 2]);
  });

  it('bins in log10 and counts non-positive values apart', () => {
    const h = histogram(f64([0.01, 0.1, 1, 10, 0, -1]), undefined, { bins: 3, log: true });
    expect(Array.from(h.edges)).toEqual([0.01, 0.1, 1, 10]);
    expect(Array.from(h.counts)).toEqual([1, 1, 2]);
    expect(h.nonPositive).toBe(2);
  });
});

/** GEO-EAS reader for the test only: title, variable count, names, rows. */
function readGeoEas(path: string): number[][] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const nvar = Number(lines[1].trim());
  return lines.slice(2 + nvar).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number));
}

describe('cellDecluster', () => {
  const rows = readGeoEas(datasetPath('gslib_cluster/cluster.dat'));
  const col = (k: number) => Float64Array.from(rows, (r) => r[k]);
  const [x, y, z, v, gslibWeights] = [col(0), col(1), new Float64Array(rows.length), col(2), col(4)];

  it('reproduces the GSLIB declustering weights shipped in cluster.dat (cell 5.5, 5 origins)', () => {
    expect(rows.length).toBe(140);
    const r = cellDecluster(x, y, z, v, { sizes: [5.5], origins: 5 });
    let maxDiff = 0, fileMean = 0, fileSum = 0;
    for (let i = 0; i < 140; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(r.weights[i] - gslibWeights[i]));
      fileMean += gslibWeights[i] * v[i]; fileSum += gslibWeights[i];
    }
    fileMean /= fileSum;
    expect(maxDiff).toBeLessThan(1e-3); // the file has 3 decimals; measured 6.7e-4
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(140, 9);
    expect(r.mean).toBeCloseTo(fileMean, 3); // 2.5281 both
    expect(r.mean).toBeCloseTo(2.53, 2); // SOURCE.md
    expect(r.naiveMean).toBeCloseTo(4.35, 2);
  });

  it('scans cell sizes 1..25 and keeps the one with the minimum declustered mean', () => {
    const r = cellDecluster(x, y, z, v, { sizes: { min: 1, max: 25, count: 25 }, origins: 5 });
    expect(r.table.size.length).toBe(25);
    expect(r.table.mean[0]).toBeCloseTo(4.3504, 4); // 1 × 1 cells hold one datum each
    expect(r.cellSize).toBe(5);
    expect(r.mean).toBeCloseTo(2.5028, 4);
    expect(Math.min(...r.table.mean)).toBe(r.mean);
    const big = cellDecluster(x, y, z, v, { sizes: { min: 1, max: 25, count: 25 }, objective: 'max' });
    expect(big.mean).toBe(4.350428571428572); // nothing beats the naive mean upwards here: equal weights kept
    expect(big.cellSize).toBe(0);
  });

  it('gives hand-computed weights, with and without per-origin normalisation', () => {
    const xs = f64([0, 3, 6, 9]), zero = new Float64Array(4), vals = f64([1, 5, 5, 1]);
    // Size 5, origins at −0.01 and −2.51: cells {0,3}{6,9} then {0}{3,6}{9}.
    const a = cellDecluster(xs, zero, zero, vals, { sizes: [5], origins: 2 });
    [1.2, 0.8, 0.8, 1.2].forEach((w, i) => expect(a.weights[i]).toBeCloseTo(w, 12));
    const b = cellDecluster(xs, zero, zero, vals, { sizes: [5], origins: 2, normalizeOrigins: true });
    [7 / 6, 5 / 6, 5 / 6, 7 / 6].forEach((w, i) => expect(b.weights[i]).toBeCloseTo(w, 12));
    expect(a.mean).toBeCloseTo(2.6, 12); // (1.2 + 4 + 4 + 1.2)/4
    // Among several sizes, one must beat the naive mean (3); 1 × 1 cells give it exactly.
    expect(cellDecluster(xs, zero, zero, vals, { sizes: [1, 5], origins: 2 }).cellSize).toBe(5);
    expect(cellDecluster(xs, zero, zero, vals, { sizes: [1, 5], origins: 2, objective: 'max' }).cellSize).toBe(0);
  });

  it('weights NaN values 0, scales cells by anisotropy, and rejects bad sizes', () => {
    const xs = f64([0, 0.1, 0.2, 10, 5]), ys = f64([0, 0, 0, 0, 0]), zero = new Float64Array(5);
    const r = cellDecluster(xs, ys, zero, f64([10, 10, 10, 1, NaN]), { sizes: [5], origins: 1 });
    expect(Array.from(r.weights).map((w) => +w.toFixed(12))).toEqual([0.666666666667, 0.666666666667, 0.666666666667, 2, 0]);
    expect(r.mean).toBeCloseTo(5.5, 12); // (10·2 + 1·2)/4
    const two = f64([0, 0]), ys2 = f64([0, 3]);
    expect(Array.from(cellDecluster(two, ys2, f64([0, 0]), f64([1, 2]), { sizes: [5], origins: 1 }).table.mean)).toEqual([1.5]);
    expect(cellDecluster(two, ys2, f64([0, 0]), f64([1, 2]), { sizes: [5], origins: 1, anisotropy: [1, 0.5, 1] }).weights[0]).toBe(1);
    expect(() => cellDecluster(two, ys2, two, two, { sizes: [0] })).toThrow(/cell sizes must be positive/);
  });
});
