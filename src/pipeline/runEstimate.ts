import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import type { CrossValidationResult } from '../engine/kriging/crossValidate';
import type { EstimatePlan, ElementPlan } from './planEstimate';
import type { EstimateRunner } from './runner';
import { blockJobOf } from './blockJob';
import { estimateInDomains } from './domains/estimateDomains';

let runCounter = 0;

/** Callbacks of estimateAll / crossValidateAll, per element. */
export interface RunCallbacks<C> {
  onProgress?: (element: string, done: number, total: number) => void;
  onChunk?: (element: string, chunk: C) => void;
  signal?: AbortSignal;
}

/** Estimates every element of a plan on the grid, one element after another (each on the whole pool); inside its domains with hard boundaries when the plan has domains. */
export async function estimateAll(plan: EstimatePlan, runner: EstimateRunner, cb: RunCallbacks<EstimateResult> = {}): Promise<Record<string, EstimateResult>> {
  if (plan.domains) return estimateInDomains(plan, runner, cb);
  const out: Record<string, EstimateResult> = {};
  const run = `est-${Date.now().toString(36)}-${++runCounter}`;
  for (const p of plan.elements) {
    out[p.element] = await runner.estimateBlocks(blockJobOf(plan, p, `${run}:${p.element}`), {
      signal: cb.signal,
      onProgress: cb.onProgress && ((d, t) => cb.onProgress!(p.element, d, t)),
      onChunk: cb.onChunk && ((c) => cb.onChunk!(p.element, c)),
    });
  }
  return out;
}

/** Rounding half to even, as R's round(). */
function roundHalfEven(v: number): number {
  const f = Math.floor(v), d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * n evenly spaced indices of 0..total-1 (undefined = all, when n ≥ total), exactly as
 * shared/reference/gstat_ok.R picks them for --cv-max: unique(round(seq(1, total, length.out = n))) − 1.
 */
export function evenlySpaced(total: number, n?: number): Int32Array | undefined {
  if (n === undefined || n >= total) return undefined;
  const picked = new Set<number>();
  if (n === 1) picked.add(0);
  else {
    // R's seq.default: c(from, from + (1..n-2) * ((to - from) / (n - 1)), to).
    const by = (total - 1) / (n - 1);
    for (let k = 0; k < n; k++) picked.add(roundHalfEven(k === n - 1 ? total : 1 + k * by) - 1);
  }
  return Int32Array.from([...picked].sort((a, b) => a - b));
}

/** Cross-validation result of one element, with the sample index (into SceneData.samples) of each row. */
export interface ElementCrossValidation extends CrossValidationResult {
  /** SceneData.samples index of each row. */
  sample: Int32Array;
}

/** Leave-one-out (or leave-one-hole-out) cross-validation of every element of a plan. */
export async function crossValidateAll(plan: EstimatePlan, runner: EstimateRunner,
  opts: { leaveHoleOut?: boolean; max?: number } & RunCallbacks<CrossValidationResult> = {}): Promise<Record<string, ElementCrossValidation>> {
  const out: Record<string, ElementCrossValidation> = {};
  for (const p of plan.elements) {
    const r = await runner.crossValidate(xvalRequest(p, opts), {
      signal: opts.signal,
      onProgress: opts.onProgress && ((d, t) => opts.onProgress!(p.element, d, t)),
    });
    out[p.element] = { ...r, sample: Int32Array.from(r.index, (i) => p.index[i]) };
  }
  return out;
}

function xvalRequest(p: ElementPlan, opts: { leaveHoleOut?: boolean; max?: number }) {
  return {
    data: p.data, model: p.model, search: p.search, kriging: p.kriging, method: p.method, idwPower: p.idwPower,
    leaveHoleOut: opts.leaveHoleOut ?? false, indices: evenlySpaced(p.data.x.length, opts.max),
  };
}
