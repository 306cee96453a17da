import { buildPairGrid, estimatePairs, forEachPair } from './pairGrid';
import { COINCIDENT } from './covariance';

/**
 * A direction of an experimental variogram, GSLIB gamv conventions (Deutsch & Journel 1998,
 * §III.1): azimuth clockwise from north and dip negative downward (degrees); a pair is taken
 * when its horizontal projection is within `tolerance` of the azimuth, its angle in the
 * vertical plane is within `dipTolerance` (default `tolerance`) of the dip, and it deviates
 * from the direction by at most bandwidthH horizontally and bandwidthV vertically (units of
 * length; default unlimited). A tolerance ≥ 90° accepts every azimuth (or every dip).
 */
export interface VariogramDirection {
  azimuth: number;
  dip: number;
  /** Half-angle tolerance on the azimuth, degrees, (0, 90]. */
  tolerance: number;
  /** Half-angle tolerance on the dip, degrees; default = tolerance. */
  dipTolerance?: number;
  bandwidthH?: number;
  bandwidthV?: number;
}

export interface ExperimentalOptions {
  /** Lag spacing (length units). Class k (k = 0..lagCount) holds pairs at distance k·lag ± lagTolerance. */
  lag: number;
  lagCount: number;
  /** Default lag / 2. A larger value lets a pair fall in two classes (as in gamv). */
  lagTolerance?: number;
  /** Absent = omnidirectional. */
  direction?: VariogramDirection;
  /**
   * Soft cap on the pairs visited: when the data would give (an upper estimate of) more,
   * a deterministic random subset of the samples is used. Reported as `sampling`.
   */
  maxPairs?: number;
}

export interface ExperimentalVariogram {
  kind: 'omnidirectional' | 'directional' | 'downhole';
  direction?: VariogramDirection;
  lag: number;
  lagTolerance: number;
  /** Nominal distance of each class: k·lag, k = 0..lagCount. */
  centers: Float64Array;
  /** Mean pair distance per class (length units); NaN where the class is empty. */
  lags: Float64Array;
  /** Semivariogram γ = Σ(v_i − v_j)² / (2·pairs) per class; NaN where empty. */
  gamma: Float64Array;
  pairs: Int32Array;
  /** Pairs of distinct samples at the same location (distance < 1e-10), kept out of the classes. */
  coincident: { pairs: number; gamma: number };
  /** Samples with a finite value and coordinates (all of them, even when subsampled). */
  count: number;
  mean: number;
  /** Population variance of those values: the a-priori sill. */
  variance: number;
  /** Fraction of those samples used for pairs (1 unless maxPairs forced a subset). */
  sampling: number;
}

const DEG = Math.PI / 180;

/** Precomputed GSLIB gamv direction test. */
interface DirectionTest {
  ux: number; uy: number; ch: number; sz: number;
  csAz: number; csDip: number; bwH: number; bwV: number;
}

function prepareDirection(d: VariogramDirection): DirectionTest {
  const dipTol = d.dipTolerance ?? d.tolerance;
  for (const [name, t] of [['tolerance', d.tolerance], ['dipTolerance', dipTol]] as const) {
    if (!(t > 0 && t <= 90)) throw new Error(`variogram direction: ${name} must be in (0, 90] degrees, got ${t}`);
  }
  if (!Number.isFinite(d.azimuth) || !Number.isFinite(d.dip)) throw new Error(`variogram direction: azimuth and dip must be finite, got ${d.azimuth}, ${d.dip}`);
  const bw = (b: number | undefined, name: string) => {
    if (b === undefined) return Infinity;
    if (!(b > 0)) throw new Error(`variogram direction: ${name} must be positive, got ${b}`);
    return b;
  };
  return {
    ux: Math.sin(d.azimuth * DEG), uy: Math.cos(d.azimuth * DEG),
    ch: Math.cos(d.dip * DEG), sz: Math.sin(d.dip * DEG),
    csAz: d.tolerance >= 90 ? -Infinity : Math.cos(d.tolerance * DEG),
    csDip: dipTol >= 90 ? -Infinity : Math.cos(dipTol * DEG),
    bwH: bw(d.bandwidthH, 'bandwidthH'), bwV: bw(d.bandwidthV, 'bandwidthV'),
  };
}

