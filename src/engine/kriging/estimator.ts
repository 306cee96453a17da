import type { EstimationData, KrigingType, SearchParams, VariogramModel, Vec3 } from '../types';
import { COINCIDENT, compileModel } from '../variogram/covariance';
import { discretizationOffsets, KrigingSystem } from './krigingSystem';
import { Neighbourhood, searchFrameCentre } from './neighbourhood';

/** A kriging weight below −NEGATIVE_WEIGHT counts as negative (smaller ones are round-off of a zero weight). */
export const NEGATIVE_WEIGHT = 1e-9;

/** What an estimator needs: samples, model, neighbourhood, kriging type, support. */
export interface EstimatorSetup {
  data: EstimationData;
  model: VariogramModel;
  search: SearchParams;
  kriging: KrigingType;
  /** 'kriging' (default) or inverse-distance weighting over the same neighbourhood. */
  method?: 'kriging' | 'idw';
  /** IDW power p (weights 1/dᵖ, d the search-ellipsoid-scaled distance); default 2. */
  idwPower?: number;
  /** Block size (length units) for block kriging; needed when discretization > 1×1×1. */
  blockSize?: Vec3;
  /** Discretization points per block [nx, ny, nz]; absent or [1, 1, 1] = point kriging. */
  discretization?: Vec3;
  /** Centre of the search frame (default: of these samples; see searchFrameCentre). A subset of samples passes its whole set's to give identical results. */
  searchCentre?: Vec3;
}

/** One estimate with its weights, for tests and inspection. */
export interface KrigeAtResult {
  estimate: number; variance: number; slope: number;
  /** Lagrange multiplier μ of C·λ + μ·1 = c̄ (ordinary kriging; 0 for simple, NaN for IDW). */
  lagrange: number;
  /** Search pass 1..3 that found the neighbours; 0 = none. */
  pass: number;
  singular: boolean;
  nSamples: number; nHoles: number;
  /** Mean Euclidean distance from the target to the samples used. */
  meanDistance: number;
  /** Original indices of the samples used, nearest first (search-ellipsoid distance), and their weights. */
  indices: Int32Array; weights: Float64Array;
}

/** Status of estimateAt: search pass 1..3, 0 = too few samples in every pass, -1 = singular system. */
export type AtStatus = number;

/** Throw a clear error for unusable samples or model. */
export function checkSetup(s: EstimatorSetup): void {
  const d = s.data, n = d.x.length;
  for (const k of ['y', 'z', 'v', 'hole'] as const) {
    if (d[k].length !== n) throw new Error(`estimation data: column ${k} has ${d[k].length} values, x has ${n}`);
  }
  for (const k of ['x', 'y', 'z', 'v'] as const) {
    const a = d[k];
    for (let i = 0; i < n; i++) if (!Number.isFinite(a[i])) throw new Error(`estimation data: sample ${i} has a non-finite ${k} (${a[i]}); remove missing values first`);
  }
  const m = s.model;
  if (!(m.nugget >= 0)) throw new Error(`variogram: nugget must be ≥ 0, got ${m.nugget}`);
  m.structures.forEach((st, i) => {
    if (!(st.sill >= 0)) throw new Error(`variogram: structures[${i}].sill must be ≥ 0, got ${st.sill}`);
    if (st.ranges.some((r) => !(r > 0) || !Number.isFinite(r))) throw new Error(`variogram: structures[${i}].ranges must be positive, got [${st.ranges.join(', ')}]`);
  });
  if ((s.method ?? 'kriging') === 'kriging' && !(m.nugget + m.structures.reduce((a, st) => a + st.sill, 0) > 0)) {
    throw new Error('variogram: total sill must be > 0 for kriging');
  }
  if (s.kriging.type === 'simple' && !Number.isFinite(s.kriging.mean)) throw new Error(`kriging: simple kriging needs a finite mean, got ${s.kriging.mean}`);
  const p = s.idwPower ?? 2;
  if (!(p > 0) || !Number.isFinite(p)) throw new Error(`idwPower must be positive, got ${p}`);
}

/**
 * A prepared estimator: spatial index, kriging scratch and result registers, reusable
 * for any number of targets without allocation (build once per worker/chunk).
 */
export class Estimator {
  readonly n: number;
  readonly nb: Neighbourhood;
  readonly sys: KrigingSystem;
  /** Results of the last estimateAt(). */
  estimate = NaN; variance = NaN; slope = NaN; lagrange = NaN;
  nSamples = 0; nHoles = 0; meanDistance = NaN;
  /** Last estimateAt(): condition estimate of the kriging system (NaN for IDW or when unestimated; see KrigingSystem.condition). */
  condition = NaN;
  /** Last estimateAt(): true when a kriging weight is below −NEGATIVE_WEIGHT. */
  negativeWeight = false;
  /** Number of samples sharing their exact location with another sample. */
  readonly duplicates: number;
  private readonly idw: boolean;
  private readonly power: number;
  private readonly holeStamp: Int32Array;
  private stamp = 0;

  constructor(setup: EstimatorSetup) {
    checkSetup(setup);
    this.n = setup.data.x.length;
    this.nb = new Neighbourhood(setup.data, setup.search, setup.searchCentre);
    const disc = setup.discretization ?? [1, 1, 1];
    const single = disc[0] * disc[1] * disc[2] === 1;
    if (!single && !setup.blockSize) throw new Error('block kriging (discretization > 1×1×1) needs the block size');
    const off = discretizationOffsets(setup.blockSize ?? [0, 0, 0], disc);
    const t = this.nb.tree;
    this.sys = new KrigingSystem(compileModel(setup.model), setup.kriging, off, this.nb.sel.length, false,
      { x: t.ox, y: t.oy, z: t.oz, centre: setup.searchCentre ?? searchFrameCentre(setup.data) });
    this.idw = setup.method === 'idw';
    this.power = setup.idwPower ?? 2;
    let maxHole = -1;
    for (let i = 0; i < this.n; i++) if (setup.data.hole[i] > maxHole) maxHole = setup.data.hole[i];
    this.holeStamp = new Int32Array(maxHole + 1);
    this.duplicates = countDuplicates(setup.data);
  }

