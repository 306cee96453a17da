/**
 * Levenberg–Marquardt minimisation of ½Σ r_i(p)² (Marquardt 1963; Nocedal & Wright 2006,
 * §10.3) with a central-difference Jacobian and Marquardt's diagonal scaling:
 * (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr. Bounds are the caller's business (parameter transforms).
 */
export interface LmResult {
  p: Float64Array;
  /** ½Σr² at p. */
  cost: number;
  iterations: number;
  /** False when maxIterations ran out before the relative cost change fell below tolerance. */
  converged: boolean;
}

/** Solve the symmetric positive definite system a·x = b (n×n row-major) by Cholesky; null when not positive definite. */
function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / l[j * n + j];
    }
  }
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * x[k];
    x[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
  return x;
}

/** Minimise ½Σ r(p)² from p0; `residuals(p, out)` fills the m residuals. */
export function levenbergMarquardt(
  residuals: (p: Float64Array, out: Float64Array) => void, p0: ArrayLike<number>, m: number,
  opts: { maxIterations?: number; tolerance?: number } = {},
): LmResult {
  const maxIt = opts.maxIterations ?? 300, tol = opts.tolerance ?? 1e-14;
  const n = p0.length;
  let p = Float64Array.from(p0);
  const r = new Float64Array(m), rt = new Float64Array(m), rp = new Float64Array(m), rm = new Float64Array(m);
  const cost = (q: Float64Array, out: Float64Array) => {
    residuals(q, out);
    let s = 0;
    for (let i = 0; i < m; i++) s += out[i] * out[i];
    return Number.isFinite(s) ? s / 2 : Infinity;
  };
  let c = cost(p, r);
  let lambda = 1e-3, it = 0, converged = false;
  const jac = new Float64Array(m * n), a = new Float64Array(n * n), g = new Float64Array(n), q = new Float64Array(n);
  while (it < maxIt && c > 0) {
    it++;
    for (let k = 0; k < n; k++) {
      const step = 1e-6 * (1 + Math.abs(p[k]));
      q.set(p); q[k] = p[k] + step; residuals(q, rp);
      q[k] = p[k] - step; residuals(q, rm);
      for (let i = 0; i < m; i++) jac[i * n + k] = (rp[i] - rm[i]) / (2 * step);
    }
    a.fill(0); g.fill(0);
    let maxDiag = 0;
    for (let i = 0; i < m; i++) {
      const row = i * n;
      for (let k = 0; k < n; k++) {
        const jk = jac[row + k];
        if (jk === 0) continue;
        g[k] += jk * r[i];
        for (let l = 0; l <= k; l++) a[k * n + l] += jk * jac[row + l];
      }
    }
    for (let k = 0; k < n; k++) { for (let l = 0; l < k; l++) a[l * n + k] = a[k * n + l]; maxDiag = Math.max(maxDiag, a[k * n + k]); }
    if (maxDiag === 0) { converged = true; break; }
    let improved = false;
    while (lambda < 1e16) {
      const damped = a.slice();
      for (let k = 0; k < n; k++) damped[k * n + k] += lambda * Math.max(a[k * n + k], 1e-9 * maxDiag);
      const neg = g.map((v) => -v);
      const d = choleskySolve(damped, neg, n);
      if (d) {
        const trial = new Float64Array(n);
        for (let k = 0; k < n; k++) trial[k] = p[k] + d[k];
        const ct = cost(trial, rt);
        if (ct < c) {
          const drop = c - ct;
          p = trial; r.set(rt); c = ct;
          lambda = Math.max(lambda / 3, 1e-12);
          improved = true;
          if (drop <= tol * ct) converged = true;
          break;
        }
      }
      lambda *= 4;
    }
    if (!improved) { converged = true; break; }
    if (converged) break;
  }
  if (c === 0) converged = true;
  return { p, cost: c, iterations: it, converged };
}
