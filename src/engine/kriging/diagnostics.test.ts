import { describe, expect, it } from 'vitest';
import type { EstimationData, SearchParams, VariogramModel } from '../types';
import { allocateResult, copyChunk } from '../../../workers/results';
import { estimateBlocks, type EstimateRequest } from './estimateBlocks';
import { Estimator } from './estimator';
import { CONDITION_LIMIT } from './krigingSystem';

const line = (xs: number[], vs: number[]): EstimationData => ({
  x: Float64Array.from(xs), y: new Float64Array(xs.length), z: new Float64Array(xs.length), v: Float64Array.from(vs), hole: new Int32Array(xs.length).fill(-1),
});
const wide: SearchParams = { ranges: [1000, 1000, 1000], angles: [0, 0, 0], minSamples: 1, maxSamples: 30, maxPerHole: 0 };
const gaussian = (nugget: number, range = 10): VariogramModel => ({ nugget, structures: [{ type: 'gaussian', sill: 1, ranges: [range, range, range], angles: [0, 0, 0] }] });
const along = (n: number, x0 = 0): EstimateRequest['grid'] => ({ origin: [x0, 0, 0], size: [1, 1, 1], count: [n, 1, 1] });
const req = (data: EstimationData, model: VariogramModel, grid: EstimateRequest['grid']): EstimateRequest =>
  ({ data, model, search: wide, kriging: { type: 'ordinary' }, grid, discretization: [1, 1, 1] });

describe('estimate diagnostics', () => {
  it('negative weights: two samples at x = 1 and 3, Gaussian model; extrapolated targets (x = 0, 4) get a negative weight, the others none', () => {
    const data = line([1, 3], [1, 2]);
    const m = gaussian(0.01);
    // Hand calculation, OK with two samples: λ₂ = ½ + (C(x₂ − x₀) − C(x₁ − x₀)) / (2 (C(0) − C(x₁ − x₂))),
    // C(h) = exp(−3h²/a²) for h > 0, C(0) = 1 + nugget (GSLIB practical range a = 10).
    const c = (h: number) => (h === 0 ? 1.01 : Math.exp((-3 * h * h) / 100));
    const l2 = 0.5 + (c(3) - c(1)) / (2 * (c(0) - c(2)));
    expect(l2).toBeCloseTo(-0.3412, 3);
    const w = new Estimator({ ...req(data, m, along(1)) }).krigeAt(0, 0, 0).weights;
    expect(w[1]).toBeCloseTo(l2, 10);
    expect(w[0]).toBeCloseTo(1 - l2, 10);
    const r = estimateBlocks(req(data, m, along(5)));
    expect(Array.from(r.pass)).toEqual([1, 1, 1, 1, 1]);
    expect(r.negativeWeights).toBe(2);
    expect(r.illConditioned).toBe(0);
    expect(r.singular).toBe(0);
  });

  it('duplicate locations with no nugget: the systems using both samples are singular, counted, NaN', () => {
    const data = line([0, 0, 10], [1, 3, 2]);
    const m: VariogramModel = { nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [50, 50, 50], angles: [0, 0, 0] }] };
    const r = estimateBlocks(req(data, m, along(4, 2)));
    expect(r.singular).toBe(4);
    expect(r.unestimated).toBe(0);
    expect(Array.from(r.estimate).every(Number.isNaN)).toBe(true);
    // With a nugget the same data krige (the duplicates share only the structured covariance).
    const ok = estimateBlocks(req(data, { ...m, nugget: 0.1 }, along(4, 2)));
    expect(ok.singular).toBe(0);
    expect(ok.illConditioned).toBe(0);
  });

  it('a Gaussian model with a tiny nugget on closely spaced samples is counted ill-conditioned; a 10 % nugget is not', () => {
    const xs = Array.from({ length: 12 }, (_, i) => i * 0.5);
    const data = line(xs, xs.map((x) => Math.sin(x)));
    const tiny = estimateBlocks(req(data, gaussian(1e-12, 30), along(6, 0.25)));
    expect(tiny.singular + tiny.illConditioned).toBe(6);
    expect(tiny.illConditioned).toBeGreaterThan(0);
    expect(tiny.maxCondition).toBeGreaterThan(CONDITION_LIMIT);
    const fine = estimateBlocks(req(data, gaussian(0.1, 30), along(6, 0.25)));
    expect(fine.illConditioned).toBe(0);
    expect(fine.singular).toBe(0);
    // κ₂ ≤ (λmax of C)/(nugget) and ≥ our estimate: 12 samples, sill 1.1, nugget 0.1 → at most 132.
    expect(fine.maxCondition).toBeGreaterThan(1);
    expect(fine.maxCondition).toBeLessThanOrEqual(132);
  });

  it('worker chunks add up to the whole run (copyChunk)', () => {
    const data = line([1, 3, 3.2, 7], [1, 2, 2.5, 0]);
    const m = gaussian(1e-9, 20);
    const whole = estimateBlocks(req(data, m, along(10, -1)));
    const into = allocateResult(0, 10);
    for (const [s, e] of [[0, 3], [3, 7], [7, 10]]) copyChunk(into, estimateBlocks({ ...req(data, m, along(10, -1)), start: s, end: e }));
    for (const k of ['unestimated', 'singular', 'illConditioned', 'negativeWeights', 'maxCondition'] as const) expect(into[k]).toBe(whole[k]);
    expect(whole.negativeWeights).toBeGreaterThan(0);
  });
});
