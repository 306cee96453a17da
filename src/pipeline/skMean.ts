import { cellDecluster } from '../engine/stats/declustering';
import type { SampleSet } from '../engine/types';

/**
 * Default simple-kriging mean of an element: the declustered, length-weighted mean of its
 * samples (composites), Σ wᵢ ℓᵢ vᵢ / Σ wᵢ ℓᵢ with wᵢ the cell-declustering weights
 * (cellDecluster, GSLIB declus) and ℓᵢ the sample lengths (SampleSet.weight; 1 for point data).
 * Samples with a missing value are left out. NaN when the element has no values.
 */
export function declusteredMean(samples: SampleSet, element: string): number {
  const v = samples.values[element];
  if (!v) throw new Error(`no element "${element}" in the samples`);
  const w = cellDecluster(samples.x, samples.y, samples.z, v).weights;
  const len = samples.weight;
  let s = 0, sw = 0;
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i]) || !(w[i] > 0)) continue;
    const k = w[i] * (len ? len[i] : 1);
    s += k * v[i]; sw += k;
  }
  return sw > 0 ? s / sw : NaN;
}
