import type { BlockJob } from '../../engine/api';
import type { EstimateResult } from '../../engine/kriging/estimateBlocks';
import { mostProbable } from '../../engine/domains/blockDomains';
import { blockCount } from '../../engine/grid/blockGrid';
import type { EstimatePlan } from '../planEstimate';
import type { EstimateRunner } from '../runner';
import type { RunCallbacks } from '../runEstimate';
import type { DomainPlan } from './planDomains';

/** The domain of every block of the grid. */
export interface BlockDomains {
  codes: string[];
  /** Per block: index into codes, −1 for none. */
  domain: Int32Array;
  /** Per block: kriged indicator of its domain (the most probable code's), indicator models only; NaN where none was estimated. */
  probability?: Float64Array;
  /** Per code: its kriged indicator on every block (indicator models only). */
  indicators?: Record<string, Float64Array>;
}

const cache = new WeakMap<DomainPlan, BlockDomains>();

/** The job of one (element or indicator) estimate on the plan's grid. */
function job(plan: EstimatePlan, id: string, p: Omit<BlockJob, 'id' | 'grid'>): BlockJob {
  return { id, grid: plan.grid, ...p };
}

/**
 * Block domains of a plan with domains: from the solids (known at plan time), else by ordinary
 * kriging of each code's 0/1 indicator on the grid, each block taking the most probable code.
 * Computed once per plan (the indicator runs go through the runner like any estimate).
 */
export async function blockDomainsOf(plan: EstimatePlan, runner: EstimateRunner, cb: RunCallbacks<EstimateResult> = {}): Promise<BlockDomains> {
  const dp = plan.domains!;
  const have = cache.get(dp);
  if (have) return have;
  let out: BlockDomains;
  if (dp.blocks) out = { codes: dp.codes, domain: dp.blocks };
  else {
    const n = blockCount(plan.grid);
    const disc = plan.elements[0]?.discretization ?? [1, 1, 1];
    const indicators: Record<string, Float64Array> = {};
    for (const ind of dp.indicators) {
      const r = await runner.estimateBlocks(job(plan, `ind-${Date.now().toString(36)}:${ind.code}`, {
        data: ind.data, model: ind.model, search: ind.search, kriging: { type: 'ordinary' }, discretization: disc, method: 'kriging',
      }), { signal: cb.signal, onProgress: cb.onProgress && ((d, t) => cb.onProgress!(`domain ${ind.code}`, d, t)) });
      indicators[ind.code] = r.estimate;
    }
    const best = mostProbable(dp.codes.map((c) => indicators[c]), n);
    out = { codes: dp.codes, domain: best.domain, probability: best.probability, indicators };
  }
  cache.set(dp, out);
  return out;
}

/** An empty result of n blocks from `start` (default the full grid): NaN estimates, zero counts. */
export function emptyResult(n: number, start = 0): EstimateResult {
  return {
    start, estimate: new Float64Array(n).fill(NaN), variance: new Float64Array(n).fill(NaN), slope: new Float64Array(n).fill(NaN),
    nSamples: new Int32Array(n), nHoles: new Int32Array(n), meanDistance: new Float64Array(n).fill(NaN), pass: new Uint8Array(n),
    singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0, outside: 0,
  };
}

/** Copies the blocks of `from` (covering [from.start, …)) whose grid-wide mask is set into `into` (covering [into.start, …), e.g. the full grid). */
export function mergeMasked(into: EstimateResult, from: EstimateResult, mask: Uint8Array): void {
  for (let s = 0; s < from.estimate.length; s++) {
    const b = from.start + s, t = b - into.start;
    if (!mask[b]) continue;
    into.estimate[t] = from.estimate[s]; into.variance[t] = from.variance[s]; into.slope[t] = from.slope[s];
    into.nSamples[t] = from.nSamples[s]; into.nHoles[t] = from.nHoles[s]; into.meanDistance[t] = from.meanDistance[s]; into.pass[t] = from.pass[s];
  }
}

/** Blocks [start, start + n) of a full-grid result, as a chunk. */
function slice(r: EstimateResult, start: number, n: number): EstimateResult {
  const e = start + n;
  return {
    ...r, start, estimate: r.estimate.slice(start, e), variance: r.variance.slice(start, e), slope: r.slope.slice(start, e),
    nSamples: r.nSamples.slice(start, e), nHoles: r.nHoles.slice(start, e), meanDistance: r.meanDistance.slice(start, e), pass: r.pass.slice(start, e),
  };
}

/**
 * Estimates every element inside its domains with hard boundaries: the blocks of each
 * estimated code from that code's samples only (its own plan: model, search), the other
 * blocks left NaN and counted in `outside`. Counts add up over the codes.
 */
export async function estimateInDomains(plan: EstimatePlan, runner: EstimateRunner, cb: RunCallbacks<EstimateResult> = {}): Promise<Record<string, EstimateResult>> {
  const dp = plan.domains!;
  const bd = await blockDomainsOf(plan, runner, cb);
  const n = blockCount(plan.grid);
  const masks = dp.estimate.map((code) => {
    const d = dp.codes.indexOf(code);
    return Uint8Array.from(bd.domain, (v) => (v === d ? 1 : 0));
  });
  const inAny = masks.reduce((a, m) => a + m.reduce((s, v) => s + v, 0), 0);
  const run = `dom-${Date.now().toString(36)}`;
  const out: Record<string, EstimateResult> = {};
  for (const p of plan.elements) {
    const merged = emptyResult(n);
    merged.outside = n - inAny;
    const parts = dp.elements[p.element];
    for (let c = 0; c < parts.length; c++) {
      const { code, plan: ep } = parts[c];
      const mask = masks[c];
      const r = await runner.estimateBlocks({
        id: `${run}:${p.element}:${code}`, data: ep.data, grid: plan.grid, model: ep.model, search: ep.search,
        kriging: ep.kriging, discretization: ep.discretization, method: ep.method, idwPower: ep.idwPower, active: mask,
        // Air above the topography stays unestimated inside a domain too.
        ...(plan.air ? { exclude: plan.air.mask } : {}),
      }, {
        signal: cb.signal,
        onProgress: cb.onProgress && ((d, t) => cb.onProgress!(p.element, d + c * t, t * parts.length)),
        onChunk: cb.onChunk && ((chunk) => { mergeMasked(merged, chunk, mask); cb.onChunk!(p.element, slice(merged, chunk.start, chunk.estimate.length)); }),
      });
      mergeMasked(merged, r, mask);
      merged.singular += r.singular; merged.unestimated += r.unestimated;
      merged.illConditioned += r.illConditioned; merged.negativeWeights += r.negativeWeights;
      merged.maxCondition = Math.max(merged.maxCondition, r.maxCondition);
    }
    out[p.element] = merged;
  }
  return out;
}
