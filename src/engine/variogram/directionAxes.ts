import type { Vec3 } from '../types';

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
