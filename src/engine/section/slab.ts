import type { Vec3 } from '../types';

/** Kind of section: N–S (x), E–W (y), plan (z) or a vertical section along an azimuth. */
export type SectionAxis = 'x' | 'y' | 'z' | 'azimuth';

/** A section as the scene gives it, with width resolved. */
export interface SectionSpec {
  axis: SectionAxis;
  /** Coordinate of the plane along `normal` (X, Y, Z, or the offset along azimuth + 90°). */
  position: number;
  /** Azimuth of the section line, degrees clockwise from north (azimuth sections only). */
  azimuth?: number;
  /** Full width of the slab around the plane. */
  width: number;
}

/**
 * Orthonormal frame of a section slab (real coordinates, X east, Y north, Z up): points p with
 * |normal·p − position| ≤ half are in the slab; `u` runs to the right of the view and `v` up, and
 * the viewer looks along −(u × v). N–S sections look west (north to the right), E–W sections look
 * north (east to the right), plans look down (north up), an azimuth section looks along −(azimuth + 90°)
 * with the azimuth direction to the right.
 */
export interface SlabFrame {
  normal: Vec3;
  position: number;
  half: number;
  u: Vec3;
  v: Vec3;
  /** Unit vector from the plane towards the viewer (u × v). */
  toward: Vec3;
}

/** Frame of a section slab. */
export function slabFrame(s: SectionSpec): SlabFrame {
  const half = s.width / 2;
  switch (s.axis) {
    case 'x': return { normal: [1, 0, 0], position: s.position, half, u: [0, 1, 0], v: [0, 0, 1], toward: [1, 0, 0] };
    case 'y': return { normal: [0, 1, 0], position: s.position, half, u: [1, 0, 0], v: [0, 0, 1], toward: [0, -1, 0] };
    case 'z': return { normal: [0, 0, 1], position: s.position, half, u: [1, 0, 0], v: [0, 1, 0], toward: [0, 0, 1] };
    case 'azimuth': {
      const a = ((s.azimuth ?? 0) * Math.PI) / 180;
      const sa = Math.sin(a), ca = Math.cos(a);
      const n: Vec3 = [ca, -sa, 0];
      return { normal: n, position: s.position, half, u: [sa, ca, 0], v: [0, 0, 1], toward: n };
    }
  }
}

const dot = (a: Vec3, x: number, y: number, z: number) => a[0] * x + a[1] * y + a[2] * z;

/** Signed distance of a point from the section plane, along the normal. */
export function planeDistance(f: SlabFrame, x: number, y: number, z: number): number {
  return dot(f.normal, x, y, z) - f.position;
}

/** Point → section coordinates [u, v] (along the view's right and up directions). */
export function toSection(f: SlabFrame, x: number, y: number, z: number): [number, number] {
  return [dot(f.u, x, y, z), dot(f.v, x, y, z)];
}

/**
 * The part of segment a–b inside the slab as parameters [t0, t1] (0 = a, 1 = b), or null when it
 * misses the slab (Liang–Barsky clipping against the slab's two planes).
 */
export function clipSegmentToSlab(f: SlabFrame, a: Vec3, b: Vec3): [number, number] | null {
  const da = planeDistance(f, a[0], a[1], a[2]);
  const db = planeDistance(f, b[0], b[1], b[2]);
  const d = db - da;
  if (d === 0) return Math.abs(da) <= f.half ? [0, 1] : null;
  let t0 = (-f.half - da) / d, t1 = (f.half - da) / d;
  if (t0 > t1) [t0, t1] = [t1, t0];
  const lo = Math.max(0, t0), hi = Math.min(1, t1);
  return lo <= hi ? [lo, hi] : null;
}

/** Segments (pairs of xyz points, flat) clipped to the slab: the pieces inside and which segment each came from. */
export function clipSegmentsToSlab(f: SlabFrame, pairs: ArrayLike<number>, offset: Vec3 = [0, 0, 0]): { positions: Float64Array; source: Int32Array } {
  const n = Math.floor(pairs.length / 6);
  const out: number[] = [], src: number[] = [];
  const a: Vec3 = [0, 0, 0], b: Vec3 = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) { a[k] = pairs[i * 6 + k] + offset[k]; b[k] = pairs[i * 6 + 3 + k] + offset[k]; }
    const t = clipSegmentToSlab(f, a, b);
    if (!t) continue;
    for (const s of t) for (let k = 0; k < 3; k++) out.push(a[k] + s * (b[k] - a[k]));
    src.push(i);
  }
  return { positions: Float64Array.from(out), source: Int32Array.from(src) };
}
