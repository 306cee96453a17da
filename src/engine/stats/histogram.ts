export interface HistogramOptions {
  bins: number;
  /** Range of the bins; default the data's min and max (the smallest positive value for log). */
  min?: number;
  max?: number;
  /** Bins evenly spaced in log10 (values ≤ 0 are then left out and counted in nonPositive). */
  log?: boolean;
}

export interface Histogram {
  /** bins + 1 bin edges. Bin k is [edges[k], edges[k+1]), the last one closed. */
  edges: Float64Array;
  /** Weight (count without weights) per bin. */
  counts: Float64Array;
  /** counts / Σ weight of all non-missing values (below/above included). */
  fractions: Float64Array;
  /** Weight below min, above max, ≤ 0 on a log scale; number of NaN values. */
  below: number; above: number; nonPositive: number; missing: number;
}

/** Histogram of values (NaN ignored), weighted when weights are given. */
export function histogram(values: Float64Array, weights: Float64Array | undefined, opts: HistogramOptions): Histogram {
  const bins = Math.floor(opts.bins);
  if (!(bins >= 1)) throw new Error(`histogram: bins must be ≥ 1, got ${opts.bins}`);
  if (weights && weights.length !== values.length) throw new Error(`histogram: ${values.length} values but ${weights.length} weights`);
  const log = opts.log ?? false;
  let lo = Infinity, hi = -Infinity, missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) { missing++; continue; }
    if (log && v <= 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const min = opts.min ?? lo, max = opts.max ?? hi;
  const edges = new Float64Array(bins + 1), counts = new Float64Array(bins);
  const empty = !(min <= max) || !Number.isFinite(min) || !Number.isFinite(max);
  if (log && !empty && !(min > 0)) throw new Error(`histogram: a log histogram needs min > 0, got ${min}`);
  const t = (v: number) => (log ? Math.log10(v) : v);
  const a = empty ? 0 : t(min), b = empty ? 1 : t(max), span = b - a;
  for (let k = 0; k <= bins; k++) edges[k] = empty ? NaN : log ? 10 ** (a + (span * k) / bins) : a + (span * k) / bins;
  if (!empty) { edges[0] = min; edges[bins] = max; }
  let below = 0, above = 0, nonPositive = 0, total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const w = weights ? weights[i] : 1;
    total += w;
    if (log && v <= 0) { nonPositive += w; continue; }
    if (empty) continue;
    if (v < min) { below += w; continue; }
    if (v > max) { above += w; continue; }
    let k = span > 0 ? Math.min(bins - 1, Math.floor(((t(v) - a) / span) * bins)) : 0;
    if (k > 0 && v < edges[k]) k--; // rounding at an edge: bins are [edges[k], edges[k+1])
    else if (k < bins - 1 && v >= edges[k + 1]) k++;
    counts[k] += w;
  }
  const fractions = counts.map((c) => (total > 0 ? c / total : NaN));
  return { edges, counts, fractions, below, above, nonPositive, missing };
}
