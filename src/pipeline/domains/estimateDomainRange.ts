import type { BlockJob } from '../../engine/api';
import type { EstimationData, SearchParams } from '../../engine/types';
import type { EstimateResult } from '../../engine/kriging/estimateBlocks';
import { mostProbable } from '../../engine/domains/blockDomains';
import { blockCount } from '../../engine/grid/blockGrid';
import { samplesWithinReach, subsetData } from '../../engine/kriging/reach';
import { searchFrameCentre } from '../../engine/kriging/neighbourhood';
import type { EstimatePlan } from '../planEstimate';
import { emptyResult, mergeMasked } from './estimateDomains';
import type { EstimateRunner } from '../runner';

/** Block domains and estimates of blocks [start, end) of a plan with domains; arrays hold the range only. */
export interface DomainRange {
  codes: string[];
  /** Per block of the range: index into codes, −1 for none. */
  domain: Int32Array;
  /** Per block of the range: the most probable code's kriged indicator (indicator models only). */
  probability?: Float64Array;
  /** Per element: the estimate of the range (start = the range's first block), NaN outside the estimated domains. */
  results: Record<string, EstimateResult>;
}

/** The data of a job for blocks [start, end): only the samples its search can reach, in the whole set's search frame (same results as with all of them). */
function reachOf(data: EstimationData, search: SearchParams, plan: EstimatePlan, start: number, end: number): Pick<BlockJob, 'data' | 'searchCentre'> {
  return { data: subsetData(data, samplesWithinReach(data, search, plan.grid, start, end)), searchCentre: searchFrameCentre(data) };
}

let runCounter = 0;

/**
 * Blocks [start, end) of estimateInDomains and blockDomainsOf, for `lode estimate --tile` of a
 * scene with domains: the block domains (from the solids, or the indicator model kriged on the
 * range only: a block's indicators depend on its own neighbourhood), then each estimated code's
 * blocks from that code's samples. Every job holds only the samples its search can reach from
 * the range, so tiles of a grid equal one whole run, block for block.
 */
export async function estimateDomainRange(plan: EstimatePlan, runner: EstimateRunner, start: number, end: number): Promise<DomainRange> {
  const dp = plan.domains!;
  const run = `domrange-${Date.now().toString(36)}-${++runCounter}`;
  const n = end - start;
  let domain: Int32Array, probability: Float64Array | undefined;
  if (dp.blocks) domain = dp.blocks.slice(start, end);
  else {
    const disc = plan.elements[0]?.discretization ?? [1, 1, 1];
    const probs: Float64Array[] = [];
    for (const ind of dp.indicators) {
      const r = await runner.estimateBlocks({
        id: `${run}:ind:${ind.code}`, grid: plan.grid, ...reachOf(ind.data, ind.search, plan, start, end),
        model: ind.model, search: ind.search, kriging: { type: 'ordinary' }, discretization: disc, method: 'kriging',
      }, { start, end });
      probs[dp.codes.indexOf(ind.code)] = r.estimate;
    }
    ({ domain, probability } = mostProbable(dp.codes.map((_, c) => probs[c]), n));
  }
  const total = blockCount(plan.grid);
  const masks = dp.estimate.map((code) => {
    const d = dp.codes.indexOf(code), mask = new Uint8Array(total);
    for (let i = 0; i < n; i++) if (domain[i] === d) mask[start + i] = 1;
    return mask;
  });
  const inAny = masks.reduce((a, m) => a + m.reduce((s, v) => s + v, 0), 0);
  const results: Record<string, EstimateResult> = {};
  for (const p of plan.elements) {
    const out = emptyResult(n, start);
    out.outside = n - inAny;
    const parts = dp.elements[p.element];
    for (let c = 0; c < parts.length; c++) {
      const { code, plan: ep } = parts[c];
      const r = await runner.estimateBlocks({
        id: `${run}:${p.element}:${code}`, grid: plan.grid, ...reachOf(ep.data, ep.search, plan, start, end),
        model: ep.model, search: ep.search, kriging: ep.kriging, discretization: ep.discretization, method: ep.method, idwPower: ep.idwPower,
        active: masks[c], ...(plan.air ? { exclude: plan.air.mask } : {}),
      }, { start, end });
      mergeMasked(out, r, masks[c]);
      out.singular += r.singular; out.unestimated += r.unestimated; out.illConditioned += r.illConditioned;
      out.negativeWeights += r.negativeWeights; out.maxCondition = Math.max(out.maxCondition, r.maxCondition);
    }
    results[p.element] = out;
  }
  return { codes: dp.codes, domain, probability, results };
}
