import type { StructureType, Vec3, VariogramModel, VariogramStructure } from '../types';
import { correlation } from './correlation';
import { anglesFromAxes, directionVector } from './directionAxes';
import { levenbergMarquardt } from './levenbergMarquardt';

/** What the fit reads from an experimental variogram (an ExperimentalVariogram qualifies). */
export interface FitInput {
  /** Mean pair distance per lag class. */
  lags: ArrayLike<number>;
  gamma: ArrayLike<number>;
  pairs: ArrayLike<number>;
  /** Direction of a directional variogram (GSLIB azimuth/dip, degrees); absent = omnidirectional or downhole. */
  direction?: { azimuth: number; dip: number };
  /** Data variance: the starting sill. */
  variance?: number;
}

export interface FitOptions {
  /** Number of nested structures, 1..3 (default 1). */
  structures?: number;
  /** Type of each structure (default all spherical). */
  types?: StructureType[];
  /** 'free' (default) or a fixed nugget value. */
  nugget?: 'free' | number;
  /** Fixed contributions per structure (undefined entries stay free). */
  sills?: (number | undefined)[];
  /**
   * 'directions' (default when more than one experimental is given): the first direction is
   * one axis, the second (made orthogonal) another, the third axis their cross product; a
   * range is fitted along each axis. With only two directions the data never see the third
   * axis: it gets the shorter of the two ranges. 'isotropic': one range, all lags pooled.
   */
  anisotropy?: 'directions' | 'isotropic';
  /** Lags with fewer pairs are left out (default 1). */
  minPairs?: number;
  /** Bounds on every fitted range (length units); default 0.05× the shortest to 5× the longest lag distance. */
  minRange?: number;
  maxRange?: number;
}

export interface VariogramFit {
  model: VariogramModel;
  /** Weighted sum of squares Σ w(γ̂ − γ)² at the optimum, with w = pairs / distance². */
  objective: number;
  /** Lag classes used. */
  points: number;
  iterations: number;
  converged: boolean;
  /** The first starting model tried (before restarts with ranges halved and doubled), as a fixed reference for other fitters. */
  start: VariogramModel;
}

interface Point { h: number; g: number; w: number; dir: number }

const logistic = (t: number) => 1 / (1 + Math.exp(-t));
const logit = (u: number) => Math.log(u / (1 - u));

/** Orthonormal axes (rows) from the first directions; u3 = u1 × u2. */
function axesFromDirections(dirs: Vec3[]): Vec3[] {
  const u1 = dirs[0];
  const d = dirs[1];
  const dot = d[0] * u1[0] + d[1] * u1[1] + d[2] * u1[2];
  const v: Vec3 = [d[0] - dot * u1[0], d[1] - dot * u1[1], d[2] - dot * u1[2]];
  const len = Math.hypot(...v);
  if (len < 1e-6) throw new Error('variogram fit: the first two directions are parallel; an anisotropic fit needs distinct directions');
  const u2: Vec3 = [v[0] / len, v[1] / len, v[2] / len];
  const u3: Vec3 = [u1[1] * u2[2] - u1[2] * u2[1], u1[2] * u2[0] - u1[0] * u2[2], u1[0] * u2[1] - u1[1] * u2[0]];
  return [u1, u2, u3];
}

/**
 * Fit a variogram model (nugget + 1..3 nested structures) to one or more experimental
 * variograms by weighted least squares, weights w = N(h)/h² (pairs over squared mean lag
 * distance: gstat's default fit.method 7, the common GSLIB-practice choice; it favours short,
 * well-informed lags). Minimised with Levenberg–Marquardt; bounds by transforms (nugget and
 * sills = t², ranges = exp of a logistic between minRange and maxRange).
 * Start (and two restarts with the ranges halved and doubled): sill = data variance (else the
 * mean γ of the last third of lags); nugget = the first two lags extrapolated to h = 0, clamped
 * to [0.01·sill, 0.9·sill]; range = distance where γ first reaches 95% of the sill.
 * Ranges are practical ranges; anisotropy angles come from the directions (see FitOptions).
 * Structures come back ordered by increasing (longest) range, ranges as [major, semi, minor].
 */
