/**
 * "Nice" axis ticks: steps of 1, 2 or 5 × 10^k (Heckbert 1990, "Nice numbers for graph labels",
 * Graphics Gems), all ticks inside [min, max].
 */
export function niceTicks(min: number, max: number, target = 5): { step: number; ticks: number[] } {
  if (!(Number.isFinite(min) && Number.isFinite(max)) || max < min) return { step: 0, ticks: [] };
  if (max === min) return { step: 0, ticks: [min] };
  const raw = (max - min) / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  const step = (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9);
  for (let i = first; i * step <= max + step * 1e-9; i++) ticks.push(roundTo(i * step, step));
  return { step, ticks };
}

/** Round v to the decimals a step needs (removes 0.30000000000000004). */
function roundTo(v: number, step: number): number {
  const d = decimalsFor(step);
  return Number(v.toFixed(d));
}

/** Decimals needed to tell ticks `step` apart. */
export function decimalsFor(step: number): number {
  if (!(step > 0)) return 0;
  return Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-9)));
}

/** A coordinate or value as text with thousands separators and the decimals `step` needs. */
export function formatTick(v: number, step: number): string {
  const d = decimalsFor(step);
  return v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** A value with about `digits` significant digits, for readouts (grades, variances). */
export function formatValue(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-3) return v.toExponential(digits - 1);
  const d = Math.max(0, digits - 1 - Math.floor(Math.log10(a)));
  return v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: 0 });
}
