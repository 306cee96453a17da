/**
 * Minimum-curvature geometry between two survey stations.
 *
 * Between stations 1 and 2 the well path is the circular arc tangent to both station
 * directions t1, t2 (unit vectors). With inclination I from vertical and azimuth A:
 *   dogleg  β  = acos(cos(I2−I1) − sinI1·sinI2·(1 − cos(A2−A1)))   (= the angle between t1 and t2)
 *   ratio   RF = 2/β · tan(β/2)   (RF → 1 as β → 0)
 *   Δ(E,N,TVD) = ΔMD/2 · (t1 + t2) · RF
 * (Sawaryn & Thorogood 2005, "A compendium of directional calculations based on the minimum
 * curvature method", SPE Drilling & Completion 20(1); ISCWSA.) Here the same formula is written on
 * direction vectors (east, north, up), which is equivalent, wraps azimuth 359→1 by itself and
 * is exact at dip ±90. β is computed as atan2(|t1×t2|, t1·t2), accurate for small angles.
 *
 * A point at arc length s ∈ [0, ΔMD] of the segment is the minimum-curvature step from t1 to the
 * direction t(s) = slerp(t1, t2, s/ΔMD) over length s: it lies on the same circle.
 */

const DEG = Math.PI / 180;

/** Doglegs closer than this to π (a hole reversing onto itself) have no unique arc. */
export const MAX_DOGLEG = Math.PI - 1e-9;

/** Unit direction (east, north, up) of azimuth (degrees clockwise from north) and dip (degrees, negative down). */
export function directionOf(azimuthDeg: number, dipDeg: number, out: Float64Array | number[], o = 0): void {
  const a = azimuthDeg * DEG, d = dipDeg * DEG;
  const cd = Math.cos(d);
  out[o] = Math.sin(a) * cd;
  out[o + 1] = Math.cos(a) * cd;
  out[o + 2] = Math.sin(d);
  // Exact zeros at dip ±90 (cos(π/2) is 6e-17 in floating point).
  if (Math.abs(dipDeg) === 90) { out[o] = 0; out[o + 1] = 0; out[o + 2] = Math.sign(dipDeg); }
}

/** Angle (radians) between unit vectors a and b: the dogleg. */
export function dogleg(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
  return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
}

/** Minimum-curvature ratio factor RF = 2/β·tan(β/2) (series 1 + β²/12 + β⁴/120 near 0). */
export function ratioFactor(beta: number): number {
  if (beta < 1e-4) return 1 + (beta * beta) / 12;
  return (2 / beta) * Math.tan(beta / 2);
}

/**
 * Unit direction at fraction f ∈ [0, 1] along the arc from t1 to t2 (spherical interpolation),
 * written at out[o..o+2]. beta is the dogleg between t1 and t2.
 */
export function arcDirection(
  t1x: number, t1y: number, t1z: number, t2x: number, t2y: number, t2z: number,
  beta: number, f: number, out: Float64Array | number[], o = 0,
): void {
  let x: number, y: number, z: number;
  if (beta < 1e-9) {
    x = t1x + f * (t2x - t1x); y = t1y + f * (t2y - t1y); z = t1z + f * (t2z - t1z);
  } else {
    const s = Math.sin(beta), w1 = Math.sin((1 - f) * beta) / s, w2 = Math.sin(f * beta) / s;
    x = w1 * t1x + w2 * t2x; y = w1 * t1y + w2 * t2y; z = w1 * t1z + w2 * t2z;
  }
  const n = Math.sqrt(x * x + y * y + z * z);
  out[o] = x / n; out[o + 1] = y / n; out[o + 2] = z / n;
}

/**
 * Displacement (east, north, up) over measured length dmd from direction t1 to direction t2
 * by minimum curvature, written at out[o..o+2]. Same length unit as dmd.
 */
export function minimumCurvatureStep(
  t1x: number, t1y: number, t1z: number, t2x: number, t2y: number, t2z: number,
  dmd: number, out: Float64Array | number[], o = 0,
): void {
  const beta = Math.min(dogleg(t1x, t1y, t1z, t2x, t2y, t2z), MAX_DOGLEG);
  const k = (dmd / 2) * ratioFactor(beta);
  out[o] = k * (t1x + t2x);
  out[o + 1] = k * (t1y + t2y);
  out[o + 2] = k * (t1z + t2z);
}
