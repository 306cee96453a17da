import type { KrigingType, Vec3 } from '../types';
import { COINCIDENT, type CompiledModel, structuredCovariance } from '../variogram/covariance';
import { CovarianceKernel } from './covarianceKernel';
import { PairCache } from './pairCache';
import { cholesky, choleskyBackward, choleskyForward2, choleskySolve, luFactor, luSolve } from './solve';

/**
 * Systems whose condition estimate (KrigingSystem.condition) exceeds this are counted as
 * ill-conditioned: about 10 of the 16 significant digits of double precision are at risk, and the
 * weights swing with round-off (typically a Gaussian model with little or no nugget, or samples
 * nearly on top of each other). The estimate is still kept; the count says how many blocks it affects.
 */
export const CONDITION_LIMIT = 1e10;

/**
 * Offsets (relative to the block centre) of the discretization points of a block of
 * `size` with n = [nx, ny, nz] points: cell centres of the regular sub-grid,
 * (i + ½)·s/n − s/2, as GSLIB kt3d and gstat_ok.R use. Returned as x, y, z triples.
 */
export function discretizationOffsets(size: Vec3, n: Vec3): Float64Array {
  for (let a = 0; a < 3; a++) {
    if (!Number.isInteger(n[a]) || n[a] < 1) throw new Error(`discretization must be three integers ≥ 1, got [${n.join(', ')}]`);
  }
  const off = new Float64Array(3 * n[0] * n[1] * n[2]);
  let o = 0;
  for (let i = 0; i < n[0]; i++) {
    for (let j = 0; j < n[1]; j++) {
      for (let k = 0; k < n[2]; k++) {
        off[o++] = n[0] === 1 ? 0 : ((i + 0.5) * size[0]) / n[0] - size[0] / 2;
        off[o++] = n[1] === 1 ? 0 : ((j + 0.5) * size[1]) / n[1] - size[1] / 2;
        off[o++] = n[2] === 1 ? 0 : ((k + 0.5) * size[2]) / n[2] - size[2] / 2;
      }
    }
  }
  return off;
}

/**
 * The samples a system draws its neighbours from, for the left side: coordinates (any order;
 * KrigingSystem.id indexes them) and a fixed centre subtracted before mapping (for precision
 * with large coordinates; the same for every target). With them the system keeps the previous
 * target's covariances (PairCache) and its factor when the neighbours are the same.
 */
export interface SystemSamples {
  x: Float64Array; y: Float64Array; z: Float64Array;
  centre: Vec3;
}

/**
 * Ordinary or simple kriging of one point or block from n neighbours, with preallocated
 * scratch (Deutsch & Journel 1998, GSLIB §IV.1–2, kt3d conventions):
 *  - left side: C(xi − xj); the nugget only on the diagonal. Two distinct samples at the
 *    same place share only the structured covariance (the nugget read as independent
 *    measurement error), so duplicates do not make the system singular when nugget > 0;
 *  - right side: point kriging C(xi − x0), nugget included when xi = x0 (exact
 *    interpolation); block kriging the mean structured covariance over the
 *    discretization points (no nugget), as kt3d and gstat;
 *  - C̄(V,V): C(0) for a point; the mean over discretization pairs without nugget for a block.
 * Ordinary kriging solves C·λ + μ·1 = c̄, Σλ = 1 via a Cholesky factor of C
 * (λ = C⁻¹c̄ − μ·C⁻¹1, μ = (1ᵀC⁻¹c̄ − 1)/(1ᵀC⁻¹1)), falling back to LU with partial
 * pivoting of the bordered system when C is not numerically positive definite.
 *   σ²_OK = C̄(V,V) − Σλ c̄ − μ,   σ²_SK = C̄(V,V) − Σλ c̄   (round-off below 0 is reported as 0).
 * Slope of regression of the true block value on the estimate (Krige 1996; e.g. Snowden
 * 2001): Cov(Z_V, Z*)/Var(Z*) = Σλc̄ / (Σλc̄ − μ) = (C̄VV − σ² − μ)/(C̄VV − σ² − 2μ)
 * (with this sign of μ, usually ≤ 0, the familiar (BV − KV + |μ|)/(BV − KV + 2|μ|));
 * 1 for simple kriging (Var(Z*) = Σλc̄).
 */
