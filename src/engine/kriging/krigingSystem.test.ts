import { describe, expect, it } from 'vitest';
import type { KrigingType, VariogramModel } from '../types';
import { compileModel, covariance } from '../variogram/covariance';
import { discretizationOffsets, KrigingSystem } from './krigingSystem';

const sph = (sill: number, range: number, nugget = 0): VariogramModel => ({
  nugget, structures: [{ type: 'spherical', sill, ranges: [range, range, range], angles: [0, 0, 0] }],
});

/** A system loaded with samples at offsets pts (relative to the target) and values. */
function system(model: VariogramModel, kriging: KrigingType, pts: number[][], off: Float64Array = new Float64Array(3)): KrigingSystem {
  const s = new KrigingSystem(compileModel(model), kriging, off, pts.length);
  pts.forEach((p, i) => { s.dx[i] = p[0]; s.dy[i] = p[1]; s.dz[i] = p[2]; s.v[i] = p[3] ?? 0; });
  return s;
}

describe('discretization', () => {
  it('puts points at the cell centres of the sub-grid', () => {
    const off = discretizationOffsets([10, 6, 4], [2, 3, 1]);
    const pts = Array.from({ length: 6 }, (_, k) => Array.from(off.subarray(3 * k, 3 * k + 3)));
    expect(pts).toEqual([[-2.5, -2, 0], [-2.5, 0, 0], [-2.5, 2, 0], [2.5, -2, 0], [2.5, 0, 0], [2.5, 2, 0]]);
    expect(() => discretizationOffsets([1, 1, 1], [0, 1, 1])).toThrow(/discretization/);
  });
});

describe('ordinary kriging, hand-computed', () => {
  it('two samples symmetric about the target (spherical, range 10)', () => {
    // C(2) = 1 − 0.3 + 0.004 = 0.704, C(4) = 0.432; λ = ½ each; μ = C(2) − ½(C(0) + C(4)) = −0.012
    const s = system(sph(1, 10), { type: 'ordinary' }, [[-2, 0, 0, 1], [2, 0, 0, 3]]);
    expect(s.solve(2)).toBe(true);
    expect(s.w[0]).toBeCloseTo(0.5, 14); expect(s.w[1]).toBeCloseTo(0.5, 14);
    expect(s.estimate).toBeCloseTo(2, 14);
    expect(s.lagrange).toBeCloseTo(-0.012, 14);
    expect(s.variance).toBeCloseTo(1 - 0.704 + 0.012, 14); // C(0) − Σλc̄ − μ
    expect(s.slope).toBeCloseTo(0.704 / 0.716, 14); // Σλc̄ / (Σλc̄ − μ)
  });

  it('block kriging: C̄(V,V) and c̄ averaged over 2×1×1 points without the nugget', () => {
    // offsets ±2.5; C(5) = 0.9250625 → C̄VV = (2 + 2·0.9250625)/4; sample 10 m east: c̄ = (C(7.5) + C(12.5))/2
    const s = system(sph(1, 100, 0.3), { type: 'ordinary' }, [[10, 0, 0, 4]], discretizationOffsets([10, 10, 10], [2, 1, 1]));
    expect(s.cvv).toBeCloseTo(0.96253125, 14);
    expect(s.solve(1)).toBe(true);
    const cbar = (0.8877109375 + 0.8134765625) / 2, mu = cbar - 1.3;
    expect(s.estimate).toBe(4);
    expect(s.lagrange).toBeCloseTo(mu, 14);
    expect(s.variance).toBeCloseTo(0.96253125 - cbar - mu, 14);
    expect(s.slope).toBeCloseTo(cbar / 1.3, 14);
  });

  it('pure nugget: equal weights, σ² = nugget·(1 + 1/n), slope 0', () => {
    const s = system({ nugget: 0.5, structures: [] }, { type: 'ordinary' }, [[1, 0, 0, 1], [0, 2, 0, 2], [0, 0, 3, 3], [4, 4, 0, 6]]);
    expect(s.solve(4)).toBe(true);
    for (let i = 0; i < 4; i++) expect(s.w[i]).toBeCloseTo(0.25, 14);
    expect(s.estimate).toBeCloseTo(3, 14);
    expect(s.variance).toBeCloseTo(0.625, 14);
    expect(s.slope).toBeCloseTo(0, 14);
  });

  it('point target on a sample: the sample value, zero variance (nugget included, as GSLIB)', () => {
    const s = system(sph(0.8, 10, 0.2), { type: 'ordinary' }, [[0, 0, 0, 7], [3, 0, 0, 1], [0, -4, 1, 2]]);
    expect(s.solve(3)).toBe(true);
    expect(s.estimate).toBeCloseTo(7, 12);
    expect(s.variance).toBeLessThan(1e-12);
  });

  it('slope equals Cov(Z_V, Z*)/Var(Z*) computed from the weights', () => {
    const model: VariogramModel = { nugget: 0.1, structures: [{ type: 'exponential', sill: 0.6, ranges: [40, 20, 10], angles: [30, -10, 20] }, { type: 'gaussian', sill: 0.3, ranges: [25, 25, 25], angles: [0, 0, 0] }] };
    const pts = [[3, 1, 0, 1], [-5, 2, 1, 2], [7, -6, 2, 0.5], [0, 9, -1, 3], [-8, -8, 0, 1.5]];
    const s = system(model, { type: 'ordinary' }, pts);
    expect(s.solve(5)).toBe(true);
    const cm = compileModel(model);
    let cov = 0, varEst = 0, sw = 0;
    for (let i = 0; i < 5; i++) {
      sw += s.w[i];
      cov += s.w[i] * covariance(cm, pts[i][0], pts[i][1], pts[i][2]);
      for (let j = 0; j < 5; j++) varEst += s.w[i] * s.w[j] * covariance(cm, pts[i][0] - pts[j][0], pts[i][1] - pts[j][1], pts[i][2] - pts[j][2]);
    }
    expect(sw).toBeCloseTo(1, 14);
    expect(s.slope).toBeCloseTo(cov / varEst, 12);
    // and σ² = C(0) − 2Σλc̄ + λᵀCλ
    expect(s.variance).toBeCloseTo(cm.sill - 2 * cov + varEst, 12);
  });
});

