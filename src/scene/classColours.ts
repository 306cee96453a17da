import { DataTexture, NearestFilter, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';

/** Colours of the CLASS codes 0 unclassified, 1 measured, 2 indicated, 3 inferred (the legend's order is 1, 2, 3, 0). */
export const CLASS_COLOURS = ['#9e9e9e', '#e41a1c', '#4daf4a', '#377eb8'];
/** Colours of the ore/waste view: 0 waste (VALUE_T ≤ 0), 1 ore (VALUE_T > 0). */
export const ORE_COLOURS = ['#6b6b6b', '#f5b342'];

/** Categorical colours of a block field, or null for a continuous one. */
export function categoricalColours(field: string): string[] | null {
  return field === 'class' ? CLASS_COLOURS : field === 'ore' ? ORE_COLOURS : null;
}

/**
 * A 256×1 texture of equal bands, one per colour, sampled without blending: with the colour range
 * [−0.5, k − 0.5], code i falls in the middle of band i.
 */
export function categoricalLut(colours: string[]): DataTexture {
  const data = new Uint8Array(256 * 4);
  for (let p = 0; p < 256; p++) {
    const c = colours[Math.min(colours.length - 1, Math.floor((p * colours.length) / 256))];
    data.set([parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16), 255], p * 4);
  }
  const t = new DataTexture(data, 256, 1, RGBAFormat, UnsignedByteType);
  t.colorSpace = SRGBColorSpace;
  t.magFilter = NearestFilter; t.minFilter = NearestFilter;
  t.generateMipmaps = false;
  t.needsUpdate = true;
  return t;
}
