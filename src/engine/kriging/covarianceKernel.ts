import type { CompiledModel } from '../variogram/covariance';

/**
 * Batched structured covariance for the kriging hot loop: each neighbour's offset is
 * mapped once per structure by that structure's anisotropy matrix, so a pair costs a
 * difference and a squared norm per structure instead of a 3×3 product. The same
 * formulas as variogram/covariance.ts structuredCovariance (GSLIB practical ranges):
 *   spherical c·(1 − 1.5h + 0.5h³) for h < 1; exponential c·exp(−3h); gaussian c·exp(−3h²).
 */
export class CovarianceKernel {
  /** Number of structures. */
  readonly ns: number;
  /** Structures whose frames are mapped: 1 for nested spherical (all share structure 0's), else ns. */
  private readonly mapped: number;
  private readonly types: Int32Array;
  private readonly sills: Float64Array;
  private readonly mat: Float64Array;
  /** Mapped neighbour offsets from the target (right side): structure s, neighbour i at 3·(s·maxN + i). */
  private readonly u: Float64Array;
  /** Mapped neighbour pair coordinates (left side), laid out as u. */
  private readonly up: Float64Array;
  /** Mapped discretization offsets: structure s, point k at 3·(s·nd + k). */
  private readonly uo: Float64Array;
  private readonly nd: number;
  /**
   * Every structure's matrix is scale[s] × structure 0's and every structure is spherical
   * (e.g. nested isotropic or co-oriented structures): then h_s = scale[s]·h_0, so a pair
   * needs one distance and one square root for all structures.
   */
  private readonly nestedSpherical: boolean;
  private readonly scale: Float64Array;
  /** Squared reach of the nested spherical model in structure 0's frame: pairs with h_0² ≥ reach2 have zero covariance. */
  private readonly reach2: number;

  constructor(m: CompiledModel, private readonly maxN: number, off: Float64Array) {
    this.ns = m.types.length;
    this.types = m.types; this.sills = m.sills; this.mat = m.matrices;
    this.scale = new Float64Array(this.ns);
    this.nestedSpherical = this.ns > 0 && proportional(m.matrices, this.ns, this.scale) && m.types.every((t) => t === 0);
    let minScale = Infinity;
    for (let s = 0; s < this.ns; s++) minScale = Math.min(minScale, this.scale[s]);
    this.reach2 = this.nestedSpherical ? 1 / (minScale * minScale) : 0;
    this.mapped = this.nestedSpherical ? 1 : this.ns;
    this.u = new Float64Array(3 * this.ns * maxN);
    this.up = new Float64Array(3 * this.ns * maxN);
    this.nd = off.length / 3;
    this.uo = new Float64Array(3 * this.ns * this.nd);
    for (let s = 0; s < this.ns; s++) {
      for (let k = 0; k < this.nd; k++) this.map(s, off[3 * k], off[3 * k + 1], off[3 * k + 2], this.uo, 3 * (s * this.nd + k));
    }
  }

  private map(s: number, x: number, y: number, z: number, out: Float64Array, o: number): void {
    const m = this.mat, b = 9 * s;
    out[o] = m[b] * x + m[b + 1] * y + m[b + 2] * z;
    out[o + 1] = m[b + 3] * x + m[b + 4] * y + m[b + 5] * z;
    out[o + 2] = m[b + 6] * x + m[b + 7] * y + m[b + 8] * z;
  }

  /** Map the first n neighbour offsets (dx, dy, dz) into every structure's frame (structure 0's only for nested spherical). */
  load(n: number, dx: Float64Array, dy: Float64Array, dz: Float64Array): void {
    for (let s = 0; s < this.mapped; s++) {
      const base = 3 * s * this.maxN;
      for (let i = 0; i < n; i++) this.map(s, dx[i], dy[i], dz[i], this.u, base + 3 * i);
    }
  }

  /**
   * Map the first n neighbours' pair coordinates into every structure's frame: sample ids[i]'s
   * coordinates (x, y, z) less a fixed centre (cx, cy, cz), the same for every target, so that
   * pair(i, j) depends on the two samples only and a covariance kept from another target equals
   * a recomputed one bit for bit (see PairCache).
   */
  loadPairs(n: number, ids: Int32Array, x: Float64Array, y: Float64Array, z: Float64Array, cx: number, cy: number, cz: number): void {
    for (let s = 0; s < this.mapped; s++) {
      const base = 3 * s * this.maxN;
      for (let i = 0; i < n; i++) { const p = ids[i]; this.map(s, x[p] - cx, y[p] - cy, z[p] - cz, this.up, base + 3 * i); }
    }
  }

  /** Pair coordinates = the target offsets of load() (a system without bound samples: no pair cache). */
  pairsFromOffsets(n: number): void {
    for (let s = 0; s < this.mapped; s++) {
      const base = 3 * s * this.maxN;
      this.up.set(this.u.subarray(base, base + 3 * n), base);
    }
  }

