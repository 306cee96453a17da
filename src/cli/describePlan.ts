import type { EstimatePlan } from '../pipeline';
import type { Progress } from './progress';

/** Says on stderr what was derived rather than read from the scene (grid, fitted models, search). */
export function describePlan(plan: EstimatePlan, progress: Progress): void {
  const g = plan.grid;
  const n = g.count[0] * g.count[1] * g.count[2];
  progress.note(`grid: origin [${g.origin.join(', ')}], size [${g.size.join(', ')}], count [${g.count.join(', ')}] = ${n.toLocaleString('en-US')} blocks${plan.gridSource === 'derived' ? ` (derived: ${plan.gridNote})` : ''}`);
  for (const p of plan.elements) {
    if (p.modelSource === 'fitted') progress.note(`${p.element}: variogram fitted automatically: ${JSON.stringify(p.model)} (${p.modelNote})`);
    if (p.searchSource === 'derived') progress.note(`${p.element}: search from the model: ranges [${p.search.ranges.join(', ')}], angles [${p.search.angles.join(', ')}], ${p.search.minSamples}–${p.search.maxSamples} samples, 2nd pass ×2`);
  }
}
