/** Property tests of the estimator (fast-check): invariants that hold for any data, model and search. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EstimationData, SearchParams, VariogramStructure, Vec3 } from '../types';
import { estimateBlocks } from './estimateBlocks';
import { Estimator } from './estimator';

const vec = (lo: number, hi: number) => fc.tuple(fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true }));
const angles = fc.tuple(fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
/** Ranges sorted major ≥ semi ≥ minor. */
const ranges = (lo: number, hi: number) => vec(lo, hi).map((r) => [...r].sort((a, b) => b - a) as Vec3);

const structure = (types: VariogramStructure['type'][]) => fc.record({
  type: fc.constantFrom(...types), sill: fc.double({ min: 0.1, max: 1, noNaN: true }), ranges: ranges(15, 100), angles,
});
const model = (types: VariogramStructure['type'][] = ['spherical', 'exponential', 'gaussian'], nugget = fc.double({ min: 0, max: 0.5, noNaN: true })) =>
  fc.record({ nugget, structures: fc.array(structure(types), { minLength: 1, maxLength: 3 }) });

/** Distinct lattice points (≥ 1 m apart: well-conditioned systems), values, holes. */
const samples = fc.uniqueArray(
  fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }), z: fc.integer({ min: 0, max: 20 }), v: fc.double({ min: 0, max: 10, noNaN: true }), h: fc.integer({ min: -1, max: 4 }) }),
  { minLength: 6, maxLength: 40, selector: (s) => `${s.x},${s.y},${s.z}` },
);
/** Dense small lattice: many exactly equidistant samples, so ties decide the neighbourhoods. */
const denseSamples = fc.uniqueArray(
  fc.record({ x: fc.integer({ min: 0, max: 8 }), y: fc.integer({ min: 0, max: 8 }), z: fc.integer({ min: 0, max: 3 }), v: fc.double({ min: 0, max: 10, noNaN: true }), h: fc.integer({ min: -1, max: 4 }) }),
  { minLength: 6, maxLength: 60, selector: (s) => `${s.x},${s.y},${s.z}` },
);
const toData = (s: { x: number; y: number; z: number; v: number; h: number }[]): EstimationData => ({
  x: Float64Array.from(s, (p) => p.x), y: Float64Array.from(s, (p) => p.y), z: Float64Array.from(s, (p) => p.z),
  v: Float64Array.from(s, (p) => p.v), hole: Int32Array.from(s, (p) => p.h),
});
const search = fc.record({
  ranges: ranges(40, 150), angles, minSamples: fc.integer({ min: 1, max: 3 }), maxSamples: fc.integer({ min: 3, max: 16 }),
  maxPerHole: fc.integer({ min: 0, max: 4 }), maxPerOctant: fc.integer({ min: 0, max: 3 }),
}) as fc.Arbitrary<SearchParams>;

