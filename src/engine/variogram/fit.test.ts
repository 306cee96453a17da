import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anisotropyAxes } from '../geometry/anisotropy';
import type { StructureType, Vec3, VariogramModel } from '../types';
import { compileModel, semivariogram } from './covariance';
import { anglesFromAxes, directionVector } from './directionAxes';
import { experimentalVariogram } from './experimental';
import { fitVariogram, fitVariogramDetailed, type FitInput } from './fit';
import { datasetPath } from '../../../tests/sharedData';

const lags = Array.from({ length: 20 }, (_, i) => 10 * (i + 1));

/** Exact model values at the lags along a direction, with made-up pair counts. */
function exact(m: VariogramModel, dir?: { azimuth: number; dip: number }, at = lags): FitInput {
  const c = compileModel(m);
  const u = dir ? directionVector(dir.azimuth, dir.dip) : [1, 0, 0];
  return {
    lags: Float64Array.from(at),
    gamma: Float64Array.from(at.map((h) => semivariogram(c, h * u[0], h * u[1], h * u[2]))),
    pairs: Int32Array.from(at.map((_, i) => 200 + 37 * i)),
    direction: dir,
  };
}

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const iso = (type: StructureType, nugget: number, sill: number, a: number): VariogramModel =>
  ({ nugget, structures: [{ type, sill, ranges: [a, a, a], angles: [0, 0, 0] }] });

/** γ of two models agree along a set of directions and distances (compares anisotropy without caring how angles are written). */
function expectSameModel(a: VariogramModel, b: VariogramModel, tol: number) {
  const ca = compileModel(a), cb = compileModel(b);
  for (const az of [0, 30, 75, 120, 210, 300]) for (const dip of [-80, -45, -20, 0, 35]) {
    const u = directionVector(az, dip);
    for (const h of [5, 20, 50, 90, 140]) {
      expect(Math.abs(semivariogram(ca, h * u[0], h * u[1], h * u[2]) - semivariogram(cb, h * u[0], h * u[1], h * u[2]))).toBeLessThan(tol);
    }
  }
}

