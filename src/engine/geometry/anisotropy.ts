import type { Vec3 } from '../types';

const DEG = Math.PI / 180;

/**
 * Rotation-and-scaling matrix of a GSLIB anisotropy (row-major 3×3): M·d gives the
 * offset d = (dx, dy, dz) in units of the ranges along (major, semi-major, minor), so
 * |M·d| = 1 on the ellipsoid surface.
 *
 * Angles (degrees) are GSLIB's ang1 = azimuth A (clockwise from north), ang2 = dip D
 * (negative downward), ang3 = rake R; axes exactly as in shared/reference/README.md:
 *   u1 = ( sinA cosD,  cosA cosD,  sinD)
 *   h  = (-cosA, sinA, 0),  w = (-sinA sinD, -cosA sinD, cosD)
 *   u2 =  cosR·h + sinR·w,  u3 = -sinR·h + cosR·w
 * (GSLIB setrot, as copied by gstat's get_tm.)
 */
export function anisotropyMatrix(ranges: Vec3, angles: Vec3): Float64Array {
  const u = anisotropyAxes(angles);
  const m = new Float64Array(9);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) m[r * 3 + c] = u[r * 3 + c] / ranges[r];
  }
  return m;
}

/** Unit axes (u1, u2, u3) of a GSLIB rotation as rows of a row-major 3×3 matrix. */
export function anisotropyAxes(angles: Vec3): Float64Array {
  const [a, d, r] = [angles[0] * DEG, angles[1] * DEG, angles[2] * DEG];
  const sA = Math.sin(a), cA = Math.cos(a), sD = Math.sin(d), cD = Math.cos(d), sR = Math.sin(r), cR = Math.cos(r);
  const h = [-cA, sA, 0];
  const w = [-sA * sD, -cA * sD, cD];
  return new Float64Array([
    sA * cD, cA * cD, sD,
    cR * h[0] + sR * w[0], cR * h[1] + sR * w[1], cR * h[2] + sR * w[2],
    -sR * h[0] + cR * w[0], -sR * h[1] + cR * w[1], -sR * h[2] + cR * w[2],
  ]);
}

/** Squared anisotropic (range-scaled) length of the offset (dx, dy, dz) under matrix m. */
export function scaledDistance2(m: Float64Array, dx: number, dy: number, dz: number): number {
  const a = m[0] * dx + m[1] * dy + m[2] * dz;
  const b = m[3] * dx + m[4] * dy + m[5] * dz;
  const c = m[6] * dx + m[7] * dy + m[8] * dz;
  return a * a + b * b + c * c;
}