export class KrigingSystem {
  /** Relative offsets (sample − target centre) and values of the neighbours: fill before solve(). */
  readonly dx: Float64Array; readonly dy: Float64Array; readonly dz: Float64Array; readonly v: Float64Array;
  /** Indices into the bound SystemSamples of the neighbours: fill before solve() when samples are bound. */
  readonly id: Int32Array;
  /** After solve(): the weights. */
  readonly w: Float64Array;
  estimate = NaN; variance = NaN; slope = NaN; lagrange = NaN;
  /**
   * After solve(): a cheap estimate of the condition number of the system, from the pivots of
   * its factorisation: (max Lⱼⱼ / min Lⱼⱼ)² for Cholesky (a lower bound on κ₂(C), since
   * κ₂(C) = κ₂(L)² ≥ (max Lⱼⱼ / min Lⱼⱼ)²; Golub & Van Loan §3.5, §4.2), max |Uₖₖ| / min |Uₖₖ|
   * of the LU fallback. Compare with CONDITION_LIMIT.
   */
  condition = NaN;
  /** C̄(V,V) of the target support. */
  readonly cvv: number;
  private readonly a: Float64Array; private readonly b: Float64Array;
  private readonly g: Float64Array; private readonly x: Float64Array; private readonly piv: Int32Array;
  private readonly nd: number;
  private readonly kernel: CovarianceKernel;
  private readonly simple: boolean; private readonly mean: number;
  private readonly cache: PairCache | undefined;
  /** a holds the Cholesky factor of the cache's kept matrix, of this size (−1: it does not). */
  private factorN = -1;

  /**
   * forceLU: always use the LU path (to check it against Cholesky). samples: bind the samples
   * (the left side then comes from SystemSamples and id, with the covariance cache); without
   * them the left side comes from the offsets dx, dy, dz.
   */
  constructor(
    private readonly cm: CompiledModel, kriging: KrigingType, off: Float64Array, maxN: number,
    private readonly forceLU = false, private readonly samples?: SystemSamples,
  ) {
    const m = maxN + 1;
    this.id = new Int32Array(maxN);
    this.cache = samples ? new PairCache(samples.x.length, maxN) : undefined;
    this.dx = new Float64Array(maxN); this.dy = new Float64Array(maxN); this.dz = new Float64Array(maxN);
    this.v = new Float64Array(maxN); this.w = new Float64Array(maxN);
    this.a = new Float64Array(m * m); this.b = new Float64Array(m); this.g = new Float64Array(m);
    this.x = new Float64Array(m); this.piv = new Int32Array(m);
    this.nd = off.length / 3;
    this.kernel = new CovarianceKernel(cm, maxN, off);
    this.simple = kriging.type === 'simple';
    this.mean = kriging.type === 'simple' ? kriging.mean : 0;
    if (this.nd === 1) this.cvv = cm.sill;
    else {
      let s = 0;
      for (let i = 0; i < this.nd; i++) {
        for (let j = 0; j < this.nd; j++) {
          s += structuredCovariance(cm, off[3 * i] - off[3 * j], off[3 * i + 1] - off[3 * j + 1], off[3 * i + 2] - off[3 * j + 2]);
        }
      }
      this.cvv = s / (this.nd * this.nd);
    }
  }

  /** Solve for the first n neighbours. Returns false (results NaN) when the system is singular. */
  solve(n: number): boolean {
    const { v, w, b, cm } = this;
    this.estimate = this.variance = this.slope = this.lagrange = this.condition = NaN;
    this.kernel.load(n, this.dx, this.dy, this.dz);
    this.rightSide(n);
    let mu = 0;
    if (!this.forceLU && this.factor(n)) {
      const g = this.g, a = this.a;
      let lo = a[0], hi = a[0];
      for (let j = 1, d = n + 1; j < n; j++) { const l = a[j * d]; if (l < lo) lo = l; else if (l > hi) hi = l; }
      this.condition = (hi / lo) * (hi / lo);
      for (let i = 0; i < n; i++) w[i] = b[i];
      if (this.simple) choleskySolve(this.a, n, w);
      else {
        // With y = L⁻¹c̄ and e = L⁻¹1: 1ᵀC⁻¹c̄ = eᵀy, 1ᵀC⁻¹1 = eᵀe, and
        // λ = C⁻¹(c̄ − μ·1) = L⁻ᵀ(y − μ·e): one back substitution.
        for (let i = 0; i < n; i++) g[i] = 1;
        choleskyForward2(this.a, n, w, g);
        let sw = 0, sg = 0;
        for (let i = 0; i < n; i++) { sw += g[i] * w[i]; sg += g[i] * g[i]; }
        mu = (sw - 1) / sg;
        for (let i = 0; i < n; i++) w[i] -= mu * g[i];
        choleskyBackward(this.a, n, w);
      }
    } else if (!this.luFallback(n)) {
      return false;
    } else {
      mu = this.simple ? 0 : this.x[n] * (cm.sill > 0 ? cm.sill : 1);
    }
    let est = 0, wc = 0;
    const m0 = this.mean;
    for (let i = 0; i < n; i++) { est += w[i] * (v[i] - m0); wc += w[i] * b[i]; }
    if (!Number.isFinite(est)) return false;
    this.estimate = est + m0;
    this.lagrange = mu;
    const s2 = this.cvv - wc - mu;
    this.variance = s2 > 0 ? s2 : 0;
    this.slope = this.simple ? (wc > 0 ? 1 : NaN) : wc / (wc - mu);
    return true;
  }