describe('fitVariogram: exact model values are recovered', () => {
  for (const type of ['spherical', 'exponential', 'gaussian'] as const) {
    it(`${type}, nugget free`, () => {
      const f = fitVariogramDetailed(exact(iso(type, 0.2, 0.8, 100)), { types: [type] });
      const s = f.model.structures[0];
      expect(rel(f.model.nugget, 0.2)).toBeLessThan(0.01);
      expect(rel(s.sill, 0.8)).toBeLessThan(0.01);
      expect(rel(s.ranges[0], 100)).toBeLessThan(0.01);
      expect(s.type).toBe(type);
      expect(f.converged).toBe(true);
      expect(f.points).toBe(20);
    });
  }

  it('a wrong starting variance does not matter', () => {
    const input = { ...exact(iso('spherical', 0.3, 2.7, 65)), variance: 6 };
    const m = fitVariogram(input);
    expect(rel(m.nugget, 0.3)).toBeLessThan(0.01);
    expect(rel(m.structures[0].sill, 2.7)).toBeLessThan(0.01);
    expect(rel(m.structures[0].ranges[0], 65)).toBeLessThan(0.01);
  });

  it('fixed nugget stays fixed; zero nugget is recovered', () => {
    const m = fitVariogram(exact(iso('spherical', 0, 1.5, 80)), { nugget: 0 });
    expect(m.nugget).toBe(0);
    expect(rel(m.structures[0].sill, 1.5)).toBeLessThan(0.01);
    expect(rel(m.structures[0].ranges[0], 80)).toBeLessThan(0.01);
    const free = fitVariogram(exact(iso('exponential', 0, 1.5, 80)), { types: ['exponential'] });
    expect(free.nugget).toBeLessThan(0.015);
  });

  it('two nested structures (short spherical + long exponential)', () => {
    const truth: VariogramModel = { nugget: 0.1, structures: [
      { type: 'spherical', sill: 0.4, ranges: [30, 30, 30], angles: [0, 0, 0] },
      { type: 'exponential', sill: 0.5, ranges: [150, 150, 150], angles: [0, 0, 0] }] };
    const m = fitVariogram(exact(truth), { structures: 2, types: ['spherical', 'exponential'] });
    expect(rel(m.nugget, 0.1)).toBeLessThan(0.01);
    expect(m.structures.map((s) => s.type)).toEqual(['spherical', 'exponential']);
    expect(rel(m.structures[0].sill, 0.4)).toBeLessThan(0.01);
    expect(rel(m.structures[0].ranges[0], 30)).toBeLessThan(0.01);
    expect(rel(m.structures[1].sill, 0.5)).toBeLessThan(0.01);
    expect(rel(m.structures[1].ranges[0], 150)).toBeLessThan(0.01);
  });

  it('3-D anisotropy from three directional variograms along the axes of [30, −20, 0]', () => {
    const truth: VariogramModel = { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [120, 60, 20], angles: [30, -20, 0] }] };
    // The axes of [30, −20, 0]: u1 = azimuth 30 dip −20; u2 = azimuth 300 horizontal; u3 = azimuth 30 dip 70.
    const dirs = [{ azimuth: 300, dip: 0 }, { azimuth: 30, dip: -20 }, { azimuth: 30, dip: 70 }];
    const at = Array.from({ length: 30 }, (_, i) => 4 * (i + 1));
    const m = fitVariogram(dirs.map((d) => exact(truth, d, at)));
    const s = m.structures[0];
    expect(rel(m.nugget, 0.1)).toBeLessThan(0.01);
    expect(rel(s.sill, 0.9)).toBeLessThan(0.01);
    expect(s.ranges.map((r, k) => rel(r, truth.structures[0].ranges[k])).every((e) => e < 0.01)).toBe(true);
    // Written with the major axis first, whatever the order of the directions.
    expect(s.angles[0]).toBeCloseTo(30, 6);
    expect(s.angles[1]).toBeCloseTo(-20, 6);
    expect(s.angles[2]).toBeCloseTo(0, 6);
    expectSameModel(m, truth, 1e-6);
  });

  it('a rotated lode (ang3 ≠ 0) from directions along its strike, dip line and normal', () => {
    const truth: VariogramModel = { nugget: 0.05, structures: [{ type: 'exponential', sill: 1, ranges: [150, 80, 25], angles: [40, 0, 60] }] };
    const u = anisotropyAxes([40, 0, 60]);
    const toDir = (k: number) => {
      const [ex, ny, up] = [u[3 * k], u[3 * k + 1], u[3 * k + 2]];
      return { azimuth: (Math.atan2(ex, ny) * 180) / Math.PI, dip: (Math.asin(up) * 180) / Math.PI };
    };
    const at = Array.from({ length: 30 }, (_, i) => 5 * (i + 1));
    const m = fitVariogram([0, 1, 2].map((k) => exact(truth, toDir(k), at)), { types: ['exponential'] });
    expectSameModel(m, truth, 1e-6);
    expect(m.structures[0].ranges.map((r) => Math.round(r * 1000) / 1000)).toEqual([150, 80, 25]);
  });

  it('two horizontal directions, either order: the unseen third axis gets the shorter range', () => {
    const truth: VariogramModel = { nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [200, 80, 80], angles: [60, 0, 0] }] };
    const [a, b] = [exact(truth, { azimuth: 150, dip: 0 }), exact(truth, { azimuth: 60, dip: 0 })];
    for (const pair of [[a, b], [b, a]]) {
      const m = fitVariogram(pair, { nugget: 0 });
      expectSameModel(m, truth, 1e-6);
      expect(m.structures[0].angles[0]).toBeCloseTo(60, 6);
    }
  });
});

