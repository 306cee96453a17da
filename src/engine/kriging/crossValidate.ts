import type { EstimationData, KrigingType, SearchParams, VariogramModel } from '../types';
import type { Progress } from './estimateBlocks';
import { Estimator } from './estimator';

/** Leave-one-out (or leave-one-hole-out) cross-validation of point kriging / IDW at the samples. */
export interface CrossValidationRequest {
  data: EstimationData;
  model: VariogramModel;
  search: SearchParams;
  kriging: KrigingType;
  /** Leave out every sample of the same hole (samples with hole -1 leave only themselves out). */
  leaveHoleOut?: boolean;
  /** Samples to validate (default: all), each estimated from all the others. */
  indices?: Int32Array;
  method?: 'kriging' | 'idw';
  idwPower?: number;
}

/** Summary of a cross-validation over the samples that could be estimated. error = estimate − true. */
export interface CrossValidationSummary {
  /** Samples estimated (finite estimate). */
  n: number;
  /** Samples with too few neighbours in every pass, or a singular system. */
  unestimated: number;
  meanError: number;
  meanSquaredError: number;
  /** Pearson correlation of true and estimated values. */
  correlation: number;
  /** Slope of the regression of true on estimated values: cov(true, est) / var(est). */
  slope: number;
  /** Mean of error² / kriging variance (≈ 1 when the model's variances are right); NaN for IDW. */
  meanStandardizedSquaredError: number;
}

export interface CrossValidationResult {
  /** Original sample index of each row. */
  index: Int32Array;
  /** True value, estimate, kriging variance, error (estimate − true), neighbours used, per row; NaN where unestimated. */
  value: Float64Array;
  estimate: Float64Array;
  variance: Float64Array;
  error: Float64Array;
  nSamples: Int32Array;
  summary: CrossValidationSummary;
}

/** Cross-validate: each chosen sample is estimated (point support) with itself, or its hole, left out. */
export function crossValidate(req: CrossValidationRequest, onProgress?: Progress): CrossValidationResult {
  const d = req.data, n = d.x.length;
  const index = req.indices ?? Int32Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < index.length; k++) {
    if (!(index[k] >= 0 && index[k] < n) || !Number.isInteger(index[k])) throw new Error(`crossValidate: indices[${k}] = ${index[k]} is not a sample index (0..${n - 1})`);
  }
  const e = new Estimator({ ...req, discretization: [1, 1, 1] });
  const m = index.length;
  const value = new Float64Array(m), estimate = new Float64Array(m), variance = new Float64Array(m);
  const error = new Float64Array(m), nSamples = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const i = index[k];
    const h = req.leaveHoleOut ? d.hole[i] : -1;
    e.estimateAt(d.x[i], d.y[i], d.z[i], i, h);
    value[k] = d.v[i];
    estimate[k] = e.estimate;
    variance[k] = e.variance;
    error[k] = e.estimate - d.v[i];
    nSamples[k] = e.nSamples;
    if (onProgress && (k + 1) % 1024 === 0) onProgress(k + 1, m);
  }
  onProgress?.(m, m);
  return { index, value, estimate, variance, error, nSamples, summary: summarize(value, estimate, variance) };
}

/** Error statistics over the rows with a finite estimate. */
export function summarize(value: Float64Array, estimate: Float64Array, variance: Float64Array): CrossValidationSummary {
  let n = 0, se = 0, sse = 0, sz = 0, sy = 0, sss = 0, nss = 0;
  for (let k = 0; k < value.length; k++) {
    if (!Number.isFinite(estimate[k])) continue;
    const err = estimate[k] - value[k];
    n++; se += err; sse += err * err; sz += value[k]; sy += estimate[k];
    if (variance[k] > 0) { sss += (err * err) / variance[k]; nss++; }
  }
  const mz = sz / n, my = sy / n;
  let czy = 0, cyy = 0, czz = 0;
  for (let k = 0; k < value.length; k++) {
    if (!Number.isFinite(estimate[k])) continue;
    const a = value[k] - mz, b = estimate[k] - my;
    czy += a * b; cyy += b * b; czz += a * a;
  }
  return {
    n, unestimated: value.length - n,
    meanError: n ? se / n : NaN,
    meanSquaredError: n ? sse / n : NaN,
    correlation: n > 1 ? czy / Math.sqrt(czz * cyy) : NaN,
    slope: n > 1 ? czy / cyy : NaN,
    meanStandardizedSquaredError: nss ? sss / nss : NaN,
  };
}
