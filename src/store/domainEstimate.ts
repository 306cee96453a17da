import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { estimateInDomains } from '../pipeline/domains/estimateDomains';
import type { EstimatePlan } from '../pipeline/planEstimate';
import { getPool, type EstimateRun } from './engineClient';

/** Copies a chunk (blocks [c.start, …)) into a full-grid result, counts aside. */
function copyInto(into: EstimateResult, c: EstimateResult): void {
  into.estimate.set(c.estimate, c.start); into.variance.set(c.variance, c.start); into.slope.set(c.slope, c.start);
  into.nSamples.set(c.nSamples, c.start); into.nHoles.set(c.nHoles, c.start); into.meanDistance.set(c.meanDistance, c.start);
  into.pass.set(c.pass, c.start);
}

/**
 * Runs an estimate with domains in the pool through the pipeline (estimateInDomains, as `lode
 * estimate`): each element's blocks are written into `fresh[element]` as chunks arrive, and its
 * counts (outside domains included) when its run ends. Only the elements of `fresh` are kept.
 */
export function startDomainEstimate(plan: EstimatePlan, fresh: Record<string, EstimateResult>,
  cb: { onChunk(element: string, start: number, end: number): void; onProgress(fraction: number): void }): EstimateRun {
  const controller = new AbortController();
  const only = { ...plan, elements: plan.elements.filter((p) => fresh[p.element]) };
  const done = estimateInDomains(only, getPool(), {
    signal: controller.signal,
    onChunk: (el, c) => { copyInto(fresh[el], c); cb.onChunk(el, c.start, c.start + c.estimate.length); },
    onProgress: (el, d, t) => {
      const e = only.elements.findIndex((p) => p.element === el);
      cb.onProgress(e < 0 ? 0 : (e + (t > 0 ? d / t : 1)) / only.elements.length);
    },
  }).then((all) => {
    for (const [el, r] of Object.entries(all)) {
      copyInto(fresh[el], r);
      Object.assign(fresh[el], { singular: r.singular, unestimated: r.unestimated, illConditioned: r.illConditioned,
        negativeWeights: r.negativeWeights, maxCondition: r.maxCondition, outside: r.outside });
    }
  });
  return { done, cancel: () => controller.abort() };
}
