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
  const sk = plan.elements.filter((p) => p.kriging.type === 'simple' && p.method === 'kriging');
  if (sk.length > 1) {
    const mean = (sk[0].kriging as { mean: number }).mean;
    progress.note(`simple kriging: the one mean ${mean} of estimate.kriging is used for every element (${sk.map((p) => p.element).join(', ')}); estimate one element per scene if their means differ`);
  }
  for (const p of plan.elements) {
    if (p.modelSource === 'fitted') progress.note(`${p.element}: variogram fitted automatically: ${JSON.stringify(p.model)} (${p.modelNote})`);
    if (p.searchSource === 'derived') progress.note(`${p.element}: search from the model: ranges [${p.search.ranges.join(', ')}], angles [${p.search.angles.join(', ')}], ${p.search.minSamples}–${p.search.maxSamples} samples, ${(p.search.passes ?? []).map((q, i) => `pass ${i + 2} ×${q.scale}`).join(', ') || 'one pass'}`);
    const dup = countDuplicates(p.data);
    if (dup > 0) {
      const singular = p.method === 'kriging' && p.model.nugget === 0;
      progress.note(`${p.element}: ${dup.toLocaleString('en-US')} samples share their location with another sample${singular ? '; with no nugget in the model, kriging systems using two of them are singular (those blocks stay NaN)' : ''}`);
    }
  }
}