export function fitVariogramDetailed(input: FitInput | FitInput[], opts: FitOptions = {}): VariogramFit {
  const exps = Array.isArray(input) ? input : [input];
  if (exps.length === 0) throw new Error('variogram fit: no experimental variogram given');
  const K = opts.structures ?? 1;
  if (!Number.isInteger(K) || K < 1 || K > 3) throw new Error(`variogram fit: structures must be 1, 2 or 3, got ${K}`);
  const types: StructureType[] = opts.types ?? Array(K).fill('spherical');
  if (types.length !== K) throw new Error(`variogram fit: ${types.length} types given for ${K} structures`);
  const fixedSills = opts.sills ?? [];
  const minPairs = opts.minPairs ?? 1;
  const aniso = (opts.anisotropy ?? (exps.length > 1 ? 'directions' : 'isotropic')) === 'directions' && exps.length > 1;
  if (typeof opts.nugget === 'number' && !(opts.nugget >= 0)) throw new Error(`variogram fit: a fixed nugget must be ≥ 0, got ${opts.nugget}`);

  // Axes and, per experimental, the squared direction cosines grouped by fitted range.
  let axes: Vec3[] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const nAxes = aniso ? Math.min(3, exps.length) : 1;
  const q: number[][] = exps.map(() => [1]);
  if (aniso) {
    const dirs = exps.map((e, i) => {
      if (!e.direction) throw new Error(`variogram fit: experimental ${i + 1} has no direction; an anisotropic fit needs directional variograms (or use anisotropy: 'isotropic')`);
      return directionVector(e.direction.azimuth, e.direction.dip);
    });
    axes = axesFromDirections(dirs);
    dirs.forEach((d, i) => {
      const c = axes.map((u) => (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) ** 2);
      q[i] = c.slice(0, nAxes); // with two directions c[2] = 0: both lie in the plane of u1, u2
    });
  }

  const pts: Point[] = [];
  exps.forEach((e, dir) => {
    for (let k = 0; k < e.gamma.length; k++) {
      const h = e.lags[k], g = e.gamma[k], np = e.pairs[k];
      if (np >= minPairs && np > 0 && h > 0 && Number.isFinite(h) && Number.isFinite(g)) pts.push({ h, g, w: np / (h * h), dir });
    }
  });
  if (pts.length === 0) throw new Error('variogram fit: no lag class with pairs to fit');
  const wsum = pts.reduce((s, p) => s + p.w, 0);
  for (const p of pts) p.w /= wsum;
  const hMin = Math.min(...pts.map((p) => p.h)), hMax = Math.max(...pts.map((p) => p.h));
  const lo = Math.log(opts.minRange ?? 0.05 * hMin), hi = Math.log(opts.maxRange ?? 5 * hMax);
  if (!(hi > lo)) throw new Error(`variogram fit: range bounds are empty (min ${Math.exp(lo)}, max ${Math.exp(hi)})`);

  // Starting values.
  const variance = exps.find((e) => e.variance !== undefined && e.variance > 0)?.variance;
  const first = exps.map((_, d) => pts.filter((p) => p.dir === d));
  const tailMean = (() => {
    const tail = first.flatMap((ps) => ps.slice(Math.floor((2 * ps.length) / 3)));
    return tail.reduce((s, p) => s + p.g, 0) / Math.max(1, tail.length);
  })();
  const sill0 = variance ?? (tailMean > 0 ? tailMean : Math.max(...pts.map((p) => p.g), 1e-12));
  const ps0 = first.find((ps) => ps.length >= 2) ?? first.find((ps) => ps.length > 0)!;
  let nug0 = ps0.length >= 2 ? ps0[0].g - (ps0[0].h * (ps0[1].g - ps0[0].g)) / (ps0[1].h - ps0[0].h) : 0;
  // A free nugget starts at ≥ 1% of the sill: at exactly 0 its t² parametrisation has zero gradient and could never move.
  nug0 = typeof opts.nugget === 'number' ? opts.nugget : Math.min(Math.max(Number.isFinite(nug0) ? nug0 : 0, 0.01 * sill0), 0.9 * sill0);
  const range95 = (ps: Point[]) => {
    for (let k = 0; k < ps.length; k++) {
      if (ps[k].g >= 0.95 * sill0) {
        if (k === 0) return ps[0].h;
        const a = ps[k - 1], b = ps[k];
        return a.h + ((0.95 * sill0 - a.g) / (b.g - a.g)) * (b.h - a.h);
      }
    }
    return ps.length ? ps[ps.length - 1].h : hMax;
  };
  const range0 = first.map((ps) => range95(ps));
  const axisRange0 = Array.from({ length: nAxes }, (_, a) => range0[Math.min(a, range0.length - 1)]);

  // Parameter layout: [nugget?] then per structure [sill?, log-range per axis].
  const freeNugget = typeof opts.nugget !== 'number';
  const layout = { nugget: freeNugget ? 0 : -1, sill: [] as number[], range: [] as number[] };
  let np = freeNugget ? 1 : 0;
  for (let s = 0; s < K; s++) {
    layout.sill.push(fixedSills[s] === undefined ? np++ : -1);
    layout.range.push(np); np += nAxes;
  }
  const decode = (t: Float64Array) => {
    const nugget = freeNugget ? t[0] * t[0] : (opts.nugget as number);
    const sills = types.map((_, s) => (layout.sill[s] >= 0 ? t[layout.sill[s]] ** 2 : (fixedSills[s] as number)));
    const ranges = types.map((_, s) => Array.from({ length: nAxes }, (_, a) => Math.exp(lo + (hi - lo) * logistic(t[layout.range[s] + a]))));
    return { nugget, sills, ranges };
  };
  const encodeRange = (r: number) => logit(Math.min(Math.max((Math.log(r) - lo) / (hi - lo), 1e-6), 1 - 1e-6));
  const model = (par: ReturnType<typeof decode>, p: Point) => {
    let g = par.nugget;
    for (let s = 0; s < K; s++) {
      let h2 = 0;
      for (let a = 0; a < nAxes; a++) h2 += q[p.dir][a] / (par.ranges[s][a] * par.ranges[s][a]);
      g += par.sills[s] * (1 - correlation(types[s], p.h * Math.sqrt(h2)));
    }
    return g;
  };
  const sw = pts.map((p) => Math.sqrt(p.w) / sill0);
  const residuals = (t: Float64Array, out: Float64Array) => {
    const par = decode(t);
    for (let i = 0; i < pts.length; i++) out[i] = sw[i] * (model(par, pts[i]) - pts[i].g);
  };

  const spread = [[1], [0.3, 1.2], [0.15, 0.5, 1.5]][K - 1];
  const freeSill = Math.max(sill0 - nug0 - fixedSills.reduce<number>((s, c) => s + (c ?? 0), 0), 0.05 * sill0);
  const nFree = layout.sill.filter((i) => i >= 0).length;
  let best: { t: Float64Array; cost: number; iterations: number; converged: boolean } | undefined;
  let start: ReturnType<typeof decode> | undefined;
  for (const mult of [1, 0.5, 2]) {
    const t0 = new Float64Array(np);
    if (freeNugget) t0[0] = Math.sqrt(nug0);
    for (let s = 0; s < K; s++) {
      if (layout.sill[s] >= 0) t0[layout.sill[s]] = Math.sqrt(freeSill / Math.max(1, nFree));
      for (let a = 0; a < nAxes; a++) t0[layout.range[s] + a] = encodeRange(axisRange0[a] * spread[s] * mult);
    }
    start ??= decode(t0);
    const r = levenbergMarquardt(residuals, t0, pts.length);
    if (!best || r.cost < best.cost) best = { t: r.p, cost: r.cost, iterations: r.iterations, converged: r.converged };
  }
  const toModel = (par: ReturnType<typeof decode>): VariogramModel => {
    const structures: VariogramStructure[] = types.map((type, s) => {
      if (!aniso) {
        const a = par.ranges[s][0];
        return { type, sill: par.sills[s], ranges: [a, a, a] as Vec3, angles: [0, 0, 0] as Vec3 };
      }
      const r3 = nAxes === 2 ? [...par.ranges[s], Math.min(...par.ranges[s])] : par.ranges[s];
      const order = [0, 1, 2].sort((i, j) => r3[j] - r3[i]);
      return {
        type, sill: par.sills[s],
        ranges: [r3[order[0]], r3[order[1]], r3[order[2]]] as Vec3,
        angles: anglesFromAxes(axes[order[0]], axes[order[1]]),
      };
    });
    structures.sort((a, b) => Math.max(...a.ranges) - Math.max(...b.ranges));
    return { nugget: par.nugget, structures };
  };
  return {
    model: toModel(decode(best!.t)),
    start: toModel(start!),
    objective: 2 * best!.cost * sill0 * sill0 * wsum,
    points: pts.length,
    iterations: best!.iterations,
    converged: best!.converged,
  };
}

/** Fit a variogram model by weighted least squares (see fitVariogramDetailed); returns the model only. */
export function fitVariogram(input: FitInput | FitInput[], opts: FitOptions = {}): VariogramModel {
  return fitVariogramDetailed(input, opts).model;
}
