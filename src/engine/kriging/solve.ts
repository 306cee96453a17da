/**
 * Dense linear solvers for small kriging systems, in place on row-major Float64Arrays
 * (no allocation). Golub & Van Loan, Matrix Computations (4th ed.), Alg. 4.2.1
 * (Cholesky) and Alg. 3.4.1 (LU with partial pivoting).
 */

/** Pivots below this fraction of the largest diagonal entry count as singular. */
export const SINGULAR_RTOL = 1e-12;

/**
 * Cholesky factorisation A = L·Lᵀ of the symmetric m×m matrix a (lower triangle read,
 * L written over it). Returns false when A is not numerically positive definite
 * (a pivot ≤ SINGULAR_RTOL · max diagonal).
 */
export function cholesky(a: Float64Array, m: number): boolean {
  let scale = 0;
  for (let i = 0; i < m; i++) scale = Math.max(scale, Math.abs(a[i * m + i]));
  const tol = SINGULAR_RTOL * scale;
  let j = 0;
  for (; j + 1 < m; j += 2) {
    // columns j and k = j + 1 together, rows i … i + 3 together (a 2×4 register block: each
    // element of rows j, k, i … i + 3 is loaded once for eight products)
    const rj = j * m, rk = rj + m;
    // diagonal j, then L[k][j], then diagonal k
    let s = 0, t = 0;
    for (let c = 0; c < j; c++) { const f = a[rj + c]; s += f * f; t += a[rk + c] * f; }
    const d = a[rj + j] - s;
    if (!(d > tol)) return false;
    const ljj = Math.sqrt(d), invj = 1 / ljj;
    a[rj + j] = ljj;
    const lkj = (a[rk + j] - t) * invj;
    a[rk + j] = lkj;
    let u = 0;
    for (let c = 0; c < j; c++) { const f = a[rk + c]; u += f * f; }
    const dk = a[rk + j + 1] - (u + lkj * lkj);
    if (!(dk > tol)) return false;
    const lkk = Math.sqrt(dk), invk = 1 / lkk;
    a[rk + j + 1] = lkk;
    let i = j + 2;
    for (; i + 3 < m; i += 4) {
      const r0 = i * m, r1 = r0 + m, r2 = r1 + m, r3 = r2 + m;
      let p0 = 0, q0 = 0, p1 = 0, q1 = 0, p2 = 0, q2 = 0, p3 = 0, q3 = 0;
      for (let c = 0; c < j; c++) {
        const bj = a[rj + c], bk = a[rk + c], x0 = a[r0 + c], x1 = a[r1 + c], x2 = a[r2 + c], x3 = a[r3 + c];
        p0 += x0 * bj; q0 += x0 * bk; p1 += x1 * bj; q1 += x1 * bk;
        p2 += x2 * bj; q2 += x2 * bk; p3 += x3 * bj; q3 += x3 * bk;
      }
      const l0j = (a[r0 + j] - p0) * invj, l1j = (a[r1 + j] - p1) * invj, l2j = (a[r2 + j] - p2) * invj, l3j = (a[r3 + j] - p3) * invj;
      a[r0 + j] = l0j; a[r1 + j] = l1j; a[r2 + j] = l2j; a[r3 + j] = l3j;
      a[r0 + j + 1] = (a[r0 + j + 1] - q0 - l0j * lkj) * invk;
      a[r1 + j + 1] = (a[r1 + j + 1] - q1 - l1j * lkj) * invk;
      a[r2 + j + 1] = (a[r2 + j + 1] - q2 - l2j * lkj) * invk;
      a[r3 + j + 1] = (a[r3 + j + 1] - q3 - l3j * lkj) * invk;
    }
    for (; i + 1 < m; i += 2) {
      const r0 = i * m, r1 = r0 + m;
      let p0 = 0, q0 = 0, p1 = 0, q1 = 0;
      for (let c = 0; c < j; c++) {
        const bj = a[rj + c], bk = a[rk + c], x0 = a[r0 + c], x1 = a[r1 + c];
        p0 += x0 * bj; q0 += x0 * bk; p1 += x1 * bj; q1 += x1 * bk;
      }
      const l0j = (a[r0 + j] - p0) * invj, l1j = (a[r1 + j] - p1) * invj;
      a[r0 + j] = l0j; a[r1 + j] = l1j;
      a[r0 + j + 1] = (a[r0 + j + 1] - q0 - l0j * lkj) * invk;
      a[r1 + j + 1] = (a[r1 + j + 1] - q1 - l1j * lkj) * invk;
    }
    for (; i < m; i++) {
      const r0 = i * m;
      let p0 = 0, q0 = 0;
      for (let c = 0; c < j; c++) { const x0 = a[r0 + c]; p0 += x0 * a[rj + c]; q0 += x0 * a[rk + c]; }
      const l0j = (a[r0 + j] - p0) * invj;
      a[r0 + j] = l0j;
      a[r0 + j + 1] = (a[r0 + j + 1] - q0 - l0j * lkj) * invk;
    }
  }
  if (j < m) {
    const rj = j * m;
    let s = 0;
    for (let c = 0; c < j; c++) s += a[rj + c] * a[rj + c];
    const d = a[rj + j] - s;
    if (!(d > tol)) return false;
    a[rj + j] = Math.sqrt(d);
  }
  return true;
}

