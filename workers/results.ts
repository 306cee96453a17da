import type { EstimateResult } from '../src/engine/kriging/estimateBlocks';

/** An empty result for targets [start, start + n): NaN estimates, zero counts, pass 0. */
export function allocateResult(start: number, n: number): EstimateResult {
  return {
    start,
    estimate: new Float64Array(n).fill(NaN), variance: new Float64Array(n).fill(NaN),
    slope: new Float64Array(n).fill(NaN), nSamples: new Int32Array(n), nHoles: new Int32Array(n),
    meanDistance: new Float64Array(n).fill(NaN), pass: new Uint8Array(n), singular: 0, unestimated: 0,
  };
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
}
