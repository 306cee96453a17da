import { createRng } from './prng';
import { exponentialField, type RandomField } from './randomField';

/**
 * The "true" synthetic orogenic gold deposit: topography, a dipping tabular lode with a
 * plunging high-grade shoot, and lognormal Au/Ag/Cu fields. Lengths in metres; world
 * coordinates are local offsets (x east, y north from ORIGIN) plus z elevation.
 */

/** World coordinates of local (0, 0): UTM-like easting/northing, metres. */
export const ORIGIN = { easting: 512_000, northing: 2_834_000 } as const;

const DEG = Math.PI / 180;
/** Lode strike (azimuth, degrees) and dip (degrees, towards strike + 90). */
export const STRIKE = 80;
export const DIP = 60;
/** Rake of the high-grade shoot in the lode plane, degrees from strike (towards +strike) down dip. */
export const SHOOT_RAKE = 55;
/** A point of the lode plane (local x, y, z): on the subcrop. */
export const LODE_POINT: [number, number, number] = [0, 0, 470];
/** Strike half-length (full grade within STRIKE_FULL, none beyond STRIKE_END), metres along strike. */
export const STRIKE_FULL = 320, STRIKE_END = 410;
/** Down-dip extent (full grade to DIP_FULL, none beyond DIP_END), metres down dip from LODE_POINT. */
export const DIP_FULL = 330, DIP_END = 420;
/** Depth below surface of the leached cap: no lode grade above TOP_START, full below TOP_FULL. */
export const TOP_START = 10, TOP_FULL = 40;
/** Shoot axis passes through strike offset SHOOT_U at v = 0; Gaussian half-width (1σ) in the plane. */
export const SHOOT_U = -150, SHOOT_SIGMA = 50;

/** Detection limits written as '<DL'. */
export const DETECTION = { Au: 0.01, Ag: 0.1, Cu: 0.001 } as const;

const sS = Math.sin(STRIKE * DEG), cS = Math.cos(STRIKE * DEG);
const sD = Math.sin(DIP * DEG), cD = Math.cos(DIP * DEG);
/** Unit vector along strike (horizontal). */
export const STRIKE_VEC = [sS, cS, 0] as const;
/** Unit vector down dip (towards azimuth strike + 90, downwards). */
export const DOWNDIP_VEC = [cD * cS, -cD * sS, -sD] as const;
/** Unit normal of the lode pointing to the hanging wall (upwards). */
export const NORMAL_VEC = [sD * cS, -sD * sS, cD] as const;
const sR = Math.sin(SHOOT_RAKE * DEG), cR = Math.cos(SHOOT_RAKE * DEG);
/** Unit vector along the shoot axis (down-plunge). */
export const SHOOT_VEC = [0, 1, 2].map((i) => cR * STRIKE_VEC[i] + sR * DOWNDIP_VEC[i]) as [number, number, number];
/** In-plane unit vector across the shoot (perpendicular to SHOOT_VEC). */
export const ACROSS_SHOOT_VEC = [0, 1, 2].map((i) => -sR * STRIKE_VEC[i] + cR * DOWNDIP_VEC[i]) as [number, number, number];

/** Ground elevation (m) at local (x, y): a gentle hill, ~390–550 m over the drilled area. */
export function topography(x: number, y: number): number {
  return 470 + 35 * Math.sin(x / 260 + 0.4) * Math.cos(y / 310 - 0.3) + 0.04 * x - 0.03 * y;
}

/** Lode-frame coordinates of a local point: u along strike, v down dip, w towards the hanging wall (m). */
export function lodeFrame(x: number, y: number, z: number): [number, number, number] {
  const dx = x - LODE_POINT[0], dy = y - LODE_POINT[1], dz = z - LODE_POINT[2];
  return [
    dx * STRIKE_VEC[0] + dy * STRIKE_VEC[1],
    dx * DOWNDIP_VEC[0] + dy * DOWNDIP_VEC[1] + dz * DOWNDIP_VEC[2],
    dx * NORMAL_VEC[0] + dy * NORMAL_VEC[1] + dz * NORMAL_VEC[2],
  ];
}

/** Local point of lode-frame coordinates (u, v, w). */
export function fromLodeFrame(u: number, v: number, w: number): [number, number, number] {
  return [0, 1, 2].map((i) => LODE_POINT[i] + u * STRIKE_VEC[i] + v * DOWNDIP_VEC[i] + w * NORMAL_VEC[i]) as [number, number, number];
}

/** Offset (m, along the normal) of the lode's centre surface from the plane: gentle undulations. */
export function lodeCentre(u: number, v: number): number {
  return 3.5 * Math.sin((2 * Math.PI * u) / 330 + 0.7) + 2.5 * Math.sin((2 * Math.PI * v) / 240 + 1.9);
}

