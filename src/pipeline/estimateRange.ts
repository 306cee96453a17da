import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { blockCount } from '../engine/grid/blockGrid';
import { samplesWithinReach, subsetData } from '../engine/kriging/reach';
import { searchFrameCentre } from '../engine/kriging/neighbourhood';
import type { BlockJob } from '../engine/api';
import type { EstimatePlan } from './planEstimate';
import type { EstimateRunner } from './runner';
import { blockJobOf } from './blockJob';
import type { EstimateCounts } from './estimateDiagnostics';

/**
 * Blocks per window of estimateRange: results of two windows (all elements) are held at a time
 * (~40 bytes a block and element), one being written while the next is estimated.
 */
export const ESTIMATE_WINDOW = 1 << 16;


/** What estimateRange reports: per element the samples the range can reach and the counts. */
export interface RangeSummary {
  /** Per element: samples within reach of the range (all when the range is the grid) and of the element. */
  samples: Record<string, { used: number; total: number }>;
  counts: Record<string, EstimateCounts>;
}

export interface RangeOptions {
  /** Blocks [start, end) of the grid (default all). */
  start?: number;
  end?: number;
  /** Blocks per window (default ESTIMATE_WINDOW). */
  window?: number;
  /** Progress: with one window per element ("AU", done, total of the range); with several, all elements at once (label '', block estimates). */
  onProgress?: (label: string, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The block job of each element for blocks [start, end): only the samples its search can reach, in the whole set's search frame. */
function rangeJobs(plan: EstimatePlan, start: number, end: number, run: string) {
  const whole = start === 0 && end === blockCount(plan.grid);
  return plan.elements.map((p) => {
    const job = blockJobOf(plan, p, `${run}:${p.element}`);
    if (whole) return { job, used: p.data.x.length };
    const keep = samplesWithinReach(p.data, p.search, plan.grid, start, end);
    const ranged: BlockJob = { ...job, data: subsetData(p.data, keep), searchCentre: searchFrameCentre(p.data) };
    return { job: ranged, used: keep.length };
  });
}

let runCounter = 0;

/**
 * Estimates blocks [start, end) of every planned element window by window, in grid order: each
 * window's results (every element) go to onWindow, which runs while the next window is estimated
 * (it should yield now and then, e.g. between writes); a window starts only once the one before
 * the last was handled, so memory stays bounded whatever the grid's size. Each job is prepared once
 * per worker for all windows. Outside the whole grid, each element's job holds only the samples its
 * search can reach from the range (same results as with all of them).
 */
export async function estimateRange(plan: EstimatePlan, runner: EstimateRunner, opts: RangeOptions,
  onWindow: (results: Record<string, EstimateResult>, start: number, end: number) => Promise<void> | void): Promise<RangeSummary> {
  const start = opts.start ?? 0, end = opts.end ?? blockCount(plan.grid), window = opts.window ?? ESTIMATE_WINDOW;
  const jobs = rangeJobs(plan, start, end, `range-${Date.now().toString(36)}-${++runCounter}`);
  const summary: RangeSummary = { samples: {}, counts: {} };
  plan.elements.forEach((p, i) => {
    summary.samples[p.element] = { used: jobs[i].used, total: p.data.x.length };
    summary.counts[p.element] = { unestimated: 0, singular: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0 };
  });
  const several = end - start > window, nEl = plan.elements.length;
  let handling: Promise<void> = Promise.resolve();
  try {
    for (let w0 = start; w0 < end; w0 += window) {
      const w1 = Math.min(end, w0 + window);
      const results = await estimateWindow(w0, w1);
      await handling;
      handling = Promise.resolve(onWindow(results, w0, w1));
      // A failure is thrown by the await above once the next window is estimated, not reported as unhandled meanwhile.
      handling.catch(() => undefined);
    }
    await handling;
  } finally {
    for (const { job } of jobs) runner.releaseJob?.(job.id);
  }
  return summary;

  async function estimateWindow(w0: number, w1: number): Promise<Record<string, EstimateResult>> {
    const results: Record<string, EstimateResult> = {};
    for (let i = 0; i < nEl; i++) {
      const el = plan.elements[i].element;
      const before = (w0 - start) * nEl + i * (w1 - w0);
      const onProgress = !opts.onProgress ? undefined
        : several ? (d: number) => opts.onProgress!('', before + d, (end - start) * nEl)
          : (d: number, t: number) => opts.onProgress!(el, d, t);
      const r = await runner.estimateBlocks(jobs[i].job, { start: w0, end: w1, signal: opts.signal, onProgress, keep: true });
      const c = summary.counts[el];
      c.unestimated += r.unestimated; c.singular += r.singular; c.illConditioned += r.illConditioned;
      c.negativeWeights += r.negativeWeights; c.maxCondition = Math.max(c.maxCondition, r.maxCondition);
      results[el] = r;
    }
    return results;
  }
}
