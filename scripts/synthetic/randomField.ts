import type { Rng } from './prng';

/**
 * A stationary Gaussian random field with mean 0, variance 1 and an (anisotropic)
 * exponential covariance C(h) = exp(−3·|h'|) in range-scaled coordinates h', built as a
 * sum of random-phase cosines (spectral method; Shinozuka & Deodatis 1991, "Simulation of
 * stochastic processes by spectral representation", Appl. Mech. Rev. 44(4)):
 *   Y(x) = √(2/K) · Σ_k cos(κ_k·x' + φ_k),  φ_k ~ U(0, 2π),  κ_k ~ spectral density.
 * The 3-D spectral density of exp(−|h|/ℓ) is ∝ (1 + ℓ²|κ|²)^−2, a multivariate Student t with
 * one degree of freedom: κ = Z/(ℓ·|Z'|), Z ~ N(0, I₃), Z' ~ N(0, 1).
 */
export interface RandomField {
  /** Value at the offset (dx, dy, dz) from the field's local origin (metres). */
  at(dx: number, dy: number, dz: number): number;
}

/**
 * Field with practical ranges [r1, r2, r3] along the rows of `axes` (row-major 3×3 unit
 * vectors u1, u2, u3 in east, north, up), from K cosines drawn from `rng`.
 */
export function exponentialField(rng: Rng, ranges: [number, number, number], axes: ArrayLike<number>, waves = 256): RandomField {
  // Wave vectors in world coordinates: κ_world = Σ_i κ_i · u_i / r_i (x'_i = x·u_i / r_i, ℓ = 1/3).
  const kx = new Float64Array(waves), ky = new Float64Array(waves), kz = new Float64Array(waves);
  const phase = new Float64Array(waves);
  for (let k = 0; k < waves; k++) {
    let zp = Math.abs(rng.normal());
    if (zp < 1e-3) zp = 1e-3; // bounds the rare enormous wave number (acts as nugget anyway)
    const scale = 3 / zp;
    const c = [rng.normal() * scale, rng.normal() * scale, rng.normal() * scale];
    let x = 0, y = 0, z = 0;
    for (let i = 0; i < 3; i++) {
      x += (c[i] * axes[i * 3]) / ranges[i];
      y += (c[i] * axes[i * 3 + 1]) / ranges[i];
      z += (c[i] * axes[i * 3 + 2]) / ranges[i];
    }
    kx[k] = x; ky[k] = y; kz[k] = z;
    phase[k] = rng.uniform(0, 2 * Math.PI);
  }
  const amp = Math.sqrt(2 / waves);
  return {
    at(dx, dy, dz) {
      let s = 0;
      for (let k = 0; k < waves; k++) s += Math.cos(kx[k] * dx + ky[k] * dy + kz[k] * dz + phase[k]);
      return amp * s;
    },
  };
}