  /** Right side c̄_i into b: mean structured covariance over the discretization, plus the nugget for a point target on a sample. */
  private rightSide(n: number): void {
    const { dx, dy, dz, b, cm } = this;
    this.kernel.fillBlockSide(n, b);
    if (this.nd === 1 && cm.nugget > 0) {
      for (let i = 0; i < n; i++) {
        if (dx[i] * dx[i] + dy[i] * dy[i] + dz[i] * dz[i] < COINCIDENT * COINCIDENT) b[i] += cm.nugget;
      }
    }
  }

  /**
   * Cholesky factor of the sample covariance matrix into a (row stride n); false when it is not
   * positive definite. The factor is kept when the neighbours are the previous target's, in order.
   */
  private factor(n: number): boolean {
    if (this.leftSide(n)) return true;
    if (!cholesky(this.a, n)) return false;
    this.factorN = n;
    return true;
  }

  /** Sample covariance matrix into a (lower triangle, row stride n); true (a untouched) when a already holds its factor. */
  private leftSide(n: number): boolean {
    const cache = this.cache;
    if (cache && this.factorN === n && cache.same(n, this.id)) return true;
    this.factorN = -1;
    if (cache) {
      const s = this.samples!;
      this.kernel.loadPairs(n, this.id, s.x, s.y, s.z, s.centre[0], s.centre[1], s.centre[2]);
      cache.fill(n, this.id, this.kernel, this.a, n, this.cm.sill);
    } else {
      this.kernel.pairsFromOffsets(n);
      this.kernel.fillMatrix(n, this.a, n, this.cm.sill, false);
    }
    return false;
  }

  /** Sample covariance matrix (n×n, row stride `stride`) into a, both triangles; C(0) on the diagonal. */
  private fillCovariance(n: number, stride: number): void {
    this.factorN = -1;
    if (this.cache && this.cache.same(n, this.id)) { this.cache.copy(this.a, stride, this.cm.sill, true); return; }
    if (this.cache) {
      const s = this.samples!;
      this.kernel.loadPairs(n, this.id, s.x, s.y, s.z, s.centre[0], s.centre[1], s.centre[2]);
    } else this.kernel.pairsFromOffsets(n);
    this.kernel.fillMatrix(n, this.a, stride, this.cm.sill, true);
  }

  /** LU with partial pivoting of the (bordered, for OK) system; solution in x, weights in w. */
  private luFallback(n: number): boolean {
    const { a, b, x, w, piv, cm } = this;
    const m = this.simple ? n : n + 1;
    this.fillCovariance(n, m);
    const rhs = this.g;
    for (let i = 0; i < n; i++) rhs[i] = b[i];
    if (!this.simple) {
      // unbiasedness row/column scaled by C(0) for balance (as kt3d does)
      const s = cm.sill > 0 ? cm.sill : 1;
      for (let i = 0; i < n; i++) { a[i * m + n] = s; a[n * m + i] = s; }
      a[n * m + n] = 0;
      rhs[n] = s;
    }
    if (!luFactor(a, m, piv)) return false;
    let lo = Infinity, hi = 0;
    for (let k = 0; k < m; k++) { const u = Math.abs(a[k * m + k]); if (u < lo) lo = u; if (u > hi) hi = u; }
    this.condition = hi / lo;
    luSolve(a, m, piv, rhs, x);
    for (let i = 0; i < n; i++) w[i] = x[i];
    return true;
  }
}
