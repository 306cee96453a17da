import type { CovarianceKernel } from './covarianceKernel';

/**
 * The sample covariance matrix of the previous target, kept by sample id: neighbouring blocks
 * share most of their neighbours (typically 30 of 32), so most entries of the next matrix are
 * copied rather than evaluated. Entries depend on the two samples only (CovarianceKernel.loadPairs
 * uses a fixed centre), so a copied entry equals a recomputed one bit for bit and the estimates do
 * not depend on which targets came before (chunks, tiles and threads agree exactly).
 */
export class PairCache {
  /** Sample id → its row in the kept matrix, −1 when not kept. */
  private readonly slotOf: Int32Array;
  /** Per neighbour of the current target: its row in the kept matrix, or −1. */
  private readonly slot: Int32Array;
  private ids: Int32Array; private n = 0;
  /** Kept matrix (both triangles, row stride maxN) and the one being built. */
  private kept: Float64Array; private next: Float64Array;
  private nextIds: Int32Array;

  constructor(samples: number, private readonly maxN: number) {
    this.slotOf = new Int32Array(samples).fill(-1);
    this.slot = new Int32Array(maxN);
    this.ids = new Int32Array(maxN); this.nextIds = new Int32Array(maxN);
    this.kept = new Float64Array(maxN * maxN); this.next = new Float64Array(maxN * maxN);
  }

  /** True when ids[0..n) are the kept matrix's samples in the same order (the matrix is unchanged). */
  same(n: number, ids: Int32Array): boolean {
    if (n !== this.n) return false;
    for (let i = 0; i < n; i++) if (ids[i] !== this.ids[i]) return false;
    return true;
  }

  /**
   * The covariance matrix of samples ids[0..n) (pair coordinates already loaded in the kernel)
   * into the lower triangle of a (row stride `stride`), `diag` on the diagonal; kept for the next call.
   */
  fill(n: number, ids: Int32Array, kernel: CovarianceKernel, a: Float64Array, stride: number, diag: number): void {
    const { slotOf, slot, kept, next, maxN } = this;
    for (let i = 0; i < n; i++) slot[i] = slotOf[ids[i]];
    // kept samples: copy their entries (kept is symmetric); new samples: a row and a column evaluated
    for (let i = 0; i < n; i++) {
      const si = slot[i], ri = i * maxN;
      if (si < 0) { kernel.strip(i, 0, i, next, ri, 1); kernel.strip(i, i + 1, n, next, ri + maxN + i, maxN); continue; }
      const ki = si * maxN;
      for (let j = 0; j < i; j++) { const sj = slot[j]; if (sj >= 0) next[ri + j] = kept[ki + sj]; }
    }
    for (let i = 0; i < n; i++) {
      const ri = i * maxN, ai = i * stride;
      for (let j = 0; j < i; j++) { const c = next[ri + j]; a[ai + j] = c; next[j * maxN + i] = c; }
      a[ai + i] = diag;
    }
    for (let k = 0; k < this.n; k++) slotOf[this.ids[k]] = -1;
    for (let i = 0; i < n; i++) { slotOf[ids[i]] = i; this.nextIds[i] = ids[i]; }
    this.kept = next; this.next = kept;
    const t = this.ids; this.ids = this.nextIds; this.nextIds = t;
    this.n = n;
  }

  /** The kept matrix (the last fill's) into a: lower triangle, and the upper too when `both`. */
  copy(a: Float64Array, stride: number, diag: number, both: boolean): void {
    const { kept, maxN, n } = this;
    for (let i = 0; i < n; i++) {
      const ri = i * maxN, ai = i * stride;
      for (let j = 0; j < i; j++) { a[ai + j] = kept[ri + j]; if (both) a[j * stride + i] = kept[ri + j]; }
      a[ai + i] = diag;
    }
  }
}
