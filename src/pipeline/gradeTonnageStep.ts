import { gradeTonnage, type GradeTonnageRow } from '../engine/resources/gradeTonnage';
import { blockVolume } from '../engine/grid/blockGrid';
import type { BlockGrid } from '../engine/types';
import { niceNumber } from './spacing';

/** Cubic metres per cubic foot (0.3048³, exact by definition of the foot). */
export const CUBIC_METRES_PER_CUBIC_FOOT = 0.028316846592;

/** Block volume in m³ (grid sizes in the scene's unit). */
export function blockVolumeM3(grid: BlockGrid, units: 'm' | 'ft'): number {
  return blockVolume(grid) * (units === 'ft' ? CUBIC_METRES_PER_CUBIC_FOOT : 1);
}

/** Cutoffs 0, s, 2s, … up to the 95th percentile of the estimates, s a 1-2-2.5-5 step giving about ten rows. */
export function defaultCutoffs(estimate: Float64Array): number[] {
  const v = Array.from(estimate).filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return [0];
  const top = v[Math.min(v.length - 1, Math.floor(0.95 * (v.length - 1)))];
  if (!(top > 0)) return [0];
  const step = niceNumber(top / 10);
  const out: number[] = [];
  for (let k = 0; k * step <= top * (1 + 1e-9) && out.length < 40; k++) out.push(+(k * step).toPrecision(12));
  return out;
}

/** Grade–tonnage rows of a block estimate (density t/m³; tonnes from the block volume in m³). */
export function gradeTonnageTable(estimate: Float64Array, grid: BlockGrid, opts: { units: 'm' | 'ft'; density: number; cutoffs?: number[] }): { cutoffs: number[]; rows: GradeTonnageRow[] } {
  const cutoffs = opts.cutoffs && opts.cutoffs.length ? opts.cutoffs : defaultCutoffs(estimate);
  return { cutoffs, rows: gradeTonnage(estimate, blockVolumeM3(grid, opts.units), opts.density, cutoffs) };
}
