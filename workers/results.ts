import type { EstimateResult } from '../src/engine/kriging/estimateBlocks';

/** A result for targets [start, start + n) with every field zero. */
function zeroResult(start: number, n: number): EstimateResult {
  return {
    start,
    estimate: new Float64Array(n), variance: new Float64Array(n), slope: new Float64Array(n),
    nSamples: new Int32Array(n), nHoles: new Int32Array(n), meanDistance: new Float64Array(n),
    pass: new Uint8Array(n), singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0,
  };
}

/** The fields that are NaN where a target is unestimated. */
const NAN_FIELDS = ['estimate', 'variance', 'slope', 'meanDistance'] as const;

/** An empty result for targets [start, start + n): NaN estimates, zero counts, pass 0. */
export function allocateResult(start: number, n: number): EstimateResult {
  const r = zeroResult(start, n);
  for (const k of NAN_FIELDS) r[k].fill(NaN);
  return r;
}

/**
 * allocateResult filled `slice` targets at a time with `pause()` in between: a million blocks take
 * ~40 ms to fill (the pages are touched for the first time), too long for one task of a page's
 * main thread.
 */
export async function allocateResultInTasks(start: number, n: number, pause: () => Promise<void>, slice = 1 << 17): Promise<EstimateResult> {
  // Allocating is touching pages too: the arrays come one a task for big grids.
  const r = zeroResult(start, 0);
  const next = async <T>(array: T): Promise<T> => { if (n > slice) await pause(); return array; };
  r.estimate = await next(new Float64Array(n)); r.variance = await next(new Float64Array(n));
  r.slope = await next(new Float64Array(n)); r.meanDistance = await next(new Float64Array(n));
  r.nSamples = await next(new Int32Array(n)); r.nHoles = await next(new Int32Array(n)); r.pass = await next(new Uint8Array(n));
  for (const k of NAN_FIELDS) {
    for (let s = 0; s < n; s += slice) {
      r[k].fill(NaN, s, Math.min(n, s + slice));
      if (n > slice) await pause();
    }
  }
  return r;
}

/** Copies a chunk (its own start) into the full result and adds its counts. */
export function copyChunk(into: EstimateResult, chunk: EstimateResult): void {
  const o = chunk.start - into.start;
  if (o < 0 || o + chunk.estimate.length > into.estimate.length) {
    throw new Error(`chunk [${chunk.start}, ${chunk.start + chunk.estimate.length}) is outside the result [${into.start}, ${into.start + into.estimate.length})`);
  }
  into.estimate.set(chunk.estimate, o);
  into.variance.set(chunk.variance, o);
  into.slope.set(chunk.slope, o);
  into.nSamples.set(chunk.nSamples, o);
  into.nHoles.set(chunk.nHoles, o);
  into.meanDistance.set(chunk.meanDistance, o);
  into.pass.set(chunk.pass, o);
  into.singular += chunk.singular;
  into.unestimated += chunk.unestimated;
  into.illConditioned += chunk.illConditioned;
  into.negativeWeights += chunk.negativeWeights;
  into.maxCondition = Math.max(into.maxCondition, chunk.maxCondition);
  if (chunk.outside !== undefined) into.outside = (into.outside ?? 0) + chunk.outside;
}
