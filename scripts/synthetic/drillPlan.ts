import { createRng as seeded, type Rng } from './prng';
import {
  NORMAL_VEC, STRIKE, fromLodeFrame, lodeCentre, lodeFrame, lodeThickness, topography,
} from './goldModel';
import { direction, minimumCurvatureTrace, type Trace } from './holeTrace';

/** One planned and drilled hole (local coordinates, metres, degrees). */
export interface Hole {
  id: string;
  /** Drilling campaign 1..3 (campaign 1 holes were assayed for Au only). */
  campaign: number;
  collar: [number, number, number];
  depth: number;
  /** Survey stations: downhole depth, azimuth, dip (negative down). */
  at: number[]; az: number[]; dip: number[];
  trace: Trace;
  /** Downhole depth where the hole crosses the lode's centre surface (NaN if it does not). */
  lodeDepth: number;
  /** Lode target of the plan: strike offset u and down-dip offset v (m). */
  target: [number, number];
}

/** Survey station spacing (m). */
export const SURVEY_STEP = 30;

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Signed distance (m) from the lode's centre surface along its normal, hanging wall positive. */
function lodeSide(p: [number, number, number]): number {
  const [u, v, w] = lodeFrame(p[0], p[1], p[2]);
  return w - lodeCentre(u, v);
}

/** Downhole depth where the trace crosses the lode centre from hanging wall to footwall, or NaN. */
export function lodeCrossing(trace: Trace, maxDepth: number): number {
  let prev = lodeSide(trace.positionAt(0));
  for (let m = 2; m <= maxDepth; m += 2) {
    const g = lodeSide(trace.positionAt(m));
    if (prev > 0 && g <= 0) {
      let lo = m - 2, hi = m;
      for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        if (lodeSide(trace.positionAt(mid)) > 0) lo = mid; else hi = mid;
      }
      return (lo + hi) / 2;
    }
    prev = g;
  }
  return NaN;
}

/** Survey stations every SURVEY_STEP m to `to`, following the hole's drift, rounded as an instrument reports. */
function stations(rng: Rng, az0: number, dip0: number, dipRate: number, azRate: number, to: number) {
  const at: number[] = [], az: number[] = [], dip: number[] = [];
  const wob = rng.uniform(0, 2 * Math.PI);
  for (let m = 0; m <= to + 1e-9; m += SURVEY_STEP) {
    at.push(m);
    const noise = m === 0 ? 0 : 1;
    dip.push(round(dip0 + (dipRate * m) / 100 + noise * (0.3 * Math.sin(m / 45 + wob) + 0.1 * rng.normal()), 1));
    az.push(round((az0 + (azRate * m) / 100 + noise * (0.4 * Math.cos(m / 60 + wob) + 0.15 * rng.normal()) + 360) % 360, 1));
  }
  return { at, az, dip };
}

/** Planned lode targets (u, v) per drill section and the campaign that drilled each. */
function targets(): { u: number; v: number; campaign: number }[] {
  const out: { u: number; v: number; campaign: number }[] = [];
  for (let k = 0; k < 24; k++) {
    const u = -460 + 40 * k, au = Math.abs(u), stagger = k % 2 === 0 ? 0 : 20;
    const vs = au <= 300 ? [70, 150, 235, 320] : au <= 380 ? [70, 150, 235] : [70, 160];
    for (const v0 of vs) {
      const v = v0 + stagger;
      out.push({ u, v, campaign: v <= 170 && au <= 100 ? 1 : v <= 260 ? 2 : 3 });
    }
    if (u >= 100 && u <= 180) out.push({ u, v: 410, campaign: 3 });
  }
  return out.sort((a, b) => a.campaign - b.campaign || a.u - b.u || a.v - b.v);
}

/** The drill programme: collars on the topography, inclined holes across the lode, curved by drift. */
export function drillHoles(rng: Rng): Hole[] {
  return targets().map((tg, i) => {
    const id = `SG${String(i + 1).padStart(3, '0')}`;
    const T = fromLodeFrame(tg.u, tg.v, lodeCentre(tg.u, tg.v));
    const az0 = round(STRIKE + 270 + 3 * rng.normal(), 1);
    const dip0 = round(Math.min(-50, Math.max(-75, -(50 + (22 * Math.min(1, tg.v / 410))) + 1.5 * rng.normal())), 1);
    const dipRate = rng.uniform(1.0, 2.5), azRate = rng.uniform(0.5, 3.0);
    const tail = rng.uniform(25, 55);
    const srng = rng.uniform(0, 1e9) >>> 0;
    const h = direction(az0, dip0);
    // Straight-line plan back from the target to the ground, then shift the collar so the curved hole hits it.
    let L = (topography(T[0], T[1]) - T[2]) / -h[2];
    for (let k = 0; k < 20; k++) L = (topography(T[0] - L * h[0], T[1] - L * h[1]) - T[2]) / -h[2];
    let cx = T[0] - L * h[0], cy = T[1] - L * h[1];
    let st = stations(seeded(srng), az0, dip0, dipRate, azRate, 900);
    let collar: [number, number, number] = [cx, cy, topography(cx, cy)];
    let mdX = NaN;
    for (let it = 0; it < 4; it++) {
      collar = [round(cx, 2), round(cy, 2), round(topography(cx, cy), 2)];
      const trace = minimumCurvatureTrace(collar, st.at, st.az, st.dip);
      mdX = lodeCrossing(trace, 900);
      const X = trace.positionAt(mdX);
      cx += T[0] - X[0]; cy += T[1] - X[1];
    }
    // End of hole: through the lode's footwall plus a tail.
    const trace0 = minimumCurvatureTrace(collar, st.at, st.az, st.dip);
    const X = trace0.positionAt(mdX);
    const [u, v] = lodeFrame(X[0], X[1], X[2]);
    const t = lodeThickness(u, v);
    const d1 = trace0.positionAt(mdX + 0.5), d0 = trace0.positionAt(mdX - 0.5);
    const cosA = Math.abs((d1[0] - d0[0]) * NORMAL_VEC[0] + (d1[1] - d0[1]) * NORMAL_VEC[1] + (d1[2] - d0[2]) * NORMAL_VEC[2]);
    const depth = round(mdX + t / 2 / Math.max(cosA, 0.3) + tail, 1);
    const keep = st.at.filter((m) => m <= depth).length;
    st = { at: st.at.slice(0, keep), az: st.az.slice(0, keep), dip: st.dip.slice(0, keep) };
    if (depth - st.at[keep - 1] >= 10) {
      // End-of-hole survey shot: the drift continued to the bottom.
      const full = stations(seeded(srng), az0, dip0, dipRate, azRate, 900);
      const next = full.at.length > keep ? keep : keep - 1;
      const f = (depth - st.at[keep - 1]) / SURVEY_STEP;
      st.at.push(depth);
      st.dip.push(round(st.dip[keep - 1] + f * (full.dip[next] - st.dip[keep - 1]), 1));
      const dAz = ((full.az[next] - st.az[keep - 1] + 540) % 360) - 180;
      st.az.push(round((st.az[keep - 1] + f * dAz + 360) % 360, 1));
    }
    const trace = minimumCurvatureTrace(collar, st.at, st.az, st.dip);
    return {
      id, campaign: tg.campaign, collar, depth, ...st, trace,
      lodeDepth: lodeCrossing(trace, depth), target: [tg.u, tg.v],
    };
  });
}
