import { histogram } from '../engine/stats/histogram';
import { fmt } from './text';

/** Longest bar, characters. */
const BAR = 40;

/**
 * A text histogram of one element (weighted by `weights`, e.g. composite lengths): bins evenly
 * spaced in log10 when the positive values span more than a factor of 10 (skewed grades), else
 * linear; one line per bin "from – to  share  bar", then the share at or below 0 on a log scale.
 */
export function histogramLines(values: Float64Array, weights: Float64Array | undefined, bins = 12): string[] {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) if (v > 0 && v < lo) lo = v;
  for (const v of values) if (v > hi) hi = v;
  if (!(hi >= lo)) return ['  (no positive values)'];
  const log = hi / lo > 10;
  const h = histogram(values, weights, { bins, log });
  const peak = Math.max(...h.fractions);
  const rows = Array.from(h.counts, (_, k) => [`${fmt(h.edges[k])} – ${fmt(h.edges[k + 1])}`, `${(100 * h.fractions[k]).toFixed(1)}%`, '#'.repeat(Math.round((BAR * h.fractions[k]) / (peak || 1)))]);
  const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map((r) => `  ${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}`.trimEnd());
  lines.unshift(`  ${log ? 'log10' : 'linear'} bins, ${weights ? 'length-weighted' : 'equal weights'}`);
  const total = h.counts.reduce((a, b) => a + b, 0) + h.nonPositive + h.below + h.above;
  if (h.nonPositive > 0) lines.push(`  ≤ 0: ${(100 * h.nonPositive / total).toFixed(1)}%`);
  return lines;
}
