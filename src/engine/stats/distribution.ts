import { histogram, type Histogram } from './histogram';
import { summarize, weightedQuantiles, type Summary } from './summary';
import { normalQuantile } from './normalQuantile';
import { cellDecluster } from './declustering';

/** Sorted values and their cumulative probabilities, for a probability (or cumulative) plot. */
export interface CumulativeCurve {
  /** Values ascending (NaN left out). */
  value: Float64Array;
  /** Plotting position of each: p_i = (Σ_{j<i} w_j + w_i/2) / Σw (Hazen's rule when weights are equal, as weightedQuantiles). */
  p: Float64Array;
}

/** Cumulative curve of values (NaN and zero-weight values left out), weighted when weights are given. */
export function cumulativeCurve(values: Float64Array, weights?: Float64Array): CumulativeCurve {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]) && (!weights || weights[i] > 0)) idx.push(i);
  idx.sort((a, b) => values[a] - values[b]);
  let W = 0;
  for (const i of idx) W += weights ? weights[i] : 1;
  const value = new Float64Array(idx.length), p = new Float64Array(idx.length);
  let c = 0;
  idx.forEach((i, k) => {
    const w = weights ? weights[i] : 1;
    value[k] = values[i]; p[k] = (c + w / 2) / W; c += w;
  });
  return { value, p };
}

/** What a top-cut would do to values: samples above it and the share of metal (grade × weight) removed. */
export interface CapEffect {
  cap: number;
  /** Values above the cap. */
  capped: number;
  /** Σ (v − cap)·w over capped values. */
  metalRemoved: number;
  /** Σ (v − cap)·w over capped values / Σ v·w (0..1). */
  metalFraction: number;
  /** Weighted mean before and after capping. */
  meanBefore: number;
  meanAfter: number;
}

/** Effect of capping values at `cap` (weights = lengths; equal without). */
export function capEffect(values: Float64Array, weights: Float64Array | undefined, cap: number): CapEffect {
  let capped = 0, removed = 0, metal = 0, wsum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const w = weights ? weights[i] : 1;
    metal += v * w; wsum += w;
    if (v > cap) { capped++; removed += (v - cap) * w; }
  }
  return {
    cap, capped, metalRemoved: removed, metalFraction: metal > 0 ? removed / metal : 0,
    meanBefore: wsum > 0 ? metal / wsum : NaN, meanAfter: wsum > 0 ? (metal - removed) / wsum : NaN,
  };
}

/** One set of samples to describe: values, optional weights (lengths) and optional positions (for declustering). */
export interface DistributionInput {
  values: Float64Array;
  weights?: Float64Array;
  x?: Float64Array; y?: Float64Array; z?: Float64Array;
}

/** Everything the statistics panel draws for one set of samples. */
export interface Distribution {
  summary: Summary;
  /** Cell-declustered mean (NaN without positions) and its cell size (0 = declustering did not lower the mean). */
  declustered: { mean: number; cellSize: number };
  /** Histogram on log10 bins (values ≤ 0 counted in nonPositive). */
  histogram: Histogram;
  cumulative: CumulativeCurve;
  /** Log-probability plot: the weighted quantile (value) at each of PROBABILITY_LEVELS (p) and its normal score. */
  probability: { p: Float64Array; score: Float64Array; value: Float64Array };
}

/** Probability levels of the log-probability plot: 0.1 % to 99.9 %, evenly spaced in normal score. */
export const PROBABILITY_LEVELS: Float64Array = (() => {
  const n = 121, lo = normalQuantile(0.001);
  return Float64Array.from({ length: n }, (_, k) => normalCdf(lo + (-2 * lo * k) / (n - 1)));
})();

/** Standard normal CDF Φ(x) from erfc (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7): only places plot levels. */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2, t = 1 / (1 + 0.3275911 * z);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Summary, declustered mean, log histogram and cumulative curve of samples. `range` gives the
 * histogram's bin range (shared by the sets drawn together); its min must be > 0.
 */
export function distribution(input: DistributionInput, bins: number, range?: [number, number]): Distribution {
  const { values, weights, x, y, z } = input;
  const d = x && y && z ? cellDecluster(x, y, z, values) : null;
  return {
    summary: summarize(values, weights),
    declustered: d ? { mean: d.mean, cellSize: d.cellSize } : { mean: NaN, cellSize: NaN },
    histogram: histogram(values, weights, { bins, log: true, min: range?.[0], max: range?.[1] }),
    cumulative: cumulativeCurve(values, weights),
    probability: {
      p: PROBABILITY_LEVELS.slice(),
      score: PROBABILITY_LEVELS.map(normalQuantile),
      value: Float64Array.from(weightedQuantiles(values, weights, Array.from(PROBABILITY_LEVELS))),
    },
  };
}

/** Smallest positive and largest value over several arrays (NaN ignored): a shared log range. */
export function positiveRange(...arrays: Float64Array[]): [number, number] | undefined {
  let lo = Infinity, hi = -Infinity;
  for (const a of arrays) for (let i = 0; i < a.length; i++) { const v = a[i]; if (v > 0 && v < lo) lo = v; if (v > hi) hi = v; }
  return lo <= hi ? [lo, hi] : undefined;
}