  /**
   * Structured covariances C(i, j) between loaded neighbour i and neighbours j = from … to − 1
   * (pair coordinates) into out[o + (j − from)·step]: a row (step 1) or a column (step = row
   * stride) of a matrix, one tight loop per structure.
   */
  strip(i: number, from: number, to: number, out: Float64Array, o: number, step: number): void {
    const u = this.up;
    if (this.nestedSpherical) {
      const k = this.scale, c = this.sills, ns = this.ns, reach2 = this.reach2, oi = 3 * i;
      const xi = u[oi], yi = u[oi + 1], zi = u[oi + 2];
      // two structures (the common nested model): constants in registers
      const two = ns === 2, k0 = k[0], k1 = two ? k[1] : 0, c0 = c[0], c1 = two ? c[1] : 0;
      for (let j = from, oj = 3 * from, q = o; j < to; j++, oj += 3, q += step) {
        const ax = xi - u[oj], ay = yi - u[oj + 1], az = zi - u[oj + 2];
        const d2 = ax * ax + ay * ay + az * az;
        let cov = 0;
        if (d2 < reach2) {
          const r = Math.sqrt(d2);
          // h clamped to 1 (where the model is exactly 0) rather than a branch the pairs would mispredict
          if (two) {
            const h0 = Math.min(k0 * r, 1), h1 = Math.min(k1 * r, 1);
            cov = c0 * (1 - h0 * (1.5 - 0.5 * h0 * h0)) + c1 * (1 - h1 * (1.5 - 0.5 * h1 * h1));
          } else {
            for (let s = 0; s < ns; s++) {
              const h = Math.min(k[s] * r, 1);
              cov += c[s] * (1 - h * (1.5 - 0.5 * h * h));
            }
          }
        }
        out[q] = cov;
      }
      return;
    }
    for (let j = from, q = o; j < to; j++, q += step) out[q] = 0;
    for (let s = 0; s < this.ns; s++) {
      const c = this.sills[s], type = this.types[s], base = 3 * s * this.maxN, oi = base + 3 * i;
      const xi = u[oi], yi = u[oi + 1], zi = u[oi + 2];
      for (let j = from, oj = base + 3 * from, q = o; j < to; j++, oj += 3, q += step) {
        const ax = xi - u[oj], ay = yi - u[oj + 1], az = zi - u[oj + 2];
        const h2 = ax * ax + ay * ay + az * az;
        if (type === 0) { if (h2 < 1) { const h = Math.sqrt(h2); out[q] += c * (1 - h * (1.5 - 0.5 * h2)); } }
        else if (type === 1) out[q] += c * Math.exp(-3 * Math.sqrt(h2));
        else out[q] += c * Math.exp(-3 * h2);
      }
    }
  }

  /**
   * Structured covariances between the loaded neighbours (pair coordinates) into the n×n
   * matrix a (row stride `stride`), the lower triangle (and the upper too when `both`), with
   * `diag` on the diagonal.
   */
  fillMatrix(n: number, a: Float64Array, stride: number, diag: number, both = true): void {
    for (let i = 0; i < n; i++) {
      this.strip(i, 0, i, a, i * stride, 1);
      a[i * stride + i] = diag;
    }
    if (!both) return;
    for (let i = 1; i < n; i++) {
      const ri = i * stride;
      for (let j = 0; j < i; j++) a[j * stride + i] = a[ri + j];
    }
  }

  /** Nested spherical covariance at squared distance d2 in structure 0's frame: h_s = scale[s]·h_0, one √ for all structures. */
  private nested(d2: number): number {
    if (d2 >= this.reach2) return 0;
    const r = Math.sqrt(d2), k = this.scale, c = this.sills;
    let cov = 0;
    for (let s = 0; s < this.ns; s++) {
      const h = Math.min(k[s] * r, 1);
      cov += c[s] * (1 - h * (1.5 - 0.5 * h * h));
    }
    return cov;
  }

  /** Mean structured covariance between each loaded neighbour and the discretization points, into b. */
  fillBlockSide(n: number, b: Float64Array): void {
    const u = this.u, uo = this.uo, nd = this.nd;
    if (this.nestedSpherical) {
      for (let i = 0, oi = 0; i < n; i++, oi += 3) {
        const xi = u[oi], yi = u[oi + 1], zi = u[oi + 2];
        let sum = 0;
        for (let k = 0, ok = 0; k < nd; k++, ok += 3) {
          const ax = xi - uo[ok], ay = yi - uo[ok + 1], az = zi - uo[ok + 2];
          sum += this.nested(ax * ax + ay * ay + az * az);
        }
        b[i] = sum / nd;
      }
      return;
    }
    for (let i = 0; i < n; i++) b[i] = 0;
    for (let s = 0; s < this.ns; s++) {
      const c = this.sills[s] / nd, type = this.types[s], base = 3 * s * this.maxN, ob = 3 * s * nd;
      for (let i = 0; i < n; i++) {
        const oi = base + 3 * i;
        const xi = u[oi], yi = u[oi + 1], zi = u[oi + 2];
        let sum = 0;
        for (let k = 0, ok = ob; k < nd; k++, ok += 3) {
          const ax = xi - uo[ok], ay = yi - uo[ok + 1], az = zi - uo[ok + 2];
          const h2 = ax * ax + ay * ay + az * az;
          if (type === 0) { if (h2 < 1) { const h = Math.sqrt(h2); sum += 1 - h * (1.5 - 0.5 * h2); } }
          else if (type === 1) sum += Math.exp(-3 * Math.sqrt(h2));
          else sum += Math.exp(-3 * h2);
        }
        b[i] += c * sum;
      }
    }
  }
}

/**
 * True when every 3×3 matrix s of `mat` equals scale[s] × matrix 0 (to 1e-14 of its
 * largest entry); scale is filled (scale[0] = 1).
 */
function proportional(mat: Float64Array, ns: number, scale: Float64Array): boolean {
  let big = 0, e0 = 0;
  for (let e = 0; e < 9; e++) if (Math.abs(mat[e]) > big) { big = Math.abs(mat[e]); e0 = e; }
  if (!(big > 0)) return false;
  for (let s = 0; s < ns; s++) {
    const b = 9 * s, k = mat[b + e0] / mat[e0];
    if (!(k > 0)) return false;
    for (let e = 0; e < 9; e++) if (Math.abs(mat[b + e] - k * mat[e]) > 1e-14 * k * big) return false;
    scale[s] = k;
  }
  return true;
}
