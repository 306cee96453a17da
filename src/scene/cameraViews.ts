import type { Vec3 } from '../engine/types';
import type { Bounds } from './bounds';

/** Camera presets of the toolbar (store ViewCommand kinds). */
export type ViewKind = 'fit' | 'plan' | 'sectionNS' | 'sectionEW' | 'iso';

/**
 * Direction from the target to the camera for a preset (Z up, X east, Y north):
 * plan looks down with north up; section N–S looks west from the east (north to the right);
 * section E–W looks north from the south (east to the right); 3D looks from the south-west, 35° up.
 * 'fit' keeps the current direction.
 */
export function viewDirection(kind: ViewKind, current: Vec3): Vec3 {
  switch (kind) {
    // A hair south of vertical: orbit controls need a defined azimuth, and it makes north point up.
    case 'plan': return normalize([0, -1e-4, 1]);
    case 'sectionNS': return [1, 0, 0];
    case 'sectionEW': return [0, -1, 0];
    case 'iso': {
      const el = (35 * Math.PI) / 180, az = (225 * Math.PI) / 180; // azimuth clockwise from north: SW
      return [Math.sin(az) * Math.cos(el), Math.cos(az) * Math.cos(el), Math.sin(el)];
    }
    case 'fit': return normalize(current);
  }
}

function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return l > 0 ? [v[0] / l, v[1] / l, v[2] / l] : [0, 0, 1];
}

/** Distance at which a sphere of `radius` fills the view of a perspective camera (vertical fov in degrees, aspect w/h), with a margin. */
export function fitDistance(radius: number, fovDeg: number, aspect: number, margin = 1.1): number {
  const vHalf = (fovDeg * Math.PI) / 360;
  const hHalf = Math.atan(Math.tan(vHalf) * Math.max(aspect, 1e-3));
  return (margin * radius) / Math.sin(Math.min(vHalf, hHalf));
}

/** Camera position and target (scene frame) that show `bounds` from the preset's direction. */
export function presetCamera(kind: ViewKind, bounds: Bounds, fovDeg: number, aspect: number, current: Vec3): { position: Vec3; target: Vec3 } {
  const target: Vec3 = [0, 1, 2].map((a) => (bounds.min[a] + bounds.max[a]) / 2) as Vec3;
  const radius = 0.5 * Math.hypot(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]) || 1;
  const d = viewDirection(kind, current);
  const dist = fitDistance(radius, fovDeg, aspect);
  return { position: [target[0] + d[0] * dist, target[1] + d[1] * dist, target[2] + d[2] * dist], target };
}

/** Scene-frame point (relative to the local origin, Z exaggerated) → real coordinates. */
export function toReal(p: Vec3, origin: Vec3, ve: number): Vec3 {
  return [p[0] + origin[0], p[1] + origin[1], p[2] / ve + origin[2]];
}

/** Real coordinates → scene frame (relative to the local origin, Z exaggerated). */
export function toScene(p: Vec3, origin: Vec3, ve: number): Vec3 {
  return [p[0] - origin[0], p[1] - origin[1], (p[2] - origin[2]) * ve];
}
