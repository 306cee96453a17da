/** Univariate statistics with optional weights (length or declustering weights); NaN values are missing. */

export interface Quantiles { p10: number; p25: number; p50: number; p75: number; p90: number; p95: number; p99: number }

export interface Summary {
  /** Values that are not NaN. */
  count: number;
  /** NaN values (ignored). */
  missing: number;
  /** Σ weights of the counted values (= count without weights). */
  weightSum: number;
  mean: number;
  /** Weighted population variance Σw(x−m)²/Σw (GSLIB histplt convention; divide by n, not n−1). */
  variance: number;
  sd: number;
  /** Coefficient of variation sd / mean. */
  cv: number;
  min: number;
  max: number;
  /** Weighted quantiles, see weightedQuantiles. */
  quantiles: Quantiles;
  /** Weighted skewness Σw(x−m)³/Σw / sd³. */
  skewness: number;
}

const PROBS = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];

/** Summary statistics of values (NaN ignored), weighted when weights are given (same length, finite, ≥ 0). */
export function summarize(values: Float64Array, weights?: Float64Array): Summary {
  checkWeights(values, weights);
  let count = 0, missing = 0, W = 0, S = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) { missing++; continue; }
    const w = weights ? weights[i] : 1;
    count++; W += w; S += w * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = W > 0 ? S / W : NaN;
  let m2 = 0, m3 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const w = weights ? weights[i] : 1, d = v - mean;
    m2 += w * d * d; m3 += w * d * d * d;
  }
  const variance = W > 0 ? m2 / W : NaN, sd = Math.sqrt(variance);
  const q = weightedQuantiles(values, weights, PROBS);
  return {
    count, missing, weightSum: W, mean, variance, sd, cv: sd / mean,
    min: count ? min : NaN, max: count ? max : NaN,
    quantiles: { p10: q[0], p25: q[1], p50: q[2], p75: q[3], p90: q[4], p95: q[5], p99: q[6] },
    skewness: W > 0 && sd > 0 ? m3 / W / (sd * sd * sd) : NaN,
  };
}

/**
 * Weighted quantiles at probabilities probs (0..1), NaN values ignored. Each sorted value x_i
 * stands at the middle of its weight: p_i = (Σ_{j<i} w_j + w_i/2) / Σw, with linear interpolation
 * between and the extreme values beyond (with equal weights this is Hazen's rule, R type 5).
 */
export function weightedQuantiles(values: Float64Array, weights: Float64Array | undefined, probs: number[]): number[] {
  checkWeights(values, weights);
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]) && (!weights || weights[i] > 0)) idx.push(i);
  if (idx.length === 0) return probs.map(() => NaN);
  idx.sort((a, b) => values[a] - values[b]);
  const n = idx.length, p = new Float64Array(n), x = new Float64Array(n);
  let W = 0;
  for (let k = 0; k < n; k++) W += weights ? weights[idx[k]] : 1;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const w = weights ? weights[idx[k]] : 1;
    p[k] = (c + w / 2) / W; x[k] = values[idx[k]]; c += w;
  }
  return probs.map((q) => {
    if (q <= p[0]) return x[0];
    if (q >= p[n - 1]) return x[n - 1];
    let lo = 0, hi = n - 1; // p[lo] < q <= p[hi]
    while (hi - lo > 1) { const m = (lo + hi) >> 1; if (p[m] < q) lo = m; else hi = m; }
    return x[lo] + ((q - p[lo]) / (p[hi] - p[lo])) * (x[hi] - x[lo]);
  });
}

function checkWeights(values: Float64Array, weights?: Float64Array): void {
  if (!weights) return;
  if (weights.length !== values.length) throw new Error(`statistics: ${values.length} values but ${weights.length} weights`);
  for (let i = 0; i < weights.length; i++) {
    if (!(weights[i] >= 0 && weights[i] < Infinity) && !Number.isNaN(values[i])) {
      throw new Error(`statistics: weight ${i} is ${weights[i]}; weights must be finite and ≥ 0`);
    }
  }
}
