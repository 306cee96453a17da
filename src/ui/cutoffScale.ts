/**
 * The cutoff slider's scale: position 0..SLIDER_STEPS maps to a cutoff 0..max through
 * v = a·sinh(t·asinh(max / a)), t = position / SLIDER_STEPS, a = max / 100. Near 0 it is linear
 * with small steps (about max / 10⁴), higher up it is logarithmic (each step about +1 %), and
 * the last position is the maximum itself. (The inverse hyperbolic sine scale of
 * Johnson, 1949, Biometrika 36: 149–176; also matplotlib's "asinh" axis scale.)
 */

/** Positions of the slider (its `max`; `min` is 0, step 1). */
export const SLIDER_STEPS = 500;

/** Linear width of the scale near 0, as a fraction of the maximum. */
const LINEAR_FRACTION = 0.01;

/** Cutoff at slider position p (0..SLIDER_STEPS) for a range [0, max], rounded to 3 significant digits (the last position is max exactly). */
export function positionToCutoff(p: number, max: number): number {
  if (!(max > 0)) return 0;
  if (p >= SLIDER_STEPS) return max;
  if (!(p > 0)) return 0;
  const a = max * LINEAR_FRACTION;
  return roundSignificant(a * Math.sinh((p / SLIDER_STEPS) * Math.asinh(max / a)), 3);
}

/** Slider position (real, 0..SLIDER_STEPS) of a cutoff in a range [0, max]; beyond max it is the end. */
export function cutoffToPosition(v: number, max: number): number {
  if (!(max > 0) || !(v > 0)) return 0;
  if (v >= max) return SLIDER_STEPS;
  const a = max * LINEAR_FRACTION;
  return (SLIDER_STEPS * Math.asinh(v / a)) / Math.asinh(max / a);
}

/** x rounded to n significant digits. */
export function roundSignificant(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - n + 1);
  return Math.round(x / p) * p;
}
