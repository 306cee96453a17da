import { describe, expect, it } from 'vitest';
import { anisotropyAxes, anisotropyMatrix } from '../geometry/anisotropy';
import type { Vec3 } from '../types';
import { defaultVariogram, medianNearestNeighbour } from './defaultVariogram';

function rng(seed: number) {
  let s = seed;
  return () => { s = (s * 16807) % 2147483647; return (s - 1) / 2147483646; };
}

/**
 * A random field with (approximately) Gaussian covariance exp(−3|A·h|²), A the GSLIB anisotropy
 * matrix of (ranges, angles), by the spectral method (Shinozuka 1971): √(2/K) Σ cos(ω_k·x + φ_k),
 * ω_k = √6 Aᵀg, g ~ N(0, I), φ_k ~ U(0, 2π).
 */
function spectralField(x: Float64Array, y: Float64Array, z: Float64Array, ranges: Vec3, angles: Vec3, seed: number, K = 400): Float64Array {
  const rand = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-300)) * Math.cos(2 * Math.PI * rand());
  const a = anisotropyMatrix(ranges, angles);
  const v = new Float64Array(x.length);
  for (let k = 0; k < K; k++) {
    const g = [gauss(), gauss(), gauss()];
    const w = [0, 1, 2].map((c) => Math.sqrt(6) * (a[c] * g[0] + a[3 + c] * g[1] + a[6 + c] * g[2]));
    const phi = 2 * Math.PI * rand();
    for (let i = 0; i < x.length; i++) v[i] += Math.cos(w[0] * x[i] + w[1] * y[i] + w[2] * z[i] + phi);
  }
  return v.map((s) => s * Math.sqrt(2 / K));
}

function scatter2D(n: number, size: number, seed: number) {
  const rand = rng(seed);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) { x[i] = rand() * size; y[i] = rand() * size; }
  return { x, y, z: new Float64Array(n) };
}

describe('medianNearestNeighbour', () => {
  it('hand values on a line, coincident samples ignored', () => {
    const x = Float64Array.from([0, 1, 3, 7, 7]), o = new Float64Array(5);
    // Nearest distinct neighbours: 1, 1, 2, 4, 4 → median 2.
    expect(medianNearestNeighbour(x, o, o, Int32Array.from([0, 1, 2, 3, 4]))).toBe(2);
    expect(medianNearestNeighbour(x, o, o, Int32Array.from([0, 1, 2, 3]))).toBe(1.5);
  });
});

describe('defaultVariogram', () => {
  it('isotropic field → isotropic nugget + spherical with range near the truth', () => {
    const { x, y, z } = scatter2D(1500, 1000, 1);
    const v = spectralField(x, y, z, [150, 150, 150], [0, 0, 0], 2);
    const d = defaultVariogram(x, y, z, v);
    expect(d.anisotropic).toBe(false);
    expect(d.note).toMatch(/^isotropic/);
    const s = d.model.structures[0];
    expect(s.type).toBe('spherical');
    expect(s.ranges[0]).toBe(s.ranges[2]);
    // A spherical fitted to a Gaussian covariance of practical range 150: same order.
    expect(s.ranges[0]).toBeGreaterThan(90);
    expect(s.ranges[0]).toBeLessThan(250);
    expect(d.model.nugget).toBeLessThan(0.1 * (d.model.nugget + s.sill));
    // Median nearest neighbour of 1500 uniform points in 1000² (≈ 13) is below 1/30 of the
    // maximum lag distance (half the diagonal, 707): 30 lags of 707/30.
    expect(d.lagCount).toBe(30);
    expect(d.lag * 30).toBeCloseTo(Math.hypot(Math.max(...x) - Math.min(...x), Math.max(...y) - Math.min(...y)) / 2, 9);
  });

  it('sparse data: the lag is the median nearest-neighbour distance', () => {
    const { x, y, z } = scatter2D(120, 1000, 8);
    const v = spectralField(x, y, z, [300, 300, 300], [0, 0, 0], 9);
    const d = defaultVariogram(x, y, z, v);
    const nn = medianNearestNeighbour(x, y, z, Int32Array.from(x.keys()));
    expect(nn).toBeGreaterThan(30);
    expect(d.lag).toBe(nn);
    const halfDiagonal = Math.hypot(Math.max(...x) - Math.min(...x), Math.max(...y) - Math.min(...y)) / 2;
    expect(d.lagCount).toBe(Math.round(halfDiagonal / nn));
    expect(d.lagCount).toBeGreaterThan(5);
  });

  it('field twice as continuous along azimuth 45 → anisotropic, major axis at 45°', () => {
    const { x, y, z } = scatter2D(2000, 1000, 3);
    const v = spectralField(x, y, z, [240, 70, 70], [45, 0, 0], 4);
    const d = defaultVariogram(x, y, z, v);
    expect(d.anisotropic).toBe(true);
    const s = d.model.structures[0];
    expect(s.angles[0]).toBeCloseTo(45, 6);
    expect(s.angles[1]).toBeCloseTo(0, 6);
    expect(s.ranges[0] / s.ranges[1]).toBeGreaterThan(2);
    expect(d.directional.map((e) => e.direction?.azimuth)).toEqual([45, 135]);
  });

  it('drillholes through a layered field → vertical range much shorter, minor axis vertical', () => {
    const rand = rng(5);
    const holes = 120, per = 50, n = holes * per;
    const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n);
    for (let h = 0; h < holes; h++) {
      const hx = rand() * 800, hy = rand() * 800;
      for (let k = 0; k < per; k++) { x[h * per + k] = hx; y[h * per + k] = hy; z[h * per + k] = -2 * k; }
    }
    const v = spectralField(x, y, z, [250, 250, 20], [0, 0, 0], 6);
    const d = defaultVariogram(x, y, z, v);
    expect(d.anisotropic).toBe(true);
    const s = d.model.structures[0];
    const u = anisotropyAxes(s.angles);
    expect(Math.abs(u[8])).toBeCloseTo(1, 6); // minor axis u3 is vertical
    expect(s.ranges[2]).toBeLessThan(s.ranges[1] / 3);
    expect(s.ranges[0]).toBeCloseTo(s.ranges[1], 6);
  });

  it('falls back to a stated model when there is nothing to fit', () => {
    const o = new Float64Array(2);
    const two = defaultVariogram(Float64Array.from([0, 10]), o, o, Float64Array.from([1, 3]));
    expect(two.model).toEqual({ nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [5, 5, 5], angles: [0, 0, 0] }] });
    expect(two.note).toMatch(/too few/);
    const { x, y, z } = scatter2D(50, 100, 7);
    const flat = defaultVariogram(x, y, z, new Float64Array(50).fill(2));
    expect(flat.model.structures[0].sill).toBe(1);
    expect(flat.anisotropic).toBe(false);
  });
});
