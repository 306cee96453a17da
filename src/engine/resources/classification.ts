import type { BlockEstimates } from '../types';

/** Resource classes (GB/T 17766-2020 固体矿产资源储量分类: 探明 measured, 控制 indicated, 推断 inferred). */
export const CLASSES = ['measured', 'indicated', 'inferred'] as const;
export type ResourceClass = typeof CLASSES[number];

/** Class codes of the block model's CLASS column: 1 measured, 2 indicated, 3 inferred, 0 unclassified, NaN unestimated. */
export const CLASS_CODE: Record<ResourceClass | 'unclassified', number> = { measured: 1, indicated: 2, inferred: 3, unclassified: 0 };

/** One rule: a block meets it when it meets every criterion given. */
export interface ClassRule {
  class: ResourceClass;
  /** Estimated in this search pass or an earlier one. */
  maxPass?: number;
  /** At least this many samples used. */
  minSamples?: number;
  /** Samples from at least this many drillholes. */
  minHoles?: number;
  /** Mean Euclidean distance from the block centroid to the samples used at most this (scene length unit). */
  maxDistance?: number;
  /** Slope of regression at least this. */
  minSlope?: number;
}

/** Whether block i of the estimates meets a rule (the block must be estimated). */
export function meetsRule(est: BlockEstimates, i: number, r: ClassRule): boolean {
  if (r.maxPass !== undefined && !(est.pass[i] <= r.maxPass)) return false;
  if (r.minSamples !== undefined && !(est.nSamples[i] >= r.minSamples)) return false;
  if (r.minHoles !== undefined && !(est.nHoles[i] >= r.minHoles)) return false;
  if (r.maxDistance !== undefined && !(est.meanDistance[i] <= r.maxDistance)) return false;
  if (r.minSlope !== undefined && !(est.slope[i] >= r.minSlope)) return false;
  return true;
}

/**
 * Class code of every block: rules are tried in the order measured → indicated → inferred and a block
 * takes the first it meets; estimated blocks meeting none are 0 (unclassified); unestimated ones NaN.
 */
export function classifyBlocks(est: BlockEstimates, rules: ClassRule[]): Float64Array {
  const order = [...rules].sort((a, b) => CLASS_CODE[a.class] - CLASS_CODE[b.class]);
  const n = est.estimate.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(est.estimate[i])) { out[i] = NaN; continue; }
    let c = 0;
    for (const r of order) if (meetsRule(est, i, r)) { c = CLASS_CODE[r.class]; break; }
    out[i] = c;
  }
  return out;
}
