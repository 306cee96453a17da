import { describe, expect, it } from 'vitest';
import type { EstimationData, SearchParams, VariogramModel } from '../types';
import { PROGRESS_EVERY, estimateBlocks, estimatePoints, prepareEstimator, type EstimateRequest } from './estimateBlocks';
import { Estimator } from './estimator';

const model: VariogramModel = { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [60, 60, 30], angles: [20, 0, 0] }] };
const search: SearchParams = { ranges: [50, 50, 50], angles: [0, 0, 0], minSamples: 3, maxSamples: 8, maxPerHole: 0 };

/** 6 vertical holes × 10 samples in a 100 × 100 area. */
function holes(): EstimationData {
  const x: number[] = [], y: number[] = [], z: number[] = [], v: number[] = [], hole: number[] = [];
  for (let h = 0; h < 6; h++) {
    for (let s = 0; s < 10; s++) {
      x.push(10 + 17 * h); y.push(20 + ((h * 37) % 60)); z.push(-2 - 4 * s); v.push(1 + Math.sin(h + s / 3)); hole.push(h);
    }
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z), v: Float64Array.from(v), hole: Int32Array.from(hole) };
}
const req = (over: Partial<EstimateRequest> = {}): EstimateRequest => ({
  data: holes(), model, search, kriging: { type: 'ordinary' },
  grid: { origin: [5, 5, -5], size: [10, 10, 10], count: [12, 10, 4] }, discretization: [2, 2, 2], ...over,
});

