import type { Scene } from '../../io/scene/schema';
import type { EstimateResult } from '../../engine/kriging/estimateBlocks';
import type { EstimationData, SearchParams } from '../../engine/types';
import { elementPlanOf } from '../blockJob';
import { resolveElement } from '../estimationData';
import { InputError } from '../inputError';
import { fitInProcess, type EstimatePlan, type ModelFitter } from '../planEstimate';
import type { EstimateRunner } from '../runner';
import { searchFromModel } from '../searchDefaults';

/** The grade shell's field: the kriged indicator of grade ≥ threshold on every block, and the probability contoured. */
export interface GradeShell { element: string; threshold: number; values: Float64Array; level: number }

/**
 * A grade shell (domains.envelope.type 'gradeShell'): the 0/1 indicator of the element's
 * composites at or above the threshold, kriged (ordinary, a variogram fitted to the indicator,
 * search derived from it) on the grid; its isosurface at the envelope probability is the shell.
 */
export async function gradeShell(scene: Scene, plan: EstimatePlan, runner: EstimateRunner, fit: ModelFitter = fitInProcess): Promise<GradeShell | null> {
  const env = scene.domains?.envelope;
  if (env?.type !== 'gradeShell') return null;
  const element = resolveElement(env.element ?? plan.elements[0]?.element ?? '', plan.elements.map((p) => p.element), 'domains.envelope.element');
  if (env.threshold === undefined) throw new InputError('domains.envelope.threshold: a grade shell needs a grade threshold', 'grade-shell-threshold', { element }, 'domains.envelope.threshold');
  const p = elementPlanOf(plan, element)!;
  const data: EstimationData = { ...p.data, v: Float64Array.from(p.data.v, (g) => (g >= env.threshold! ? 1 : 0)) };
  const model = (await fit(data)).model;
  const search: SearchParams = searchFromModel(model, data);
  const r: EstimateResult = await runner.estimateBlocks({
    id: `shell-${Date.now().toString(36)}:${element}`, data, grid: plan.grid, model, search,
    kriging: { type: 'ordinary' }, discretization: p.discretization, method: 'kriging',
  });
  return { element, threshold: env.threshold, values: r.estimate, level: env.probability };
}
