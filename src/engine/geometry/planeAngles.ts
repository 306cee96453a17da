import type { Vec3 } from '../types';
import { anglesFromAxes } from '../variogram/directionAxes';
import { anisotropyAxes } from './anisotropy';

const DEG = Math.PI / 180;

/** An ellipsoid's orientation as a geologist reads it: the plane of its major and semi-major axes and the major axis in it. */
export interface PlaneAngles {
  /** Dip of the plane below horizontal, degrees in [0, 90]. */
  dip: number;
  /** Azimuth of the plane's steepest descent, clockwise from north, degrees in [0, 360). */
  dipDirection: number;
  /** Angle in the plane from the strike (dip direction − 90°) towards the down-dip line to the major axis, degrees in [0, 180). */
  pitch: number;
}

const tidy = (deg: number) => Math.round(deg * 1e9) / 1e9 + 0;
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Strike and down-dip unit vectors of a plane (east, north, up). */
function planeVectors(dip: number, dipDirection: number): [Vec3, Vec3] {
  const d = dip * DEG, a = dipDirection * DEG, s = a - Math.PI / 2;
  return [[Math.sin(s), Math.cos(s), 0], [Math.sin(a) * Math.cos(d), Math.cos(a) * Math.cos(d), -Math.sin(d)]];
}

/**
 * Dip, dip direction and pitch of GSLIB angles [azimuth, dip, rake] (axes as in
 * shared/reference/README.md): the plane holds u1 and u2, its upward normal ±u3 gives dip =
 * acos(n_z) and dip direction = atan2(n_x, n_y); pitch = atan2(u1·down-dip, u1·strike), u1's
 * sign chosen so that pitch lies in [0, 180). A horizontal plane gets dip direction 0 (strike west).
 */
export function planeFromGslib(angles: Vec3): PlaneAngles {
  const u = anisotropyAxes(angles);
  let n: number[] = [u[6], u[7], u[8]];
  if (n[2] < 0) n = n.map((c) => -c);
  const dip = Math.acos(Math.min(1, n[2])) / DEG;
  let dipDirection = Math.hypot(n[0], n[1]) < 1e-12 ? 0 : Math.atan2(n[0], n[1]) / DEG;
  if (dipDirection < 0) dipDirection += 360;
  const [s, dd] = planeVectors(dip, dipDirection);
  const u1 = [u[0], u[1], u[2]];
  let pitch = Math.atan2(dot(u1, dd), dot(u1, s)) / DEG;
  if (pitch < 0) pitch += 180;
  if (pitch >= 180 - 1e-9) pitch -= 180;
  return { dip: tidy(dip), dipDirection: tidy(dipDirection) % 360, pitch: tidy(pitch) };
}

/** GSLIB angles [azimuth, dip, rake] of a plane (dip, dip direction) whose major axis lies at `pitch` from strike (inverse of planeFromGslib). */
export function gslibFromPlane(p: PlaneAngles): Vec3 {
  const [s, dd] = planeVectors(p.dip, p.dipDirection);
  const c = Math.cos(p.pitch * DEG), sn = Math.sin(p.pitch * DEG);
  const u1: Vec3 = [c * s[0] + sn * dd[0], c * s[1] + sn * dd[1], c * s[2] + sn * dd[2]];
  const u2: Vec3 = [-sn * s[0] + c * dd[0], -sn * s[1] + c * dd[1], -sn * s[2] + c * dd[2]];
  return anglesFromAxes(u1, u2);
}
