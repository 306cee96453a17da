import { formatTick, niceTicks } from './ticks';

/** Approximate width in CSS pixels of a tick label (11 px sans-serif: digits ≈ 6.5 px, separators narrower). */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[0-9]/.test(ch) ? 6.5 : ch === ',' || ch === '.' ? 3 : 7;
  return w;
}

/** Ticks of one edge of the section grid: values, their screen offsets (px from the low end) and labels. */
export interface EdgeTicks { step: number; values: number[]; px: number[]; labels: string[] }

/**
 * Ticks for a coordinate running over [lo, hi] across `pixels` screen pixels, spaced so that no two
 * labels overlap: the densest 1-2-5 step whose labels keep `gap` px apart. `along` is how labels
 * are laid out: 'width' when they sit side by side (bottom edge), 'height' when stacked (left edge,
 * `lineHeight` px each).
 */
export function sectionTicks(lo: number, hi: number, pixels: number, along: 'width' | 'height', gap = 12, lineHeight = 14): EdgeTicks {
  const empty: EdgeTicks = { step: 0, values: [], px: [], labels: [] };
  if (!(hi > lo) || !(pixels > 0)) return empty;
  for (let target = Math.max(2, Math.floor(pixels / 40)); target >= 1; target--) {
    const { step, ticks } = niceTicks(lo, hi, target);
    const labels = ticks.map((v) => formatTick(v, step));
    const pxPerUnit = pixels / (hi - lo);
    const space = step * pxPerUnit;
    const need = along === 'width' ? Math.max(0, ...labels.map(labelWidth)) + gap : lineHeight + gap;
    if (space >= need || target === 1) return { step, values: ticks, px: ticks.map((v) => (v - lo) * pxPerUnit), labels };
  }
  return empty;
}
