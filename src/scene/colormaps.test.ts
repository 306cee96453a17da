import { describe, expect, it } from 'vitest';
import { BACKGROUND, COLORMAPS, MIN_CONTRAST, contrastRatio, lowClamp, colorOf, colormapGradient, colormapLut, colormapRgba8, LUT_SIZE, MISSING_RGB, parseCssColor, srgbToLinear } from './colormaps';

/** CIE L* (D65) of an sRGB colour in 0..1. */
function lightness(r: number, g: number, b: number): number {
  const y = 0.2126 * srgbToLinear(r) + 0.7152 * srgbToLinear(g) + 0.0722 * srgbToLinear(b);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const lutByte = (lut: Float32Array, i: number) => [0, 1, 2].map((c) => Math.round(lut[i * 3 + c] * 255));

describe('colour maps', () => {
  it('are 256 sRGB triples in 0..1', () => {
    for (const name of COLORMAPS) {
      const lut = colormapLut(name);
      expect(lut.length).toBe(LUT_SIZE * 3);
      expect(Math.min(...lut)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...lut)).toBeLessThanOrEqual(1);
    }
  });

  it('match the published matplotlib end and middle colours', () => {
    // matplotlib _cm_listed.py: first, 128th (of 256) and last entries.
    const ref: Record<string, [string, string]> = {
      viridis: ['#440154', '#fde725'], magma: ['#000004', '#fcfdbf'],
      inferno: ['#000004', '#fcffa4'], plasma: ['#0d0887', '#f0f921'],
    };
    for (const [name, [lo, hi]] of Object.entries(ref)) {
      const lut = colormapLut(name as keyof typeof ref as 'viridis', true);
      expect(lutByte(lut, 0)).toEqual(hex(lo));
      expect(lutByte(lut, 255)).toEqual(hex(hi));
    }
    // viridis at 0.5 is #21918c; entry 128 is t = 0.502, one step further along.
    const mid = lutByte(colormapLut('viridis', true), 128);
    hex('#21918c').forEach((v, c) => expect(Math.abs(mid[c] - v)).toBeLessThanOrEqual(2));
  });

  it('keep every drawn colour visible against the background (contrast ratio >= 1.6), cutting only the dark start', () => {
    const bg = parseCssColor(BACKGROUND);
    // WCAG contrast by hand: white on black is 21, equal colours 1.
    expect(contrastRatio([1, 1, 1], [0, 0, 0])).toBeCloseTo(21, 12);
    expect(contrastRatio(bg, bg)).toBe(1);
    // The published maps start too dark: magma/inferno at black (ratio 1.0 against #14181e), viridis #440154 (1.17).
    expect(contrastRatio(colormapLut('magma', true).subarray(0, 3), bg)).toBeLessThan(1.2);
    expect(contrastRatio(colormapLut('viridis', true).subarray(0, 3), bg)).toBeLessThan(1.2);
    for (const name of COLORMAPS) {
      const lut = colormapLut(name);
      let least = Infinity;
      for (let i = 0; i < LUT_SIZE; i++) least = Math.min(least, contrastRatio(lut.subarray(i * 3, i * 3 + 3), bg));
      expect(least, name).toBeGreaterThanOrEqual(MIN_CONTRAST);
      // The top colour is the published one; the start is cut by at most 30 % of the map.
      expect(lutByte(lut, 255)).toEqual(lutByte(colormapLut(name, true), 255));
      expect(lowClamp(name), name).toBeLessThan(0.3);
    }
    expect(lowClamp('viridis')).toBeGreaterThan(0.05);
  });

  it('rise monotonically in lightness (perceptual maps), unlike turbo', () => {
    for (const name of ['viridis', 'magma', 'inferno', 'plasma', 'cividis'] as const) {
      const lut = colormapLut(name);
      let prev = -1, drops = 0;
      for (let i = 0; i < LUT_SIZE; i++) {
        const l = lightness(lut[i * 3], lut[i * 3 + 1], lut[i * 3 + 2]);
        if (l < prev - 0.05) drops++;
        prev = l;
      }
      expect(drops, name).toBe(0);
    }
    const turbo = colormapLut('turbo');
    const l = (i: number) => lightness(turbo[i * 3], turbo[i * 3 + 1], turbo[i * 3 + 2]);
    expect(l(128)).toBeGreaterThan(l(255)); // a rainbow: bright in the middle
  });

  it('colour values by position in the range, clamped, grey when missing', () => {
    const lut = colormapLut('viridis');
    const out = new Float32Array(3);
    colorOf(lut, 5, 0, 10, out);
    expect(Array.from(out)).toEqual(Array.from(lut.subarray(128 * 3, 129 * 3)));
    colorOf(lut, -3, 0, 10, out);
    expect(Array.from(out)).toEqual(Array.from(lut.subarray(0, 3)));
    colorOf(lut, 99, 0, 10, out);
    expect(Array.from(out)).toEqual(Array.from(lut.subarray(255 * 3)));
    colorOf(lut, NaN, 0, 10, out);
    expect(Array.from(out)).toEqual(MISSING_RGB.map(Math.fround));
  });

  it('read both CSS colour forms d3 writes, and make bytes and gradients', () => {
    expect(parseCssColor('rgb(0, 32, 81)')).toEqual([0, 32 / 255, 81 / 255]);
    expect(parseCssColor('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(() => parseCssColor('red')).toThrow(/unreadable colour "red"/);
    const bytes = colormapRgba8('magma');
    // magma drawn from t0 = 0.281 (#5d177f), not from its black start.
    expect(Array.from(bytes.subarray(0, 4))).toEqual([93, 23, 127, 255]);
    // viridis drawn from t0 = 0.121 (d3's interpolateViridis there: rgb(71, 44, 122)).
    expect(colormapGradient('viridis', 2)).toBe('linear-gradient(to right, rgb(71, 44, 122) 0.0%, rgb(253, 231, 37) 100.0%)');
  });
});
