import { describe, expect, it } from 'vitest';
import type { EstimationData, SearchParams, VariogramModel } from '../types';
import { crossValidate, summarize } from './crossValidate';
import { Estimator } from './estimator';

const model: VariogramModel = { nugget: 0.2, structures: [{ type: 'exponential', sill: 0.8, ranges: [80, 80, 40], angles: [0, 0, 0] }] };
const search: SearchParams = { ranges: [60, 60, 60], angles: [0, 0, 0], minSamples: 2, maxSamples: 10, maxPerHole: 0 };

function data(): EstimationData {
  const x: number[] = [], y: number[] = [], z: number[] = [], v: number[] = [], hole: number[] = [];
  for (let h = 0; h < 8; h++) {
    for (let s = 0; s < 6; s++) {
      x.push(12 * h + s); y.push(((h * 29) % 50) + 0.5 * s); z.push(-3 * s); v.push(2 + Math.cos(h * 1.7 + s)); hole.push(h < 7 ? h : -1);
    }
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z), v: Float64Array.from(v), hole: Int32Array.from(hole) };
}

/** The data without the samples for which drop(i) holds. */
function without(d: EstimationData, drop: (i: number) => boolean): EstimationData {
  const keep = Array.from(d.x, (_, i) => i).filter((i) => !drop(i));
  return { x: Float64Array.from(keep, (i) => d.x[i]), y: Float64Array.from(keep, (i) => d.y[i]), z: Float64Array.from(keep, (i) => d.z[i]), v: Float64Array.from(keep, (i) => d.v[i]), hole: Int32Array.from(keep, (i) => d.hole[i]) };
}

describe('crossValidate', () => {
  it('leave-one-out equals kriging each sample from a data set without it', () => {
    const d = data();
    const cv = crossValidate({ data: d, model, search, kriging: { type: 'ordinary' } });
    expect(cv.index.length).toBe(48);
    for (const i of [0, 5, 17, 30, 47]) {
      const r = new Estimator({ data: without(d, (k) => k === i), model, search, kriging: { type: 'ordinary' } }).krigeAt(d.x[i], d.y[i], d.z[i]);
      expect(cv.estimate[i]).toBeCloseTo(r.estimate, 12);
      expect(cv.variance[i]).toBeCloseTo(r.variance, 12);
      expect(cv.error[i]).toBeCloseTo(r.estimate - d.v[i], 12);
    }
  });

  it('leave-one-hole-out equals kriging from a data set without that hole; hole -1 leaves only itself out', () => {
    const d = data();
    const cv = crossValidate({ data: d, model, search, kriging: { type: 'ordinary' }, leaveHoleOut: true, indices: Int32Array.from([3, 20, 44]) });
    expect(Array.from(cv.index)).toEqual([3, 20, 44]);
    [3, 20, 44].forEach((i, k) => {
      const h = d.hole[i];
      const r = new Estimator({ data: without(d, (j) => (h >= 0 ? d.hole[j] === h : j === i)), model, search, kriging: { type: 'ordinary' } }).krigeAt(d.x[i], d.y[i], d.z[i]);
      expect(cv.estimate[k]).toBeCloseTo(r.estimate, 12);
    });
    // leaving the hole out changes the estimate for a sample whose hole-mates are its nearest neighbours
    const loo = crossValidate({ data: d, model, search, kriging: { type: 'ordinary' }, indices: Int32Array.from([3]) });
    expect(Math.abs(loo.estimate[0] - cv.estimate[0])).toBeGreaterThan(1e-3);
  });

  it('rejects an index that is not a sample', () => {
    expect(() => crossValidate({ data: data(), model, search, kriging: { type: 'ordinary' }, indices: Int32Array.from([48]) })).toThrow(/indices\[0\]/);
  });
});

describe('summarize', () => {
  it('computes the error statistics by hand', () => {
    // errors 0.5, 0, −0.5; true deviations −1, 0, 1; estimate deviations −0.5, 0, 0.5
    const s = summarize(Float64Array.from([1, 2, 3, 9]), Float64Array.from([1.5, 2, 2.5, NaN]), Float64Array.from([0.25, 1, 0.25, NaN]));
    expect(s.n).toBe(3);
    expect(s.unestimated).toBe(1);
    expect(s.meanError).toBeCloseTo(0, 15);
    expect(s.meanSquaredError).toBeCloseTo(0.5 / 3, 15);
    expect(s.correlation).toBeCloseTo(1, 15);
    expect(s.slope).toBeCloseTo(2, 15); // cov(true, est) / var(est) = 1 / 0.5
    expect(s.meanStandardizedSquaredError).toBeCloseTo(2 / 3, 15);
  });
});
