import type { Vec3 } from '../types';
import { planeDistance, toSection, type SlabFrame } from './slab';

/** Extent in section coordinates: [uMin, uMax, vMin, vMax]. */
export type SectionExtent = [number, number, number, number];

/** An axis-aligned box, real coordinates. */
export interface Box { min: Vec3; max: Vec3 }

function grow(e: SectionExtent | null, u: number, v: number): SectionExtent {
  if (!e) return [u, u, v, v];
  if (u < e[0]) e[0] = u; if (u > e[1]) e[1] = u;
  if (v < e[2]) e[2] = v; if (v > e[3]) e[3] = v;
  return e;
}

/** Where the plane cuts a box: the section extent of the points where the box's 12 edges cross it (null when it misses). */
export function boxCutExtent(f: SlabFrame, box: Box): SectionExtent | null {
  let e: SectionExtent | null = null;
  const corner = (i: number): Vec3 => [i & 1 ? box.max[0] : box.min[0], i & 2 ? box.max[1] : box.min[1], i & 4 ? box.max[2] : box.min[2]];
  for (let i = 0; i < 8; i++) {
    for (const bit of [1, 2, 4]) {
      if (i & bit) continue;
      const a = corner(i), b = corner(i | bit);
      const da = planeDistance(f, ...a), db = planeDistance(f, ...b);
      if ((da > 0 && db > 0) || (da < 0 && db < 0)) continue;
      const t = da === db ? 0 : da / (da - db);
      const [u, v] = toSection(f, a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2]));
      e = grow(e, u, v);
    }
  }
  return e;
}

/** Section extent of points (flat xyz, real coordinates), or null when there are none. */
export function pointsExtent(f: SlabFrame, xyz: ArrayLike<number>): SectionExtent | null {
  let e: SectionExtent | null = null;
  for (let i = 0; i + 2 < xyz.length; i += 3) {
    const [u, v] = toSection(f, xyz[i], xyz[i + 1], xyz[i + 2]);
    e = grow(e, u, v);
  }
  return e;
}

/** Union of extents (nulls ignored). */
export function unionExtent(...list: (SectionExtent | null)[]): SectionExtent | null {
  let e: SectionExtent | null = null;
  for (const x of list) if (x) { e = grow(e, x[0], x[2]); e = grow(e, x[1], x[3]); }
  return e;
}

/** An orthographic view of a section: centre (real coordinates, on the plane) and half sizes of the view (section units; v already exaggerated). */
export interface SectionFraming { centre: Vec3; halfWidth: number; halfHeight: number }

/**
 * Frames an extent in an orthographic view of aspect `aspect` (width / height): the extent,
 * `vScale` times taller on screen (vertical exaggeration when v is Z), fills the view with a
 * `margin` (1.1 = 5 % each side) along its tighter direction. The centre lies on the plane.
 */
export function frameExtent(f: SlabFrame, e: SectionExtent, aspect: number, vScale = 1, margin = 1.15): SectionFraming {
  const du = Math.max(e[1] - e[0], 1e-6), dv = Math.max((e[3] - e[2]) * vScale, 1e-6);
  let halfHeight = (margin * Math.max(dv, du / aspect)) / 2;
  const halfWidth = halfHeight * aspect;
  if (!(halfHeight > 0)) halfHeight = 1;
  const uc = (e[0] + e[1]) / 2, vc = (e[2] + e[3]) / 2;
  const centre: Vec3 = [0, 1, 2].map((k) => f.normal[k] * f.position + f.u[k] * uc + f.v[k] * vc) as Vec3;
  return { centre, halfWidth, halfHeight };
}

/** Screen margins (px) kept free of data around a plot area. */
export interface Insets { left: number; right: number; top: number; bottom: number }

/**
 * Frames an extent inside a `width` × `height` px view less `insets` (tick labels, legends): the
 * camera's centre on the plane and its zoom (px per section unit along u), so that the extent,
 * margin included, fills the plot area and sits at its centre.
 */
export function frameInPlot(f: SlabFrame, e: SectionExtent, width: number, height: number, insets: Insets, vScale = 1): { centre: Vec3; zoom: number } {
  const w = Math.max(1, width - insets.left - insets.right), h = Math.max(1, height - insets.top - insets.bottom);
  const fr = frameExtent(f, e, w / h, vScale);
  const zoom = w / (2 * fr.halfWidth);
  // The plot area's centre lies (left − right) / 2 px right of and (bottom − top) / 2 px above the view's.
  const du = (insets.left - insets.right) / 2 / zoom, dv = (insets.bottom - insets.top) / 2 / zoom / vScale;
  return { centre: [0, 1, 2].map((k) => fr.centre[k] - du * f.u[k] - dv * f.v[k]) as Vec3, zoom };
}