describe('fitVariogram: noisy and real data', () => {
  it('recovers a model approximately from a noisy experimental', () => {
    let s = 2024;
    const rand = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
    const e = exact(iso('spherical', 0.25, 0.75, 90));
    const noisy = { ...e, gamma: (e.gamma as Float64Array).map((g) => g * (1 + 0.1 * (rand() - 0.5))) };
    const m = fitVariogram(noisy);
    expect(Math.abs(m.nugget - 0.25)).toBeLessThan(0.04);
    expect(rel(m.structures[0].sill, 0.75)).toBeLessThan(0.06);
    expect(rel(m.structures[0].ranges[0], 90)).toBeLessThan(0.1);
  });

  it('normal scores of GSLIB cluster.dat: same fit as R gstat fit.variogram (fit.method 7)', () => {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const ref = JSON.parse(readFileSync(`${here}fixtures/gstatCluster.json`, 'utf8'));
    const lines = readFileSync(datasetPath('gslib_cluster/cluster.dat'), 'utf8').split(/\r?\n/);
    const nvar = Number(lines[1].trim());
    const rows = lines.slice(2 + nvar).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number));
    const n = rows.length;
    // Normal scores as in the R script: rank with ties in file order, Φ⁻¹((r − 0.5)/n).
    const order = rows.map((r, i) => [r[2], i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
    const ns = new Float64Array(n);
    order.forEach((i, r) => { ns[i] = normalQuantile((r + 0.5) / n); });
    const e = experimentalVariogram(Float64Array.from(rows.map((r) => r[0])), Float64Array.from(rows.map((r) => r[1])), new Float64Array(n), ns,
      { lag: ref.lag, lagCount: ref.lagCount });
    const g = ref.normalScores.experimental;
    g.np.forEach((np: number, r: number) => expect(e.pairs[r]).toBe(np));
    g.gamma.forEach((gm: number, r: number) => expect(e.gamma[r]).toBeCloseTo(gm, 7));

    const f = fitVariogramDetailed(e);
    const want = ref.normalScores.fit;
    const s = f.model.structures[0];
    // gstat stops its own LM iterations at ~1e-4; we agree to that.
    expect(rel(f.model.nugget, want.nugget)).toBeLessThan(1e-3);
    expect(rel(s.sill, want.sill)).toBeLessThan(1e-3);
    expect(rel(s.ranges[0], want.range)).toBeLessThan(1e-3);
    // Same objective: ours is no worse than gstat's weighted SSE.
    expect(f.objective).toBeLessThan(want.sserr * (1 + 1e-4));
    // Sanity against the data: normal scores have variance ≈ 1, so the total sill is near 1.
    expect(Math.abs(f.model.nugget + s.sill - 1)).toBeLessThan(0.05);
  });
});

describe('fitVariogram: input checks and angles', () => {
  it('rejects what it cannot fit with a specific message', () => {
    const e = exact(iso('spherical', 0, 1, 50));
    expect(() => fitVariogram(e, { structures: 4 })).toThrow(/structures must be 1, 2 or 3/);
    expect(() => fitVariogram(e, { structures: 2, types: ['spherical'] })).toThrow(/1 types given for 2/);
    expect(() => fitVariogram({ lags: [NaN], gamma: [NaN], pairs: [0] })).toThrow(/no lag class/);
    expect(() => fitVariogram([e, exact(iso('spherical', 0, 1, 50), { azimuth: 0, dip: 0 })])).toThrow(/has no direction/);
    expect(() => fitVariogram([exact(iso('spherical', 0, 1, 50), { azimuth: 10, dip: 0 }), exact(iso('spherical', 0, 1, 50), { azimuth: 190, dip: 0 })])).toThrow(/parallel/);
  });

  it('anglesFromAxes inverts anisotropyAxes (axes equal up to sign)', () => {
    for (const ang of [[30, -20, 0], [137, -42, 33], [290, 25, -70], [10, -90, 0], [200, 10, 89]] as Vec3[]) {
      const u = anisotropyAxes(ang);
      const back = anisotropyAxes(anglesFromAxes(u.subarray(0, 3), u.subarray(3, 6)));
      for (let r = 0; r < 3; r++) {
        const dot = u[3 * r] * back[3 * r] + u[3 * r + 1] * back[3 * r + 1] + u[3 * r + 2] * back[3 * r + 2];
        expect(Math.abs(dot)).toBeCloseTo(1, 9);
      }
    }
  });
});

/** Φ⁻¹(p) by Acklam's rational approximation (relative error < 1.2e-9), for the test's normal scores. */
function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.383577518672690e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) => (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5, r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
