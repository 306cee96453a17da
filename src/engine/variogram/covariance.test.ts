import { describe, expect, it } from 'vitest';
import { anisotropyAxes, anisotropyMatrix } from '../geometry/anisotropy';
import type { StructureType, Vec3, VariogramModel } from '../types';
import { correlation } from './correlation';
import { compileModel, covariance, semivariogram, structuredCovariance } from './covariance';

const TYPES: StructureType[] = ['spherical', 'exponential', 'gaussian'];
const DEG = Math.PI / 180;
const one = (type: StructureType, a: number, nugget = 0, sill = 1, angles: Vec3 = [0, 0, 0], ranges: Vec3 = [a, a, a]): VariogramModel =>
  ({ nugget, structures: [{ type, sill, ranges, angles }] });

/** Axes written out from shared/reference/README.md, independently of anisotropy.ts. */
function readmeAxes(A: number, D: number, R: number): Vec3[] {
  const [a, d, r] = [A * DEG, D * DEG, R * DEG];
  const u1: Vec3 = [Math.sin(a) * Math.cos(d), Math.cos(a) * Math.cos(d), Math.sin(d)];
  const h = [-Math.cos(a), Math.sin(a), 0];
  const w = [-Math.sin(a) * Math.sin(d), -Math.cos(a) * Math.sin(d), Math.cos(d)];
  const u2 = [0, 1, 2].map((k) => Math.cos(r) * h[k] + Math.sin(r) * w[k]) as Vec3;
  const u3 = [0, 1, 2].map((k) => -Math.sin(r) * h[k] + Math.cos(r) * w[k]) as Vec3;
  return [u1, u2, u3];
}
const scale = (u: ArrayLike<number>, s: number): Vec3 => [u[0] * s, u[1] * s, u[2] * s];

describe('correlation models (practical ranges)', () => {
  it('γ(0) = 0 and the nugget applies only away from zero', () => {
    for (const type of TYPES) {
      const m = compileModel(one(type, 50, 0.3, 0.7));
      expect(semivariogram(m, 0, 0, 0)).toBe(0);
      expect(covariance(m, 0, 0, 0)).toBeCloseTo(1, 14);
      expect(structuredCovariance(m, 0, 0, 0)).toBeCloseTo(0.7, 14);
      expect(semivariogram(m, 1e-6, 0, 0)).toBeCloseTo(0.3, 6);
    }
  });

  it('spherical reaches the sill exactly at the range and stays there', () => {
    const m = compileModel(one('spherical', 80, 0.2, 0.8));
    expect(semivariogram(m, 80, 0, 0)).toBeCloseTo(1, 14);
    expect(semivariogram(m, 0, 200, 0)).toBe(1);
    // Hand value: h = 40/80 → γ = 0.2 + 0.8·(1.5·0.5 − 0.5·0.125) = 0.75.
    expect(semivariogram(m, 40, 0, 0)).toBeCloseTo(0.75, 14);
    expect(correlation('spherical', 1)).toBe(0);
  });

  it('exponential and gaussian reach 95% of the sill at the practical range', () => {
    for (const type of ['exponential', 'gaussian'] as const) {
      const m = compileModel(one(type, 120, 0, 2));
      expect(semivariogram(m, 0, 0, 120) / 2).toBeCloseTo(1 - Math.exp(-3), 14);
      expect(Math.abs(semivariogram(m, 0, 0, 120) / 2 - 0.95)).toBeLessThan(0.0021);
    }
    // Hand values at h = a/2: exponential 1 − e^−1.5, gaussian 1 − e^−0.75.
    expect(1 - correlation('exponential', 0.5)).toBeCloseTo(0.7768698398515702, 14);
    expect(1 - correlation('gaussian', 0.5)).toBeCloseTo(0.5276334472589853, 14);
  });

  it('nested structures add', () => {
    const model: VariogramModel = { nugget: 0.1, structures: [
      { type: 'spherical', sill: 0.4, ranges: [20, 20, 20], angles: [0, 0, 0] },
      { type: 'exponential', sill: 0.5, ranges: [100, 100, 100], angles: [0, 0, 0] }] };
    const m = compileModel(model);
    const h = 10;
    const expected = 0.1 + 0.4 * (1.5 * 0.5 - 0.5 * 0.125) + 0.5 * (1 - Math.exp(-0.3));
    expect(semivariogram(m, 0, h, 0)).toBeCloseTo(expected, 14);
    expect(m.sill).toBeCloseTo(1, 14);
  });
});

