import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { CONDITION_LIMIT } from '../engine/kriging/krigingSystem';
import type { VariogramModel } from '../engine/types';

/** Where one element's estimate is weak: block counts by outcome (see EstimateResult). */
export interface EstimateDiagnostics {
  element: string;
  /** Blocks in the run. */
  blocks: number;
  /** Blocks with an estimate (ill-conditioned ones included). */
  estimated: number;
  /** Too few samples in every search pass (NaN). */
  unestimated: number;
  /** Singular kriging system (NaN). */
  singular: number;
  /** Outside the domains estimated (NaN by design, not a failure; 0 without domains). */
  outside: number;
  /** Estimated blocks whose condition estimate exceeded `conditionLimit`. */
  illConditioned: number;
  /** Estimated blocks with a negative weight, and their share of the estimated blocks (0..1; 0 when none estimated). */
  negativeWeights: number;
  negativeShare: number;
  /** Largest condition estimate of an estimated block. */
  maxCondition: number;
  /** The limit above which a system counts as ill-conditioned (CONDITION_LIMIT). */
  conditionLimit: number;
}

/** The counts of an EstimateResult (added up over chunks or windows). */
export type EstimateCounts = Pick<EstimateResult, 'unestimated' | 'singular' | 'illConditioned' | 'negativeWeights' | 'maxCondition' | 'outside'>;

/** Counts of one element's estimate (blocks = the run's block count). */
export function estimateDiagnostics(element: string, r: EstimateCounts & { estimate?: { length: number } }, blocks = r.estimate?.length ?? 0): EstimateDiagnostics {
  const outside = r.outside ?? 0;
  const estimated = blocks - r.unestimated - r.singular - outside;
  return {
    element, blocks, estimated, unestimated: r.unestimated, singular: r.singular, outside,
    illConditioned: r.illConditioned, negativeWeights: r.negativeWeights,
    negativeShare: estimated > 0 ? r.negativeWeights / estimated : 0,
    maxCondition: r.maxCondition, conditionLimit: CONDITION_LIMIT,
  };
}

/** Nugget share below which a Gaussian structure is warned of before a run. */
export const GAUSSIAN_NUGGET_SHARE = 0.01;

/** A warning about the parameters of an element, given before the run. */
export interface PlanWarning {
  /** 'gaussian-small-nugget': a Gaussian structure with nugget < 1 % of the total sill. */
  code: 'gaussian-small-nugget';
  /** nugget / total sill. */
  nuggetShare: number;
}

/**
 * Warnings on a variogram model before kriging: a Gaussian structure with a nugget below
 * GAUSSIAN_NUGGET_SHARE of the total sill makes kriging systems nearly singular and the weights
 * unstable (estimates outside the data range; Wackernagel, Multivariate Geostatistics, §8; Armstrong 1998, §7.4).
 */
export function modelWarnings(model: VariogramModel): PlanWarning[] {
  const total = model.nugget + model.structures.reduce((a, s) => a + s.sill, 0);
  if (!(total > 0)) return [];
  const share = model.nugget / total;
  const gaussian = model.structures.some((s) => s.type === 'gaussian' && s.sill > 0);
  return gaussian && share < GAUSSIAN_NUGGET_SHARE ? [{ code: 'gaussian-small-nugget', nuggetShare: share }] : [];
}