/** GSLIB gamv's acceptance of offset (dx, dy, dz) of length h > 0 in a direction (both senses). */
function accepts(t: DirectionTest, dx: number, dy: number, dz: number, h: number): boolean {
  let dxy = Math.sqrt(dx * dx + dy * dy);
  const dcazm = dxy < COINCIDENT ? 1 : (dx * t.ux + dy * t.uy) / dxy;
  if (Math.abs(dcazm) < t.csAz) return false;
  if (Math.abs(t.ux * dy - t.uy * dx) > t.bwH) return false;
  if (dcazm < 0) dxy = -dxy;
  if (Math.abs((dxy * t.ch + dz * t.sz) / h) < t.csDip) return false;
  return Math.abs(t.ch * dz - t.sz * dxy) <= t.bwV;
}

/** Validate lag options and return [lag, lagCount, lagTolerance]. */
export function checkLags(o: { lag: number; lagCount: number; lagTolerance?: number }): [number, number, number] {
  if (!(o.lag > 0) || !Number.isFinite(o.lag)) throw new Error(`variogram: lag must be a positive number, got ${o.lag}`);
  if (!Number.isInteger(o.lagCount) || o.lagCount < 1) throw new Error(`variogram: lagCount must be a positive integer, got ${o.lagCount}`);
  const tol = o.lagTolerance ?? o.lag / 2;
  if (!(tol > 0) || !Number.isFinite(tol)) throw new Error(`variogram: lagTolerance must be a positive number, got ${o.lagTolerance}`);
  return [o.lag, o.lagCount, tol];
}

/** Accumulates pairs into lag classes k·lag ± tol, k = 0..lagCount (closed intervals, as gamv). */
export class LagAccumulator {
  readonly sumH: Float64Array; readonly sumG: Float64Array; readonly n: Int32Array;
  coincidentPairs = 0; coincidentSum = 0;
  constructor(readonly lag: number, readonly lagCount: number, readonly tol: number) {
    this.sumH = new Float64Array(lagCount + 1); this.sumG = new Float64Array(lagCount + 1); this.n = new Int32Array(lagCount + 1);
  }
  /** Add a pair at distance h with squared difference d2 = (v_i − v_j)². */
  add(h: number, d2: number): void {
    if (h < COINCIDENT) { this.coincidentPairs++; this.coincidentSum += d2; return; }
    const { lag, tol, lagCount, n, sumH, sumG } = this;
    let k0: number, k1: number;
    if (tol <= lag / 2) {
      // Nearest class and, at most, the one below it (when h sits on a shared boundary).
      k1 = Math.floor(h / lag + 0.5);
      k0 = k1 > 0 && h - (k1 - 1) * lag <= tol ? k1 - 1 : k1;
      if (k1 > lagCount) k1 = lagCount;
    } else {
      k0 = Math.max(0, Math.ceil((h - tol) / lag) - 1);
      k1 = Math.min(lagCount, Math.floor((h + tol) / lag) + 1);
    }
    for (let k = k0; k <= k1; k++) {
      const c = k * lag;
      if (h < c - tol || h > c + tol) continue;
      n[k]++; sumH[k] += h; sumG[k] += d2;
    }
  }
  result(kind: ExperimentalVariogram['kind'], stats: { count: number; mean: number; variance: number; sampling: number }, direction?: VariogramDirection): ExperimentalVariogram {
    const m = this.lagCount + 1;
    const centers = new Float64Array(m), lags = new Float64Array(m), gamma = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      centers[k] = k * this.lag;
      lags[k] = this.n[k] ? this.sumH[k] / this.n[k] : NaN;
      gamma[k] = this.n[k] ? this.sumG[k] / (2 * this.n[k]) : NaN;
    }
    return {
      kind, direction, lag: this.lag, lagTolerance: this.tol, centers, lags, gamma, pairs: this.n.slice(),
      coincident: { pairs: this.coincidentPairs, gamma: this.coincidentPairs ? this.coincidentSum / (2 * this.coincidentPairs) : NaN },
      ...stats,
    };
  }
}

