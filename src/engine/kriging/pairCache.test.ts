import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/gstat/mulberry32';
import type { EstimatorSetup } from './estimator';
import { Estimator } from './estimator';

/** 600 samples in 60 vertical holes over 200 × 200 × 60 m, seeded. */
function setup(model: EstimatorSetup['model'], discretization?: [number, number, number]): EstimatorSetup {
  const rand = rng(11), n = 600;
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), v = new Float64Array(n), hole = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = Math.floor(i / 10);
    if (i % 10 === 0) { x[i] = 5000 + 200 * rand(); y[i] = 8000 + 200 * rand(); } else { x[i] = x[i - 1]; y[i] = y[i - 1]; }
    z[i] = 400 - 6 * (i % 10); v[i] = Math.sin(x[i] / 30) + Math.cos(y[i] / 40) + rand(); hole[i] = h;
  }
  return {
    data: { x, y, z, v, hole }, model, kriging: { type: 'ordinary' },
    search: { ranges: [80, 80, 80], angles: [0, 0, 0], minSamples: 3, maxSamples: 16, maxPerHole: 0 },
    blockSize: [4, 4, 6], discretization,
  };
}

const nested = { nugget: 0.1, structures: [
  { type: 'spherical' as const, sill: 0.5, ranges: [60, 60, 60] as [number, number, number], angles: [0, 0, 0] as [number, number, number] },
  { type: 'spherical' as const, sill: 0.4, ranges: [150, 150, 150] as [number, number, number], angles: [0, 0, 0] as [number, number, number] },
] };
const mixed = { nugget: 0.05, structures: [
  { type: 'exponential' as const, sill: 0.6, ranges: [90, 50, 30] as [number, number, number], angles: [30, -10, 0] as [number, number, number] },
  { type: 'gaussian' as const, sill: 0.3, ranges: [120, 120, 40] as [number, number, number], angles: [0, 0, 0] as [number, number, number] },
] };

describe('pair cache (covariances and factor kept from the previous target)', () => {
  for (const [name, model, disc] of [['nested spherical, points', nested, undefined], ['exponential + gaussian, anisotropic, blocks', mixed, [2, 2, 2]]] as const) {
    it(`gives exactly what a fresh system per target gives: ${name}`, () => {
      const s = setup(model, disc as [number, number, number] | undefined);
      const kept = new Estimator(s);
      let same = 0, partial = 0, disjoint = 0, prev: number[] = [];
      // a walk with small steps (neighbour sets overlap, sometimes unchanged), jumps, and left-out samples (cross-validation)
      for (let t = 0; t < 240; t++) {
        const jump = t % 60 === 59;
        const x = jump ? 5000 + 200 * ((t * 0.37) % 1) : 5020 + 0.5 * (t % 60) + 7 * Math.floor(t / 60);
        const y = jump ? 8000 + 200 * ((t * 0.73) % 1) : 8050 + 0.2 * (t % 60), z = 372 + Math.floor(t / 60);
        const ex = t % 13 === 5 ? prev[0] ?? -1 : -1;
        const a = kept.krigeAt(x, y, z, { excludeIndex: ex });
        const b = new Estimator(s).krigeAt(x, y, z, { excludeIndex: ex });
        expect(a.pass).toBeGreaterThan(0);
        for (const k of ['estimate', 'variance', 'slope', 'lagrange'] as const) expect(Object.is(a[k], b[k])).toBe(true);
        expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
        const ids = Array.from(a.indices), common = ids.filter((i) => prev.includes(i)).length;
        if (common === ids.length && ids.every((i, k) => prev[k] === i)) same++;
        else if (common > 0) partial++;
        else disjoint++;
        prev = ids;
      }
      // the walk exercised every path: factor kept, entries copied, nothing in common
      expect(same).toBeGreaterThan(10);
      expect(partial).toBeGreaterThan(50);
      expect(disjoint).toBeGreaterThan(0);
    });
  }
});
