import { anisotropyMatrix } from '../geometry/anisotropy';
import type { VariogramModel } from '../types';
import { STRUCTURE_CODE } from './correlation';

/** Offsets shorter than this count as coincident (GSLIB EPSLON): the nugget applies. */
export const COINCIDENT = 1e-10;

/**
 * A variogram model prepared for fast evaluation: per structure its type code, its
 * contribution and its anisotropy matrix (see anisotropyMatrix).
 */
export interface CompiledModel {
  nugget: number;
  /** Total sill: nugget + Σ contributions = C(0). */
  sill: number;
  types: Int32Array;
  sills: Float64Array;
  /** 9 numbers per structure, row-major. */
  matrices: Float64Array;
}

export function compileModel(model: VariogramModel): CompiledModel {
  const n = model.structures.length;
  const types = new Int32Array(n), sills = new Float64Array(n), matrices = new Float64Array(9 * n);
  let sill = model.nugget;
  model.structures.forEach((s, i) => {
    types[i] = STRUCTURE_CODE[s.type];
    sills[i] = s.sill;
    sill += s.sill;
    matrices.set(anisotropyMatrix(s.ranges, s.angles), 9 * i);
  });
  return { nugget: model.nugget, sill, types, sills, matrices };
}

/**
 * Covariance without the nugget, C(d) − nugget·[d = 0], for offset (dx, dy, dz).
 * Used between distinct points and within block discretisations (where coincident
 * discretisation points do not add the nugget, as in GSLIB kt3d and gstat).
 */
export function structuredCovariance(m: CompiledModel, dx: number, dy: number, dz: number): number {
  let c = 0;
  const mat = m.matrices;
  for (let i = 0, o = 0; i < m.types.length; i++, o += 9) {
    const a = mat[o] * dx + mat[o + 1] * dy + mat[o + 2] * dz;
    const b = mat[o + 3] * dx + mat[o + 4] * dy + mat[o + 5] * dz;
    const e = mat[o + 6] * dx + mat[o + 7] * dy + mat[o + 8] * dz;
    const h2 = a * a + b * b + e * e;
    switch (m.types[i]) {
      case 0: if (h2 < 1) { const h = Math.sqrt(h2); c += m.sills[i] * (1 - h * (1.5 - 0.5 * h2)); } break;
      case 1: c += m.sills[i] * Math.exp(-3 * Math.sqrt(h2)); break;
      default: c += m.sills[i] * Math.exp(-3 * h2);
    }
  }
  return c;
}

/** Point covariance C(d): the structured part plus the nugget when the points coincide. */
export function covariance(m: CompiledModel, dx: number, dy: number, dz: number): number {
  const c = structuredCovariance(m, dx, dy, dz);
  return dx * dx + dy * dy + dz * dz < COINCIDENT * COINCIDENT ? c + m.nugget : c;
}

/** Semivariogram γ(d) = C(0) − C(d); γ(0) = 0. */
export function semivariogram(m: CompiledModel, dx: number, dy: number, dz: number): number {
  return m.sill - covariance(m, dx, dy, dz);
}
