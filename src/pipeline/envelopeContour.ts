import type { BlockEstimates, BlockGrid, TriangleMesh } from '../engine/types';
import { isosurface } from '../engine/isosurface/isosurface';
import type { Scene } from '../io/scene/schema';
import { envelopeField, type EnvelopeField } from './domains/envelopeStep';
import type { EstimatePlan, ModelFitter } from './planEstimate';
import type { EstimateRunner } from './runner';
import { shownElement } from './shownElement';

type Estimates = Record<string, Pick<BlockEstimates, 'estimate'>>;

/** A block field and the level whose isosurface is the envelope, with a label saying what it is. */
export interface EnvelopeContour { label: string; values: Float64Array; level: number }

/**
 * The envelope the app draws and `lode envelope` writes: the domain solid or grade shell the scene
 * asks for (domains.envelope, see envelopeField), else the shown element's estimate at `cutoff`
 * (the app's slider; the CLI passes initialCutoff). Null when there is nothing to contour.
 */
export async function envelopeContour(scene: Scene, plan: EstimatePlan | null, estimates: Estimates, runner: EstimateRunner, cutoff: number, fit?: ModelFitter): Promise<EnvelopeContour | null> {
  return contourOf(plan ? await envelopeField(scene, plan, runner, fit) : null, scene, estimates, cutoff);
}

/** envelopeContour once envelopeField is known (the CLI's estimate has computed it already). */
export function contourOf(field: EnvelopeField | null, scene: Scene, estimates: Estimates, cutoff: number): EnvelopeContour | null {
  if (field) return { label: field.label, values: field.values, level: field.level };
  const el = shownElement(scene);
  const est = el ? estimates[el] : undefined;
  return est && el ? { label: `${el} estimate ≥ ${cutoff}`, values: est.estimate, level: cutoff } : null;
}

/**
 * The envelope's triangle mesh, positions relative to the grid origin (float32 stays precise at
 * real-world coordinates), as the app's worker computes it; meshVolume of it is the volume both report.
 */
export function envelopeMesh(grid: BlockGrid, contour: EnvelopeContour): TriangleMesh {
  return isosurface(grid, contour.values, contour.level, { origin: grid.origin });
}
