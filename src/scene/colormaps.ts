import {
  interpolateCividis, interpolateInferno, interpolateMagma, interpolatePlasma, interpolateTurbo, interpolateViridis,
} from 'd3-scale-chromatic';

/** Colour maps offered to the user (scene.view.colormap). All but turbo are perceptually uniform. */
export const COLORMAPS = ['viridis', 'magma', 'inferno', 'plasma', 'cividis', 'turbo'] as const;
export type ColormapName = (typeof COLORMAPS)[number];

/** Entries in a lookup table. */
export const LUT_SIZE = 256;

const INTERPOLATORS: Record<ColormapName, (t: number) => string> = {
  viridis: interpolateViridis, magma: interpolateMagma, inferno: interpolateInferno,
  plasma: interpolatePlasma, cividis: interpolateCividis, turbo: interpolateTurbo,
};

/** Grey drawn where a value is missing (sRGB 0..1). */
export const MISSING_RGB: readonly [number, number, number] = [0.55, 0.55, 0.55];

/** sRGB 0..1 of a CSS colour as d3 writes it ("#rrggbb" or "rgb(r, g, b)"). */
export function parseCssColor(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (hex) return [parseInt(hex[1], 16) / 255, parseInt(hex[2], 16) / 255, parseInt(hex[3], 16) / 255];
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(css);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  throw new Error(`unreadable colour "${css}"`);
}

/** Background of the 3D view (CSS). */
export const BACKGROUND = '#14181e';

/**
 * Least contrast ratio of a drawn colour against the background. The dark ends of the maps
 * (magma and inferno start at black, viridis at #440154: ratios 1.0–1.2) would vanish against
 * it, so each map starts where it reaches this ratio.
 */
export const MIN_CONTRAST = 1.6;

/** Relative luminance of an sRGB colour in 0..1 (WCAG 2.1, from IEC 61966-2-1). */
export function relativeLuminance(r: number, g: number, b: number): number {
  return 0.2126 * srgbToLinear(r) + 0.7152 * srgbToLinear(g) + 0.0722 * srgbToLinear(b);
}

/** Contrast ratio (1..21) of two sRGB colours: (L1 + 0.05) / (L2 + 0.05), lighter over darker (WCAG 2.1). */
export function contrastRatio(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const la = relativeLuminance(a[0], a[1], a[2]), lb = relativeLuminance(b[0], b[1], b[2]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Where a map starts when drawn: the first t (of 1024 steps) whose colour has MIN_CONTRAST against the background. */
export function lowClamp(name: ColormapName): number {
  const f = INTERPOLATORS[name];
  if (!f) throw new Error(`unknown colour map "${name}"`);
  const bg = parseCssColor(BACKGROUND);
  for (let k = 0; k <= 1024; k++) if (contrastRatio(parseCssColor(f(k / 1024)), bg) >= MIN_CONTRAST) return k / 1024;
  return 0;
}

const cache = new Map<string, Float32Array>();

/**
 * Lookup table of a colour map: Float32Array(256·3) of sRGB in 0..1, entry i at t = t0 + (1 − t0)·i/255
 * where t0 = lowClamp(name) (the drawn map), or t0 = 0 with `full` (the published map). Cached; do not mutate.
 */
export function colormapLut(name: ColormapName, full = false): Float32Array {
  const key = `${name}:${full}`;
  let lut = cache.get(key);
  if (!lut) {
    const f = INTERPOLATORS[name];
    if (!f) throw new Error(`unknown colour map "${name}"`);
    const t0 = full ? 0 : lowClamp(name);
    lut = new Float32Array(LUT_SIZE * 3);
    for (let i = 0; i < LUT_SIZE; i++) lut.set(parseCssColor(f(t0 + (1 - t0) * (i / (LUT_SIZE - 1)))), i * 3);
    cache.set(key, lut);
  }
  return lut;
}

/** The LUT as RGBA bytes (for a 256×1 texture). */
export function colormapRgba8(name: ColormapName): Uint8Array {
  const lut = colormapLut(name);
  const out = new Uint8Array(LUT_SIZE * 4);
  for (let i = 0; i < LUT_SIZE; i++) {
    for (let c = 0; c < 3; c++) out[i * 4 + c] = Math.round(lut[i * 3 + c] * 255);
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** sRGB colour (0..1) of `value` on [min, max], written into out at offset; grey when value is NaN. */
export function colorOf(lut: Float32Array, value: number, min: number, max: number, out: Float32Array | number[], offset = 0): void {
  if (!(value === value)) { out[offset] = MISSING_RGB[0]; out[offset + 1] = MISSING_RGB[1]; out[offset + 2] = MISSING_RGB[2]; return; }
  const span = max - min;
  const t = span > 0 ? Math.min(1, Math.max(0, (value - min) / span)) : 0.5;
  const i = Math.round(t * (LUT_SIZE - 1)) * 3;
  out[offset] = lut[i]; out[offset + 1] = lut[i + 1]; out[offset + 2] = lut[i + 2];
}

/** CSS linear-gradient (left to right, low to high) of a colour map, for colour bars. */
export function colormapGradient(name: ColormapName, stops = 16): string {
  const lut = colormapLut(name);
  const parts: string[] = [];
  for (let s = 0; s < stops; s++) {
    const i = Math.round((s / (stops - 1)) * (LUT_SIZE - 1)) * 3;
    const [r, g, b] = [lut[i], lut[i + 1], lut[i + 2]].map((v) => Math.round(v * 255));
    parts.push(`rgb(${r}, ${g}, ${b}) ${((s / (stops - 1)) * 100).toFixed(1)}%`);
  }
  return `linear-gradient(to right, ${parts.join(', ')})`;
}

/** sRGB (0..1) → linear-light component (IEC 61966-2-1), for vertex colours three.js treats as linear. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