describe('estimateBlocks', () => {
  it('runs any sub-range identically to the whole grid, with progress', () => {
    const all = estimateBlocks(req());
    const p = prepareEstimator(req());
    const calls: [number, number][] = [];
    const part = p.run(100, 250, (d, t) => calls.push([d, t]));
    expect(p.total).toBe(480);
    expect(part.start).toBe(100);
    expect(Array.from(part.estimate)).toEqual(Array.from(all.estimate.subarray(100, 250)));
    expect(Array.from(part.variance)).toEqual(Array.from(all.variance.subarray(100, 250)));
    expect(Array.from(part.pass)).toEqual(Array.from(all.pass.subarray(100, 250)));
    expect(calls.at(-1)).toEqual([150, 150]);
    expect(() => p.run(0, 481)).toThrow(/range/);
  });

  it('reports progress within a range every PROGRESS_EVERY blocks, rising to the total', () => {
    const calls: number[] = [];
    prepareEstimator(req()).run(0, 480, (d, t) => { expect(t).toBe(480); calls.push(d); });
    expect(PROGRESS_EVERY).toBeLessThanOrEqual(256);
    expect(calls).toEqual([...Array.from({ length: Math.floor(480 / PROGRESS_EVERY) }, (_, i) => (i + 1) * PROGRESS_EVERY), 480]);
  });

  it('reports per block the samples, holes, mean distance and pass; the far corner stays NaN and is counted', () => {
    const r = estimateBlocks(req({ discretization: [1, 1, 1] }));
    const e = new Estimator({ ...req(), discretization: [1, 1, 1] });
    const b = 12 * 3 + 4; // block (4, 3, 0): centre (45, 35, -5)
    const at = e.krigeAt(45, 35, -5);
    expect(r.nSamples[b]).toBe(8);
    expect(r.nHoles[b]).toBe(new Set(Array.from(at.indices, (i) => Math.floor(i / 10))).size);
    const d = holes();
    const mean = Array.from(at.indices).reduce((s, i) => s + Math.hypot(d.x[i] - 45, d.y[i] - 35, d.z[i] + 5), 0) / 8;
    expect(r.meanDistance[b]).toBeCloseTo(mean, 12);
    expect(r.estimate[b]).toBe(at.estimate);
    expect(r.pass[b]).toBe(1);
    // a lone far block: (11, 9, 3) at (115, 95, -35) is more than 50 m from 3 samples
    const far = 3 * 120 + 9 * 12 + 11;
    expect(r.estimate[far]).toBeNaN();
    expect(r.pass[far]).toBe(0);
    expect(r.unestimated).toBe(Array.from(r.pass).filter((p) => p === 0).length);
    expect(r.unestimated).toBeGreaterThan(0);
  });

  it('estimates far blocks in a second pass with an expanded ellipsoid', () => {
    const r = estimateBlocks(req({ search: { ...search, passes: [{ scale: 3 }] } }));
    const far = 3 * 120 + 9 * 12 + 11;
    expect(r.pass[far]).toBe(2);
    expect(Number.isFinite(r.estimate[far])).toBe(true);
    expect(r.unestimated).toBe(0);
  });

  it('counts singular systems (duplicates, no nugget) and leaves those blocks NaN', () => {
    const d = holes();
    const dup: EstimationData = {
      x: Float64Array.from([...d.x, d.x[0]]), y: Float64Array.from([...d.y, d.y[0]]), z: Float64Array.from([...d.z, d.z[0]]),
      v: Float64Array.from([...d.v, 5]), hole: Int32Array.from([...d.hole, 0]),
    };
    const m0: VariogramModel = { nugget: 0, structures: model.structures };
    const r = estimateBlocks(req({ data: dup, model: m0, discretization: [1, 1, 1] }));
    expect(r.singular).toBeGreaterThan(0);
    const bad = Array.from(r.estimate).filter((_, i) => r.nSamples[i] >= 3 && r.pass[i] === 0).length;
    expect(bad).toBe(r.singular);
    expect(new Estimator({ ...req(), data: dup, discretization: [1, 1, 1] }).duplicates).toBe(2);
    // with a nugget the duplicates are averaged as independent measurements: nothing singular
    expect(estimateBlocks(req({ data: dup })).singular).toBe(0);
  });

  it('inverse distance: weights ∝ 1/dᵖ on the same neighbourhood, exact at a sample', () => {
    const data: EstimationData = { x: Float64Array.from([1, 0, 30]), y: Float64Array.from([0, 2, 0]), z: new Float64Array(3), v: Float64Array.from([10, 20, 99]), hole: new Int32Array(3).fill(-1) };
    const e = new Estimator({ data, model, search: { ...search, ranges: [10, 10, 10], minSamples: 1 }, kriging: { type: 'ordinary' }, method: 'idw', idwPower: 2 });
    const r = e.krigeAt(0, 0, 0);
    // d = 1 and 2: weights 1 and 1/4 → 0.8, 0.2 (the sample at 30 is outside the search)
    expect(r.weights.length).toBe(2);
    expect(r.weights[0]).toBeCloseTo(0.8, 14); expect(r.weights[1]).toBeCloseTo(0.2, 14);
    expect(r.estimate).toBeCloseTo(12, 12);
    expect(r.variance).toBeNaN();
    expect(e.krigeAt(0, 2, 0).estimate).toBe(20);
  });

  it('points with block support equal the grid estimate at the same centres', () => {
    const g = estimateBlocks(req());
    const idx = [13, 57, 200, 333];
    const centre = (b: number) => [5 + 10 * (b % 12), 5 + 10 * (Math.floor(b / 12) % 10), -5 + 10 * Math.floor(b / 120)];
    const p = estimatePoints({
      data: holes(), model, search, kriging: { type: 'ordinary' },
      x: Float64Array.from(idx, (b) => centre(b)[0]), y: Float64Array.from(idx, (b) => centre(b)[1]), z: Float64Array.from(idx, (b) => centre(b)[2]),
      block: { size: [10, 10, 10], discretization: [2, 2, 2] },
    });
    expect(Array.from(p.estimate)).toEqual(idx.map((b) => g.estimate[b]));
    expect(Array.from(p.variance)).toEqual(idx.map((b) => g.variance[b]));
  });

  it('leaves every block unestimated (not a crash) when there are no samples', () => {
    const e = new Float64Array(0);
    const r = estimateBlocks(req({ data: { x: e, y: e, z: e, v: e, hole: new Int32Array(0) } }));
    expect(r.unestimated).toBe(480);
    expect(r.estimate.every(Number.isNaN)).toBe(true);
  });

  it('rejects bad input with a message naming it', () => {
    const d = holes();
    d.v[7] = NaN;
    expect(() => estimateBlocks(req({ data: d }))).toThrow(/sample 7 has a non-finite v/);
    expect(() => estimateBlocks(req({ grid: { origin: [0, 0, 0], size: [10, 0, 10], count: [1, 1, 1] } }))).toThrow(/grid: size/);
    expect(() => estimateBlocks(req({ search: { ...search, minSamples: 0 } }))).toThrow(/minSamples/);
    expect(() => estimateBlocks(req({ model: { nugget: -1, structures: [] } }))).toThrow(/nugget/);
    expect(() => estimateBlocks(req({ kriging: { type: 'simple', mean: NaN } }))).toThrow(/mean/);
    expect(() => estimatePoints({ data: holes(), model, search, kriging: { type: 'ordinary' }, x: new Float64Array(1), y: new Float64Array(1), z: new Float64Array(1), block: { size: [1, 1, 1], discretization: [2, 0, 1] } })).toThrow(/discretization/);
  });
});
