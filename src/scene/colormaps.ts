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

const cache = new Map<ColormapName, Float32Array>();

/** Lookup table of a colour map: Float32Array(256·3) of sRGB in 0..1, entry i at t = i/255. Cached; do not mutate. */
export function colormapLut(name: ColormapName): Float32Array {
  let lut = cache.get(name);
  if (!lut) {
    const f = INTERPOLATORS[name];
    if (!f) throw new Error(`unknown colour map "${name}"`);
    lut = new Float32Array(LUT_SIZE * 3);
    for (let i = 0; i < LUT_SIZE; i++) lut.set(parseCssColor(f(i / (LUT_SIZE - 1))), i * 3);
    cache.set(name, lut);
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