/** Indices of the samples whose value and coordinates are all finite. */
export function finiteSamples(x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array): Int32Array {
  const n = v.length;
  if (x.length !== n || y.length !== n || z.length !== n) throw new Error(`variogram: x, y, z and values differ in length (${x.length}, ${y.length}, ${z.length}, ${n})`);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(v[i]) && Number.isFinite(x[i]) && Number.isFinite(y[i]) && Number.isFinite(z[i])) keep.push(i);
  return Int32Array.from(keep);
}

/** Count, mean and population variance of v over the listed samples. */
export function valueStats(v: Float64Array, idx: Int32Array): { count: number; mean: number; variance: number } {
  let s = 0;
  for (let k = 0; k < idx.length; k++) s += v[idx[k]];
  const mean = idx.length ? s / idx.length : NaN;
  let ss = 0;
  for (let k = 0; k < idx.length; k++) { const d = v[idx[k]] - mean; ss += d * d; }
  return { count: idx.length, mean, variance: idx.length ? ss / idx.length : NaN };
}

/** Deterministic pseudo-random number in [0, 1) for sample i (integer hash). */
function unitHash(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * Experimental semivariograms of v for several directions in one pass over the pairs
 * (undefined in `directions` = omnidirectional). Semantics of GSLIB gamv, semivariogram type 1
 * (Deutsch & Journel 1998, §III.1 and program gamv), with these stated differences: each
 * unordered pair counts once (gamv counts omnidirectional pairs twice, which doubles its pair
 * counts but not γ); coincident pairs of distinct samples are reported apart (`coincident`)
 * instead of in an extra class; pairs are kept up to lagCount·lag + lagTolerance. Samples with a
 * NaN value or coordinate are skipped. Only pairs within that distance are visited (bucket grid).
 */
export function experimentalVariograms(
  x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array,
  opts: Omit<ExperimentalOptions, 'direction'> & { directions: (VariogramDirection | undefined)[] },
): ExperimentalVariogram[] {
  const [lag, lagCount, tol] = checkLags(opts);
  const dirs = opts.directions.length ? opts.directions : [undefined];
  const tests = dirs.map((d) => (d ? prepareDirection(d) : undefined));
  const accs = dirs.map(() => new LagAccumulator(lag, lagCount, tol));
  const all = finiteSamples(x, y, z, v);
  const stats = valueStats(v, all);
  const maxDist = lagCount * lag + tol;
  let used = all;
  let grid = buildPairGrid(x, y, z, all, maxDist);
  if (opts.maxPairs !== undefined) {
    if (!(opts.maxPairs > 0)) throw new Error(`variogram: maxPairs must be positive, got ${opts.maxPairs}`);
    const est = estimatePairs(grid);
    if (est > opts.maxPairs) {
      const f = Math.sqrt(opts.maxPairs / est);
      used = all.filter((i) => unitHash(i) < f);
      grid = buildPairGrid(x, y, z, used, maxDist);
    }
  }
  const nd = dirs.length;
  if (nd === 1 && tests[0] === undefined) {
    const acc = accs[0];
    forEachPair(grid, x, y, z, (i, j, _dx, _dy, _dz, h2) => { const d = v[i] - v[j]; acc.add(Math.sqrt(h2), d * d); });
  } else {
    forEachPair(grid, x, y, z, (i, j, dx, dy, dz, h2) => {
      const h = Math.sqrt(h2);
      const d = v[i] - v[j], d2 = d * d;
      for (let k = 0; k < nd; k++) {
        const t = tests[k];
        if (t === undefined || h < COINCIDENT || accepts(t, dx, dy, dz, h)) accs[k].add(h, d2);
      }
    });
  }
  const sampling = all.length ? used.length / all.length : 1;
  return accs.map((a, k) => a.result(dirs[k] ? 'directional' : 'omnidirectional', { ...stats, sampling }, dirs[k]));
}

/** Experimental semivariogram of v, omnidirectional or along one direction (see experimentalVariograms). */
export function experimentalVariogram(
  x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, opts: ExperimentalOptions,
): ExperimentalVariogram {
  const { direction, ...rest } = opts;
  return experimentalVariograms(x, y, z, v, { ...rest, directions: [direction] })[0];
}
