/**
 * Hole trace by minimum curvature through survey stations (the generator's own, written
 * independently of src/engine so the two check each other). Between stations with unit
 * directions t1, t2 and dogleg β the path is the circular arc tangent to both; at angle
 * θ ∈ [0, β] along it (arc length s = L·θ/β):
 *   t(θ) = (sin(β−θ)·t1 + sin θ·t2) / sin β
 *   p(θ) = p1 + (L/β)·[(cos(β−θ) − cos β)·t1 + (1 − cos θ)·t2] / sin β
 * which at θ = β is the usual ΔMD/2·RF·(t1 + t2), RF = 2/β·tan(β/2)
 * (Sawaryn & Thorogood 2005, SPE Drilling & Completion 20(1)).
 */

const DEG = Math.PI / 180;

/** Unit direction (east, north, up) of an azimuth and a dip (degrees, dip negative down). */
export function direction(az: number, dip: number): [number, number, number] {
  const a = az * DEG, d = dip * DEG;
  return [Math.sin(a) * Math.cos(d), Math.cos(a) * Math.cos(d), Math.sin(d)];
}

/** A desurveyed hole: positionAt(md) in local coordinates. */
export interface Trace {
  positionAt(md: number): [number, number, number];
}

/** Minimum-curvature trace from a collar (local x, y, z) and stations (md ascending, first at 0). */
export function minimumCurvatureTrace(collar: [number, number, number], md: number[], az: number[], dip: number[]): Trace {
  const n = md.length;
  const t = md.map((_, i) => direction(az[i], dip[i]));
  const p: [number, number, number][] = [collar];
  const beta: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const a = t[i], b = t[i + 1];
    const dot = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
    beta.push(Math.acos(dot));
    p.push(arcPoint(p[i], a, b, beta[i], md[i + 1] - md[i], 1));
  }
  return {
    positionAt(m) {
      let i = 0;
      while (i + 1 < n && md[i + 1] <= m) i++;
      if (i + 1 >= n) {
        // Beyond the last station: straight along its direction.
        const d = m - md[n - 1];
        return [p[n - 1][0] + d * t[n - 1][0], p[n - 1][1] + d * t[n - 1][1], p[n - 1][2] + d * t[n - 1][2]];
      }
      const L = md[i + 1] - md[i];
      return arcPoint(p[i], t[i], t[i + 1], beta[i], L, (m - md[i]) / L);
    },
  };
}

function arcPoint(p1: number[], t1: number[], t2: number[], beta: number, L: number, f: number): [number, number, number] {
  if (beta < 1e-7) {
    // Straight (directions equal to ~1e-7 rad): p1 + s·(t1 + f/2·(t2 − t1)).
    const s = L * f;
    return [0, 1, 2].map((k) => p1[k] + s * (t1[k] + (f / 2) * (t2[k] - t1[k]))) as [number, number, number];
  }
  const th = f * beta, sb = Math.sin(beta);
  const c1 = (Math.cos(beta - th) - Math.cos(beta)) / sb, c2 = (1 - Math.cos(th)) / sb;
  return [0, 1, 2].map((k) => p1[k] + (L / beta) * (c1 * t1[k] + c2 * t2[k])) as [number, number, number];
}
