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
  for (let j = 0; j < m; j++) {
    const rj = j * m;
    let s0 = 0, s1 = 0, k = 0;
    for (; k + 1 < j; k += 2) { s0 += a[rj + k] * a[rj + k]; s1 += a[rj + k + 1] * a[rj + k + 1]; }
    if (k < j) s0 += a[rj + k] * a[rj + k];
    const d = a[rj + j] - (s0 + s1);
    if (!(d > tol)) return false;
    const ljj = Math.sqrt(d);
    a[rj + j] = ljj;
    const inv = 1 / ljj;
    // rows i … i + 3 together: each element of row j is loaded once for all four
    // (register blocking), two partial sums per row (the dot products are latency-bound)
    let i = j + 1;
    for (; i + 3 < m; i += 4) {
      const r0 = i * m, r1 = r0 + m, r2 = r1 + m, r3 = r2 + m;
      let p0 = 0, p1 = 0, q0 = 0, q1 = 0, u0 = 0, u1 = 0, v0 = 0, v1 = 0, c = 0;
      for (; c + 1 < j; c += 2) {
        const b0 = a[rj + c], b1 = a[rj + c + 1];
        p0 += a[r0 + c] * b0; p1 += a[r0 + c + 1] * b1;
        q0 += a[r1 + c] * b0; q1 += a[r1 + c + 1] * b1;
        u0 += a[r2 + c] * b0; u1 += a[r2 + c + 1] * b1;
        v0 += a[r3 + c] * b0; v1 += a[r3 + c + 1] * b1;
      }
      if (c < j) { const b0 = a[rj + c]; p0 += a[r0 + c] * b0; q0 += a[r1 + c] * b0; u0 += a[r2 + c] * b0; v0 += a[r3 + c] * b0; }
      a[r0 + j] = (a[r0 + j] - (p0 + p1)) * inv;
      a[r1 + j] = (a[r1 + j] - (q0 + q1)) * inv;
      a[r2 + j] = (a[r2 + j] - (u0 + u1)) * inv;
      a[r3 + j] = (a[r3 + j] - (v0 + v1)) * inv;
    }
    for (; i < m; i++) {
      const ri = i * m;
      let p0 = 0, p1 = 0, c = 0;
      for (; c + 1 < j; c += 2) { p0 += a[ri + c] * a[rj + c]; p1 += a[ri + c + 1] * a[rj + c + 1]; }
      if (c < j) p0 += a[ri + c] * a[rj + c];
      a[ri + j] = (a[ri + j] - (p0 + p1)) * inv;
    }
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
