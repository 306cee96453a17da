import { airExclusionText } from '../pipeline/airExclusion';
import { countDuplicates } from '../engine/kriging/estimator';
import type { EstimatePlan } from '../pipeline';
import type { Progress } from './progress';

/**
 * Says on stderr what was derived rather than read from the scene (grid, fitted models, search),
 * and warns of samples sharing a location (with a zero nugget their kriging systems are singular).
 * `grid`: false for commands that do not use the grid (xval).
 */
export function describePlan(plan: EstimatePlan, progress: Progress, grid = true): void {
  const g = plan.grid;
  const n = g.count[0] * g.count[1] * g.count[2];
  if (grid) progress.note(`grid: origin [${g.origin.join(', ')}], size [${g.size.join(', ')}], count [${g.count.join(', ')}] = ${n.toLocaleString('en-US')} blocks${plan.gridSource === 'derived' ? ` (derived: ${plan.gridNote})` : ''}`);
  if (plan.air) progress.note(`air: ${airExclusionText(plan.air)}`);
  const first = plan.elements[0];
  if (grid && first?.method === 'kriging' && first.discretizationSource === 'derived') {
    progress.note(`discretization: [${first.discretization.join(', ')}] points per block (derived from the block size and composite length; set estimate.discretization to change)`);
  }
  for (const p of plan.elements) {
    if (p.method === 'kriging' && p.kriging.type === 'simple') {
      progress.note(`${p.element}: simple kriging mean ${Number(p.kriging.mean.toPrecision(6))}${p.meanSource === 'declustered' ? ' (declustered, length-weighted mean of the samples)' : ' (from the scene)'}`);
    }
    for (const w of p.warnings) {
      if (w.code === 'gaussian-small-nugget') progress.note(`warning: ${p.element}: a Gaussian structure with a nugget of ${(100 * w.nuggetShare).toPrecision(2)}% of the sill (below 1%): kriging systems are nearly singular and the weights unstable; add a nugget`);
    }
    if (p.modelSource === 'fitted') progress.note(`${p.element}: variogram fitted automatically: ${JSON.stringify(p.model)} (${p.modelNote})`);
    if (p.searchSource === 'derived') progress.note(`${p.element}: search from the model: ranges [${p.search.ranges.join(', ')}], angles [${p.search.angles.join(', ')}], ${p.search.minSamples}–${p.search.maxSamples} samples, ${(p.search.passes ?? []).map((q, i) => `pass ${i + 2} ×${q.scale}${q.minSamples !== undefined ? ` (at least ${q.minSamples})` : ''}`).join(', ') || 'one pass'}`);
    const dup = countDuplicates(p.data);
    if (dup > 0) {
      const singular = p.method === 'kriging' && p.model.nugget === 0;
      progress.note(`${p.element}: ${dup.toLocaleString('en-US')} samples share their location with another sample${singular ? '; with no nugget in the model, kriging systems using two of them are singular (those blocks stay NaN)' : ''}`);
    }
  }
}
