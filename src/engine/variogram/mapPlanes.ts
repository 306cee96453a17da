import { anisotropyAxes } from '../geometry/anisotropy';
import type { Vec3 } from '../types';
import type { MapPlaneAxes } from './variogramMap';

/**
 * Planes a variogram map can be drawn in, chosen from the model's GSLIB angles:
 * - 'horizontal': u east, v north (plan view, north up);
 * - 'dip': the plane of the major and semi-major axes (the plane of the lode), u along its strike
 *   (horizontal, dip direction − 90°: right-hand rule), v up its dip; the major axis shows at its pitch;
 * - 'alongMajor': the vertical plane through the major axis' azimuth, u along the azimuth, v up;
 * - 'acrossMajor': the vertical plane at right angles to it, u along azimuth + 90°, v up.
 */
export type MapPlane = 'horizontal' | 'dip' | 'alongMajor' | 'acrossMajor';
export const MAP_PLANES: MapPlane[] = ['horizontal', 'dip', 'alongMajor', 'acrossMajor'];

const DEG = Math.PI / 180;
const unit = (a: Vec3): Vec3 => { const l = Math.hypot(...a); return [a[0] / l, a[1] / l, a[2] / l]; };
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/** The map axes (u, v) of a plane for a model with GSLIB `angles` (azimuth, dip, rake; degrees). */
export function mapPlaneAxes(plane: MapPlane, angles: Vec3): MapPlaneAxes {
  const az = angles[0] * DEG;
  if (plane === 'horizontal') return { u: [1, 0, 0], v: [0, 1, 0] };
  if (plane === 'alongMajor') return { u: [Math.sin(az), Math.cos(az), 0], v: [0, 0, 1] };
  if (plane === 'acrossMajor') return { u: [Math.cos(az), -Math.sin(az), 0], v: [0, 0, 1] };
  const a = anisotropyAxes(angles);
  let normal: Vec3 = [a[6], a[7], a[8]];
  if (normal[2] < 0) normal = [-normal[0], -normal[1], -normal[2]];
  // A flat-lying plane has no strike: show it as the horizontal map.
  if (Math.hypot(normal[0], normal[1]) < 1e-9) return { u: [1, 0, 0], v: [0, 1, 0] };
  // Strike: horizontal and in the plane; up-dip = normal × strike (points upward for an upward normal).
  const strike = unit(cross([0, 0, 1], normal));
  return { u: strike, v: unit(cross(normal, strike)) };
}

/** The model's major axis (u1) projected on the map's axes, as a unit 2-D direction; null when it is across the plane. */
export function majorOnMap(axes: MapPlaneAxes, angles: Vec3): [number, number] | null {
  const a = anisotropyAxes(angles);
  const pu = a[0] * axes.u[0] + a[1] * axes.u[1] + a[2] * axes.u[2];
  const pv = a[0] * axes.v[0] + a[1] * axes.v[1] + a[2] * axes.v[2];
  const l = Math.hypot(pu, pv);
  return l < 1e-6 ? null : [pu / l, pv / l];
}