describe('kriging properties', () => {
  it('ordinary kriging weights sum to 1; variance ≥ 0; σ²_OK ≥ σ²_SK on the same neighbours', () => {
    fc.assert(fc.property(samples, model(), search, vec(-10, 70), fc.double({ min: 0, max: 10, noNaN: true }), (s, m, sp, t, mean) => {
      const data = toData(s);
      const ok = new Estimator({ data, model: m, search: sp, kriging: { type: 'ordinary' } }).krigeAt(t[0], t[1], t[2]);
      const sk = new Estimator({ data, model: m, search: sp, kriging: { type: 'simple', mean } }).krigeAt(t[0], t[1], t[2]);
      if (ok.pass === 0 || ok.singular || sk.singular) return;
      expect(ok.weights.reduce((a, w) => a + w, 0)).toBeCloseTo(1, 9);
      expect(ok.variance).toBeGreaterThanOrEqual(0);
      expect(sk.variance).toBeGreaterThanOrEqual(0);
      expect(Array.from(sk.indices)).toEqual(Array.from(ok.indices));
      expect(ok.variance).toBeGreaterThanOrEqual(sk.variance - 1e-9);
    }), { numRuns: 200 });
  });

  it('with zero nugget, point kriging at a sample returns the sample with zero variance', () => {
    fc.assert(fc.property(samples, model(['spherical', 'exponential'], fc.constant(0)), search, fc.nat(), (s, m, sp, pick) => {
      const data = toData(s);
      const i = pick % s.length;
      const r = new Estimator({ data, model: m, search: sp, kriging: { type: 'ordinary' } }).krigeAt(data.x[i], data.y[i], data.z[i]);
      fc.pre(r.pass > 0); // an octant limit may leave too few samples
      expect(r.singular).toBe(false);
      expect(r.indices[0]).toBe(i); // the sample itself is the nearest
      expect(r.estimate).toBeCloseTo(data.v[i], 8);
      expect(r.variance).toBeLessThan(1e-8);
    }), { numRuns: 200 });
  });

  it('results do not depend on the input order of the samples (nor on hole numbering)', () => {
    fc.assert(fc.property(denseSamples, model(), search, fc.nat(), fc.boolean(), (s, m, sp, seed, simple) => {
      // shuffle deterministically from seed and renumber holes
      const perm = s.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 104729) - ((b * 7919 + seed) % 104729));
      const shuffled = perm.map((i) => ({ ...s[i], h: s[i].h < 0 ? -1 : 4 - s[i].h }));
      const run = (d: typeof s) => estimateBlocks({
        data: toData(d), model: m, search: sp, kriging: simple ? { type: 'simple', mean: 5 } : { type: 'ordinary' },
        grid: { origin: [0, 0, 0], size: [2, 2, 1], count: [5, 5, 4] }, discretization: [2, 2, 1],
      });
      const a = run(s), b = run(shuffled);
      for (const k of ['estimate', 'variance', 'slope', 'meanDistance', 'nSamples', 'nHoles', 'pass'] as const) {
        expect(Array.from(b[k])).toEqual(Array.from(a[k]));
      }
    }), { numRuns: 100 });
  });

  it('simple kriging beyond the range of every sample returns the mean with variance C(0)', () => {
    fc.assert(fc.property(samples, model(['spherical']), fc.double({ min: -5, max: 5, noNaN: true }), (s, m, mean) => {
      const data = toData(s);
      const far = 300; // every spherical range here is ≤ 100, the data span < 90 m
      const sp: SearchParams = { ranges: [1000, 1000, 1000], angles: [0, 0, 0], minSamples: 1, maxSamples: 8, maxPerHole: 0 };
      const r = new Estimator({ data, model: m, search: sp, kriging: { type: 'simple', mean } }).krigeAt(far, far, far);
      const sill = m.nugget + m.structures.reduce((a, st) => a + st.sill, 0);
      expect(r.weights.every((w) => Math.abs(w) < 1e-12)).toBe(true);
      expect(r.estimate).toBeCloseTo(mean, 12);
      expect(r.variance).toBeCloseTo(sill, 12);
    }), { numRuns: 100 });
  });

  it('inverse distance weights sum to 1 and the estimate lies within the neighbours’ range', () => {
    fc.assert(fc.property(samples, search, vec(-10, 70), fc.double({ min: 0.5, max: 4, noNaN: true }), (s, sp, t, p) => {
      const data = toData(s);
      const r = new Estimator({ data, model: { nugget: 0, structures: [] }, search: sp, kriging: { type: 'ordinary' }, method: 'idw', idwPower: p }).krigeAt(t[0], t[1], t[2]);
      if (r.pass === 0) return;
      const vals = Array.from(r.indices, (i) => data.v[i]);
      expect(r.weights.reduce((a, w) => a + w, 0)).toBeCloseTo(1, 12);
      expect(r.estimate).toBeGreaterThanOrEqual(Math.min(...vals) - 1e-12);
      expect(r.estimate).toBeLessThanOrEqual(Math.max(...vals) + 1e-12);
    }), { numRuns: 200 });
  });
});