describe('simple kriging, hand-computed', () => {
  it('one sample: λ = C(h)/C(0)', () => {
    // nugget 0.2 + sph 0.8 range 10; C(5) = 0.8 × 0.3125 = 0.25; λ = 0.25
    const s = system(sph(0.8, 10, 0.2), { type: 'simple', mean: 2 }, [[5, 0, 0, 6]]);
    expect(s.solve(1)).toBe(true);
    expect(s.w[0]).toBeCloseTo(0.25, 14);
    expect(s.estimate).toBeCloseTo(3, 14); // 2 + 0.25·(6 − 2)
    expect(s.variance).toBeCloseTo(1 - 0.25 * 0.25, 14);
    expect(s.slope).toBe(1);
  });
});

describe('coincident samples', () => {
  it('with a nugget: duplicates share the structured covariance only, weights split evenly, no failure', () => {
    const s = system(sph(0.8, 10, 0.2), { type: 'ordinary' }, [[1, 1, 0, 1], [1, 1, 0, 3], [-3, 0, 0, 2]]);
    expect(s.solve(3)).toBe(true);
    expect(s.w[0]).toBeCloseTo(s.w[1], 12);
    expect(Number.isFinite(s.estimate)).toBe(true);
  });

  it('without a nugget: reported singular (false, NaN), not thrown', () => {
    const s = system(sph(1, 10), { type: 'ordinary' }, [[1, 1, 0, 1], [1, 1, 0, 3], [-3, 0, 0, 2]]);
    expect(s.solve(3)).toBe(false);
    expect(s.estimate).toBeNaN();
    const sk = system(sph(1, 10), { type: 'simple', mean: 1 }, [[1, 1, 0, 1], [1, 1, 0, 3]]);
    expect(sk.solve(2)).toBe(false);
  });
});

describe('solver paths', () => {
  it('the LU fallback gives the Cholesky answer (OK and SK, point and block)', () => {
    const model: VariogramModel = { nugget: 0.05, structures: [{ type: 'spherical', sill: 0.7, ranges: [50, 30, 10], angles: [40, -20, 10] }, { type: 'gaussian', sill: 0.25, ranges: [20, 20, 20], angles: [0, 0, 0] }] };
    const pts = Array.from({ length: 12 }, (_, i) => [10 * Math.sin(i * 2.1), 12 * Math.cos(i * 1.3), 3 * Math.sin(i), i % 4]);
    for (const kriging of [{ type: 'ordinary' }, { type: 'simple', mean: 1.5 }] as KrigingType[]) {
      for (const off of [new Float64Array(3), discretizationOffsets([6, 6, 3], [3, 2, 2])]) {
        const c = system(model, kriging, pts, off);
        const l = new KrigingSystem(compileModel(model), kriging, off, pts.length, true);
        pts.forEach((p, i) => { l.dx[i] = p[0]; l.dy[i] = p[1]; l.dz[i] = p[2]; l.v[i] = p[3]; });
        expect(c.solve(12)).toBe(true);
        expect(l.solve(12)).toBe(true);
        for (const k of ['estimate', 'variance', 'slope', 'lagrange'] as const) expect(l[k]).toBeCloseTo(c[k], 10);
        for (let i = 0; i < 12; i++) expect(l.w[i]).toBeCloseTo(c.w[i], 10);
      }
    }
  });
});
