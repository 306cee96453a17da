import type { Vec3 } from '../types';
import { anisotropyAxes } from '../geometry/anisotropy';

const DEG = Math.PI / 180;

/** Unit vector (east, north, up) of a GSLIB direction: azimuth clockwise from north, dip negative downward (degrees). */
export function directionVector(azimuth: number, dip: number): Vec3 {
  const a = azimuth * DEG, d = dip * DEG;
  return [Math.sin(a) * Math.cos(d), Math.cos(a) * Math.cos(d), Math.sin(d)];
}

const tidy = (deg: number) => Math.round(deg * 1e9) / 1e9 + 0;

/**
 * GSLIB angles [azimuth, dip, rake] (degrees) whose major axis u1 is `major` and whose
 * semi-major axis u2 is `semi` up to sign (both unit, orthogonal), inverting the axis
 * formulas of shared/reference/README.md: A = atan2(u1x, u1y), D = asin(u1z),
 * R = atan2(u2·w, u2·h) with h = (−cosA, sinA, 0), w = (−sinA sinD, −cosA sinD, cosD).
 * The sign of u2 is chosen so that the rake lies in (−90, 90]; azimuth in [0, 360).
 */
export function anglesFromAxes(major: ArrayLike<number>, semi: ArrayLike<number>): Vec3 {
  const horiz = Math.hypot(major[0], major[1]);
  const A = horiz < 1e-12 ? 0 : Math.atan2(major[0], major[1]);
  const D = Math.asin(Math.max(-1, Math.min(1, major[2])));
  const sA = Math.sin(A), cA = Math.cos(A), sD = Math.sin(D), cD = Math.cos(D);
  const uh = -cA * semi[0] + sA * semi[1];
  const uw = -sA * sD * semi[0] - cA * sD * semi[1] + cD * semi[2];
  let R = Math.atan2(uw, uh) / DEG;
  if (R > 90) R -= 180;
  else if (R <= -90) R += 180;
  let az = A / DEG;
  if (az < 0) az += 360;
  return [tidy(az) % 360, tidy(D / DEG), tidy(R)];
}

/**
 * Experimental-variogram directions along the three axes (major, semi-major, minor) of GSLIB
 * angles: each axis as azimuth/dip (the downward sense; horizontal axes with azimuth in
 * [0, 180)), 22.5° tolerances; a steep axis (|dip| > 67.5°) takes every azimuth (as gamv's
 * vertical directions do), its dip within 22.5°.
 */
export function axisDirections(angles: Vec3): { azimuth: number; dip: number; tolerance: number; dipTolerance: number }[] {
  const u = anisotropyAxes(angles);
  return [0, 1, 2].map((r) => {
    let v = [u[3 * r], u[3 * r + 1], u[3 * r + 2]];
    const flat = Math.abs(v[2]) <= 1e-12, az = Math.atan2(v[0], v[1]);
    if (flat ? az < -1e-12 || az >= Math.PI - 1e-12 : v[2] > 0) v = v.map((c) => -c);
    const dip = tidy(Math.asin(Math.max(-1, Math.min(1, v[2]))) / DEG);
    let azimuth = Math.hypot(v[0], v[1]) < 1e-9 ? 0 : tidy(Math.atan2(v[0], v[1]) / DEG);
    if (azimuth < 0) azimuth += 360;
    return { azimuth, dip, tolerance: Math.abs(dip) > 67.5 ? 90 : 22.5, dipTolerance: 22.5 };
  });
}
