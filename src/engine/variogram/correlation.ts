import type { StructureType } from '../types';

/**
 * Normalised correlation ρ(h) of each structure type, h = distance / practical range
 * (GSLIB convention, Deutsch & Journel 1998, §II.3): a model supplies only this;
 * covariance and variogram are derived from it (C = sill·ρ, γ = sill·(1 − ρ)).
 *   spherical:   ρ = 1 − 1.5h + 0.5h³ for h < 1, else 0
 *   exponential: ρ = exp(−3h)
 *   gaussian:    ρ = exp(−3h²)
 */
export function correlation(type: StructureType, h: number): number {
  switch (type) {
    case 'spherical':
      return h >= 1 ? 0 : 1 - h * (1.5 - 0.5 * h * h);
    case 'exponential':
      return Math.exp(-3 * h);
    case 'gaussian':
      return Math.exp(-3 * h * h);
  }
}

/** Numeric code of a structure type, for tight loops. */
export const STRUCTURE_CODE: Record<StructureType, number> = { spherical: 0, exponential: 1, gaussian: 2 };
