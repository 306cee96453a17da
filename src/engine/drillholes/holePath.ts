import type { DesurveyedHoles } from '../types';
import { locate } from './locate';

/**
 * Points along hole h from depth `from` to depth `to` as line segments (x, y, z of both ends of
 * each of `steps` pieces), on the minimum-curvature path, relative to `origin`.
 */
export function holePathSegments(holes: DesurveyedHoles, h: number, from: number, to: number, origin: readonly [number, number, number], steps = 8): Float32Array {
  const out = new Float32Array(steps * 6);
  const a = [0, 0, 0], b = [0, 0, 0];
  locate(holes, h, from, a);
  for (let s = 0; s < steps; s++) {
    locate(holes, h, from + ((to - from) * (s + 1)) / steps, b);
    for (let k = 0; k < 3; k++) {
      out[s * 6 + k] = a[k] - origin[k];
      out[s * 6 + 3 + k] = b[k] - origin[k];
      a[k] = b[k];
    }
  }
  return out;
}