/** True thickness of the lode (m), 5–20. */
export function lodeThickness(u: number, v: number): number {
  const t = 11 + 5 * Math.sin((2 * Math.PI * u) / 410 + 2.1) + 3.5 * Math.cos((2 * Math.PI * v) / 290 + 0.3)
    + 2 * Math.sin((2 * Math.PI * (u + v)) / 170);
  return Math.min(20, Math.max(5, t));
}

function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/** Mineralisation intensity of the lode (0..1) at lode coordinates (u, v) and depth below surface. */
export function lodeIntensity(u: number, v: number, depth: number): number {
  return (1 - smoothstep(STRIKE_FULL, STRIKE_END, Math.abs(u))) * (1 - smoothstep(DIP_FULL, DIP_END, v))
    * smoothstep(TOP_START, TOP_FULL, depth);
}

/** Shoot factor (0..1): Gaussian across the plunging shoot axis in the lode plane. */
export function shootFactor(u: number, v: number): number {
  const q = -(u - SHOOT_U) * sR + v * cR;
  return Math.exp(-(q * q) / (2 * SHOOT_SIGMA * SHOOT_SIGMA));
}

/** Point grades before the per-sample nugget: Au g/t, Ag g/t, Cu %. */
export interface PointGrade { au: number; ag: number; cu: number; inLode: boolean }

/** The deposit's random fields, built from a fixed seed. */
export interface GoldFields {
  auLode: RandomField; agLode: RandomField; cuLode: RandomField;
  auHalo: RandomField; agHalo: RandomField; cuHalo: RandomField;
}

/** The deposit's correlated fields (fixed seed: the deposit is the same on every run). */
export function makeFields(seed: number): GoldFields {
  const rng = createRng(seed);
  const lodeAxes = [...SHOOT_VEC, ...ACROSS_SHOOT_VEC, ...NORMAL_VEC];
  const iso = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  return {
    auLode: exponentialField(rng, [140, 70, 12], lodeAxes),
    agLode: exponentialField(rng, [100, 60, 12], lodeAxes),
    cuLode: exponentialField(rng, [180, 90, 15], lodeAxes),
    auHalo: exponentialField(rng, [80, 80, 40], iso),
    agHalo: exponentialField(rng, [80, 80, 40], iso),
    cuHalo: exponentialField(rng, [150, 150, 60], iso),
  };
}

/** Grades at a local point (no per-sample nugget). */
export function pointGrade(f: GoldFields, x: number, y: number, z: number): PointGrade {
  const [u, v, w] = lodeFrame(x, y, z);
  const c = lodeCentre(u, v), t = lodeThickness(u, v);
  const out = Math.max(0, Math.abs(w - c) - t / 2);
  const halo = Math.exp(-out / 8);
  let au = Math.exp(Math.log(0.045) + 1.3 * halo + 0.5 * f.auHalo.at(x, y, z));
  let ag = Math.exp(Math.log(0.3) + 0.8 * halo + 0.4 * f.agHalo.at(x, y, z));
  let cu = Math.exp(Math.log(0.007) + 0.6 * halo + 0.4 * f.cuHalo.at(x, y, z));
  const inLode = out === 0;
  if (inLode) {
    const m = lodeIntensity(u, v, topography(x, y) - z);
    if (m > 0) {
      const s = shootFactor(u, v);
      const ya = f.auLode.at(x, y, z);
      const auL = Math.exp(Math.log(1.1) + 1.7 * s + 0.8 * ya);
      au += m * auL;
      ag += m * 1.6 * Math.pow(auL, 0.85) * Math.exp(0.35 * f.agLode.at(x, y, z));
      cu += m * Math.exp(Math.log(0.06) + 0.5 * s + 0.25 * ya + 0.6 * f.cuLode.at(x, y, z));
    }
  }
  return { au, ag, cu, inLode };
}

/**
 * GSLIB angles [azimuth, dip, rake] (degrees) of the frame whose major axis is `major`
 * and whose minor axis is ±`normal` (shared/reference/README.md geometry):
 * u1 = (sinA cosD, cosA cosD, sinD), u3 = −sinR·h + cosR·w.
 */
export function gslibAngles(major: readonly number[], normal: readonly number[]): [number, number, number] {
  const A = Math.atan2(major[0], major[1]), D = Math.asin(major[2]);
  const h = [-Math.cos(A), Math.sin(A), 0];
  const wv = [-Math.sin(A) * Math.sin(D), -Math.cos(A) * Math.sin(D), Math.cos(D)];
  let nh = normal[0] * h[0] + normal[1] * h[1] + normal[2] * h[2];
  let nw = normal[0] * wv[0] + normal[1] * wv[1] + normal[2] * wv[2];
  if (nw < 0) { nh = -nh; nw = -nw; }
  const R = Math.atan2(-nh, nw);
  const deg = (r: number) => Math.round((r / DEG) * 10) / 10;
  return [(deg(A) + 360) % 360, deg(D), deg(R)];
}
