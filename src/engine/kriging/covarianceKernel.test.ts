import { describe, expect, it } from 'vitest';
import type { VariogramModel } from '../types';
import { compileModel, structuredCovariance } from '../variogram/covariance';
import { CovarianceKernel } from './covarianceKernel';

/** Offsets of 12 neighbours (m) spread over ±140 m, fixed. */
const pts = Array.from({ length: 12 }, (_, i) => [140 * Math.sin(1.3 * i + 0.2), 140 * Math.cos(2.1 * i), 60 * Math.sin(0.7 * i + 1)]);

/** The kernel's matrix of pts, pair coordinates from the target offsets, or (fromSamples) from sample coordinates 1000 m off, less a centre. */
function matrix(model: VariogramModel, both: boolean, fromSamples = false): Float64Array {
  const n = pts.length, k = new CovarianceKernel(compileModel(model), n, new Float64Array(3));
  const dx = Float64Array.from(pts.map((p) => p[0])), dy = Float64Array.from(pts.map((p) => p[1])), dz = Float64Array.from(pts.map((p) => p[2]));
  k.load(n, dx, dy, dz);
  if (fromSamples) {
    const ids = Int32Array.from(pts.map((_, i) => n - 1 - i)), at = (a: Float64Array, o: number) => Float64Array.from(a, (_, p) => a[n - 1 - p] + o);
    k.loadPairs(n, ids, at(dx, 1000), at(dy, 2000), at(dz, 300), 990, 2010, 305);
  } else k.pairsFromOffsets(n);
  const a = new Float64Array(n * n).fill(-7);
  k.fillMatrix(n, a, n, 99, both);
  return a;
}

const sph = (sill: number, ranges: [number, number, number], angles: [number, number, number] = [0, 0, 0]) => ({ type: 'spherical' as const, sill, ranges, angles });

describe('covariance kernel matrix', () => {
  const cases: [string, VariogramModel][] = [
    ['nested isotropic spherical (one distance per pair)', { nugget: 0.1, structures: [sph(0.5, [120, 120, 120]), sph(0.4, [300, 300, 300])] }],
    ['nested spherical, same anisotropy ratios and angles', { nugget: 0, structures: [sph(0.6, [100, 50, 25], [30, -20, 10]), sph(0.4, [300, 150, 75], [30, -20, 10])] }],
    ['nested spherical, different anisotropy (general path)', { nugget: 0, structures: [sph(0.6, [100, 50, 25], [30, 0, 0]), sph(0.4, [300, 300, 75], [30, 0, 0])] }],
    ['spherical + exponential (general path)', { nugget: 0.2, structures: [sph(0.5, [80, 80, 80]), { type: 'exponential', sill: 0.3, ranges: [250, 250, 250], angles: [0, 0, 0] }] }],
  ];
  for (const [name, model] of cases) {
    it(`equals structuredCovariance pair by pair: ${name}`, () => {
      const cm = compileModel(model), n = pts.length;
      const lower = matrix(model, false), full = matrix(model, true), samples = matrix(model, false, true);
      let nonzero = 0, zero = 0;
      for (let i = 0; i < n; i++) {
        expect(lower[i * n + i]).toBe(99);
        for (let j = 0; j < i; j++) {
          const c = structuredCovariance(cm, pts[i][0] - pts[j][0], pts[i][1] - pts[j][1], pts[i][2] - pts[j][2]);
          expect(Math.abs(lower[i * n + j] - c)).toBeLessThan(1e-14);
          expect(Math.abs(samples[i * n + j] - c)).toBeLessThan(1e-14);
          expect(lower[j * n + i]).toBe(-7); // upper triangle untouched when both = false
          expect(full[j * n + i]).toBe(full[i * n + j]);
          if (c > 0) nonzero++; else zero++;
        }
      }
      expect(nonzero).toBeGreaterThan(10); // pairs inside the range …
      if (model.structures.every((s) => s.type === 'spherical')) expect(zero).toBeGreaterThan(0); // … and beyond it
    });
  }
});