  /**
   * Estimate at the point / block centred at (x, y, z), leaving out sample exIndex and
   * the samples of hole exHole (-1 = none). Results in this object's fields.
   */
  estimateAt(x: number, y: number, z: number, exIndex = -1, exHole = -1): AtStatus {
    const nb = this.nb, passes = nb.passes;
    let count = 0, pass = 0;
    for (let p = 0; p < passes.length; p++) {
      count = nb.select(x, y, z, p, exIndex, exHole);
      if (count >= passes[p].minSamples) { pass = p + 1; break; }
    }
    this.estimate = this.variance = this.slope = this.lagrange = this.meanDistance = this.condition = NaN;
    this.negativeWeight = false;
    this.nSamples = pass ? count : 0; this.nHoles = 0;
    if (!pass) return 0;
    const t = nb.tree, sys = this.sys, sel = nb.sel;
    if (this.stamp >= 0x3fffffff) { this.holeStamp.fill(0); this.stamp = 0; }
    const stamp = ++this.stamp, hs = this.holeStamp;
    let dist = 0, holes = 0;
    for (let i = 0; i < count; i++) {
      const p = sel[i];
      const ex = t.ox[p] - x, ey = t.oy[p] - y, ez = t.oz[p] - z;
      sys.dx[i] = ex; sys.dy[i] = ey; sys.dz[i] = ez; sys.v[i] = t.ov[p]; sys.id[i] = p;
      dist += Math.sqrt(ex * ex + ey * ey + ez * ez);
      const h = t.oh[p];
      if (h >= 0 && hs[h] !== stamp) { hs[h] = stamp; holes++; }
    }
    this.meanDistance = dist / count;
    this.nHoles = holes;
    if (this.idw) { this.inverseDistance(count); return pass; }
    if (!sys.solve(count)) return -1;
    const w = sys.w;
    let neg = false;
    for (let i = 0; i < count; i++) if (w[i] < -NEGATIVE_WEIGHT) { neg = true; break; }
    this.negativeWeight = neg;
    this.condition = sys.condition;
    this.estimate = sys.estimate; this.variance = sys.variance;
    this.slope = sys.slope; this.lagrange = sys.lagrange;
    return pass;
  }

  /**
   * Inverse-distance weighting over the chosen samples: weights 1/dᵖ with d the
   * search-ellipsoid-scaled distance (so anisotropy shapes the weights as it shapes the
   * search); a sample at the target (Euclidean < COINCIDENT) takes all the weight (the
   * mean of such samples). Weights go to sys.w.
   */
  private inverseDistance(count: number): void {
    const sys = this.sys, w = sys.w, d2 = this.nb.selD2;
    let exact = 0;
    for (let i = 0; i < count; i++) {
      if (sys.dx[i] * sys.dx[i] + sys.dy[i] * sys.dy[i] + sys.dz[i] * sys.dz[i] < COINCIDENT * COINCIDENT) exact++;
    }
    let sw = 0, s = 0;
    const half = this.power / 2;
    for (let i = 0; i < count; i++) {
      const r2 = sys.dx[i] * sys.dx[i] + sys.dy[i] * sys.dy[i] + sys.dz[i] * sys.dz[i];
      const wi = exact > 0 ? (r2 < COINCIDENT * COINCIDENT ? 1 : 0) : 1 / Math.pow(d2[i], half);
      w[i] = wi; sw += wi; s += wi * sys.v[i];
    }
    for (let i = 0; i < count; i++) w[i] /= sw;
    this.estimate = s / sw;
  }

  /** estimateAt() with a copy of the weights and sample indices (allocates; for tests and inspection). */
  krigeAt(x: number, y: number, z: number, opts: { excludeIndex?: number; excludeHole?: number } = {}): KrigeAtResult {
    const status = this.estimateAt(x, y, z, opts.excludeIndex ?? -1, opts.excludeHole ?? -1);
    const n = status === 0 ? 0 : this.nSamples;
    const indices = new Int32Array(n), weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      indices[i] = this.nb.tree.index[this.nb.sel[i]];
      weights[i] = status > 0 ? this.sys.w[i] : NaN;
    }
    return {
      estimate: this.estimate, variance: this.variance, slope: this.slope,
      lagrange: status > 0 ? (this.idw ? NaN : this.lagrange) : NaN,
      pass: status > 0 ? status : 0, singular: status < 0,
      nSamples: this.nSamples, nHoles: this.nHoles, meanDistance: this.meanDistance,
      indices, weights,
    };
  }
}

/** Number of samples whose exact (x, y, z) another sample shares. */
export function countDuplicates(d: EstimationData): number {
  const n = d.x.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => d.x[a] - d.x[b] || d.y[a] - d.y[b] || d.z[a] - d.z[b]);
  let dup = 0;
  for (let k = 0; k < n; ) {
    let e = k + 1;
    const a = order[k];
    while (e < n && d.x[order[e]] === d.x[a] && d.y[order[e]] === d.y[a] && d.z[order[e]] === d.z[a]) e++;
    if (e - k > 1) dup += e - k;
    k = e;
  }
  return dup;
}
