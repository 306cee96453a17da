import type { DesurveyedHoles, Vec3 } from '../types';
import { describeIntercept, type Intercept } from './intercepts';
import { holePathSegments } from './holePath';
import { locate } from './locate';

/** The 3D marks of significant intercepts: thick segments along the holes and a label anchor each. */
export interface InterceptMarks {
  /** Segments along the holes, relative to the origin: 6 floats per segment. */
  positions: Float32Array;
  /** Label anchor (mid-depth of the intercept) of each intercept drawn, relative to the origin: 3 floats each. */
  anchors: Float32Array;
  /** Label text of each intercept drawn ("DH12 12.0 m @ 3.41 from 40.0"). */
  texts: string[];
}

/**
 * The marks of intercepts on their holes (intercepts of holes not in `holes` are left out), relative
 * to `origin`. The app builds them in the import worker: Copper Creek's 879 intercepts took 90 ms on
 * the page's thread (cold code).
 */
export function interceptMarks(holes: DesurveyedHoles, rows: (Intercept & { holeId: string })[], origin: Vec3, lengthUnit = 'm'): InterceptMarks {
  const index = new Map(holes.holeIds.map((id, i) => [id, i]));
  const parts: Float32Array[] = [];
  const anchors: number[] = [];
  const texts: string[] = [];
  const p = [0, 0, 0];
  for (const x of rows) {
    const h = index.get(x.holeId);
    if (h === undefined) continue;
    parts.push(holePathSegments(holes, h, x.from, x.to, origin, 4));
    locate(holes, h, (x.from + x.to) / 2, p);
    anchors.push(p[0] - origin[0], p[1] - origin[1], p[2] - origin[2]);
    texts.push(`${x.holeId} ${describeIntercept(x, lengthUnit)}`);
  }
  const positions = new Float32Array(parts.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of parts) { positions.set(a, o); o += a.length; }
  return { positions, anchors: Float32Array.from(anchors), texts };
}