/** Solve L·Lᵀ·x = b in place (b becomes x), L from cholesky(). */
export function choleskySolve(l: Float64Array, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    const ri = i * m;
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[ri + k] * b[k];
    b[i] = s / l[ri + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < m; k++) s -= l[k * m + i] * b[k];
    b[i] = s / l[i * m + i];
  }
}

/** Solve L·Lᵀ·x = b for two right sides at once (b1, b2 become the solutions); L from cholesky(). */
export function choleskySolve2(l: Float64Array, m: number, b1: Float64Array, b2: Float64Array): void {
  for (let i = 0; i < m; i++) {
    const ri = i * m;
    let s = b1[i], t = b2[i];
    for (let k = 0; k < i; k++) { const f = l[ri + k]; s -= f * b1[k]; t -= f * b2[k]; }
    const inv = 1 / l[ri + i];
    b1[i] = s * inv; b2[i] = t * inv;
  }
  // Lᵀx = y by columns of Lᵀ = rows of L (contiguous reads)
  for (let i = m - 1; i >= 0; i--) {
    const ri = i * m, inv = 1 / l[ri + i];
    const s = (b1[i] *= inv), t = (b2[i] *= inv);
    for (let k = 0; k < i; k++) { const f = l[ri + k]; b1[k] -= f * s; b2[k] -= f * t; }
  }
}

/**
 * Forward substitution L·y = b for two right sides at once (b1, b2 become y1, y2); L
 * from cholesky(). Two partial sums per right side (shorter dependency chains).
 */
export function choleskyForward2(l: Float64Array, m: number, b1: Float64Array, b2: Float64Array): void {
  for (let i = 0; i < m; i++) {
    const ri = i * m;
    let s0 = 0, s1 = 0, t0 = 0, t1 = 0, k = 0;
    for (; k + 1 < i; k += 2) {
      const f0 = l[ri + k], f1 = l[ri + k + 1];
      s0 += f0 * b1[k]; s1 += f1 * b1[k + 1];
      t0 += f0 * b2[k]; t1 += f1 * b2[k + 1];
    }
    if (k < i) { const f = l[ri + k]; s0 += f * b1[k]; t0 += f * b2[k]; }
    const inv = 1 / l[ri + i];
    b1[i] = (b1[i] - (s0 + s1)) * inv; b2[i] = (b2[i] - (t0 + t1)) * inv;
  }
}

/** Back substitution Lᵀ·x = y in place (y becomes x); L from cholesky(). */
export function choleskyBackward(l: Float64Array, m: number, y: Float64Array): void {
  // by columns of Lᵀ = rows of L (contiguous reads)
  for (let i = m - 1; i >= 0; i--) {
    const ri = i * m;
    const s = (y[i] /= l[ri + i]);
    for (let k = 0; k < i; k++) y[k] -= l[ri + k] * s;
  }
}

/**
 * LU factorisation with partial pivoting of the m×m matrix a (overwritten by L\U, unit
 * lower diagonal implied); piv receives the row permutation. Returns false when a pivot
 * is ≤ SINGULAR_RTOL · the largest |entry| (singular or numerically so).
 */
export function luFactor(a: Float64Array, m: number, piv: Int32Array): boolean {
  let scale = 0;
  for (let i = 0; i < m * m; i++) scale = Math.max(scale, Math.abs(a[i]));
  const tol = SINGULAR_RTOL * scale;
  for (let i = 0; i < m; i++) piv[i] = i;
  for (let k = 0; k < m; k++) {
    let p = k, best = Math.abs(a[k * m + k]);
    for (let i = k + 1; i < m; i++) {
      const v = Math.abs(a[i * m + k]);
      if (v > best) { best = v; p = i; }
    }
    if (!(best > tol)) return false;
    if (p !== k) {
      const rp = p * m, rk = k * m;
      for (let c = 0; c < m; c++) { const t = a[rp + c]; a[rp + c] = a[rk + c]; a[rk + c] = t; }
      const t = piv[p]; piv[p] = piv[k]; piv[k] = t;
    }
    const rk = k * m, inv = 1 / a[rk + k];
    for (let i = k + 1; i < m; i++) {
      const ri = i * m;
      const f = a[ri + k] * inv;
      a[ri + k] = f;
      if (f !== 0) for (let c = k + 1; c < m; c++) a[ri + c] -= f * a[rk + c];
    }
  }
  return true;
}

/** Solve A·x = b with the factors of luFactor(); x is written to out (out ≠ b). */
export function luSolve(lu: Float64Array, m: number, piv: Int32Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0; i < m; i++) {
    let s = b[piv[i]];
    const ri = i * m;
    for (let k = 0; k < i; k++) s -= lu[ri + k] * out[k];
    out[i] = s;
  }
  for (let i = m - 1; i >= 0; i--) {
    const ri = i * m;
    let s = out[i];
    for (let k = i + 1; k < m; k++) s -= lu[ri + k] * out[k];
    out[i] = s / lu[ri + i];
  }
}