describe('GSLIB anisotropy', () => {
  it('anisotropyAxes equals the axis formulas of the reference README', () => {
    for (const ang of [[30, -20, 0], [137, -42, 33], [290, 25, -70], [0, 0, 0], [45, -90, 10]] as Vec3[]) {
      const u = anisotropyAxes(ang);
      const ref = readmeAxes(...ang);
      for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(u[r * 3 + c]).toBeCloseTo(ref[r][c], 14);
      const m = anisotropyMatrix([150, 90, 45], ang);
      for (let c = 0; c < 3; c++) {
        expect(m[c]).toBeCloseTo(ref[0][c] / 150, 14);
        expect(m[3 + c]).toBeCloseTo(ref[1][c] / 90, 14);
        expect(m[6 + c]).toBeCloseTo(ref[2][c] / 45, 14);
      }
    }
  });

  it('angles [30, −20, 0]: C at distance a along u1 equals C at a·anis along u2 and u3', () => {
    const ranges: Vec3 = [120, 60, 20];
    for (const type of TYPES) {
      const m = compileModel(one(type, 0, 0.1, 0.9, [30, -20, 0], ranges));
      const u = anisotropyAxes([30, -20, 0]);
      for (const f of [0.25, 0.5, 0.9, 1, 1.5]) {
        const c1 = covariance(m, ...scale(u.subarray(0, 3), f * 120));
        expect(covariance(m, ...scale(u.subarray(3, 6), f * 60))).toBeCloseTo(c1, 13);
        expect(covariance(m, ...scale(u.subarray(6, 9), f * 20))).toBeCloseTo(c1, 13);
        expect(c1).toBeCloseTo(0.9 * correlation(type, f), 13);
      }
      // u1 points at azimuth 30, dipping 20° down.
      expect(u[2]).toBeCloseTo(-Math.sin(20 * DEG), 14);
      expect(Math.atan2(u[0], u[1]) / DEG).toBeCloseTo(30, 12);
    }
  });

  it('a lode striking S and dipping δ: ang1 = S, ang2 = 0, ang3 = δ puts the semi-major axis down dip', () => {
    const S = 40, delta = 60;
    const strike: Vec3 = [Math.sin(S * DEG), Math.cos(S * DEG), 0];
    // Down-dip line: towards azimuth S + 90, plunging δ.
    const downDip: Vec3 = [Math.sin((S + 90) * DEG) * Math.cos(delta * DEG), Math.cos((S + 90) * DEG) * Math.cos(delta * DEG), -Math.sin(delta * DEG)];
    const normal: Vec3 = [strike[1] * downDip[2] - strike[2] * downDip[1], strike[2] * downDip[0] - strike[0] * downDip[2], strike[0] * downDip[1] - strike[1] * downDip[0]];
    const m = compileModel(one('spherical', 0, 0, 1, [S, 0, delta], [200, 100, 10]));
    expect(semivariogram(m, ...scale(strike, 200))).toBeCloseTo(1, 12);
    expect(semivariogram(m, ...scale(downDip, 100))).toBeCloseTo(1, 12);
    expect(semivariogram(m, ...scale(normal, 10))).toBeCloseTo(1, 12);
    const half = 1.5 * 0.5 - 0.5 * 0.125;
    expect(semivariogram(m, ...scale(strike, 100))).toBeCloseTo(half, 12);
    expect(semivariogram(m, ...scale(downDip, 50))).toBeCloseTo(half, 12);
    expect(semivariogram(m, ...scale(normal, 5))).toBeCloseTo(half, 12);
    // The lode's dip direction is not the strike: 100 along strike is only half way.
    expect(semivariogram(m, ...scale(downDip, 200))).toBe(1);
  });
});
