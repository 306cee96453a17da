import { colorOf, MISSING_RGB, srgbToLinear } from './colormaps';

export { buildHoleGeometry, type HoleGeometry } from '../engine/drillholes/holeDrawing';

/**
 * Linear-light RGB per vertex for samples drawn with `perVertex` vertices each (2 for segments, 1 for
 * points), from their grade on [min, max] with the LUT; grey where the grade is missing.
 */
export function sampleColors(sampleIndex: Int32Array, grades: Float64Array | undefined, lut: Float32Array,
  range: [number, number] | null, perVertex: number): Float32Array {
  const out = new Float32Array(sampleIndex.length * perVertex * 3);
  // colorOf picks a LUT entry: converting the LUT once gives the same colours as converting each.
  const linear = lut.map(srgbToLinear);
  const missing = MISSING_RGB.map(srgbToLinear);
  const c = new Float32Array(3);
  const [min, max] = range ?? [0, 1];
  for (let s = 0; s < sampleIndex.length; s++) {
    const v = grades ? grades[sampleIndex[s]] : NaN;
    if (v === v) colorOf(linear, v, min, max, c); else c.set(missing);
    for (let k = s * perVertex * 3, e = k + perVertex * 3; k < e; k += 3) { out[k] = c[0]; out[k + 1] = c[1]; out[k + 2] = c[2]; }
  }
  return out;
}
