import type { Scene } from '../../io/scene/schema';
import type { EstimatePlan, ModelFitter } from '../planEstimate';
import type { EstimateRunner } from '../runner';
import { blockDomainsOf } from './estimateDomains';
import { domainEnvelopeField } from './envelopeField';
import { gradeShell } from './gradeShell';
import { envelopeLabel, envelopeSpec } from './envelopeSpec';

/** The field and level of the scene's envelope when it is not the estimate's isosurface, with a label saying what it is. */
export interface EnvelopeField { kind: 'domain' | 'gradeShell'; label: string; values: Float64Array; level: number }

/**
 * The envelope the scene asks for (domains.envelope): the domain solid or a grade shell, as a
 * block field and the level to contour it at; null for the estimate's isosurface at the cutoff.
 * The CLI and the app both draw / measure this (isosurface, meshVolume).
 */
export async function envelopeField(scene: Scene, plan: EstimatePlan, runner: EstimateRunner, fit?: ModelFitter): Promise<EnvelopeField | null> {
  const type = scene.domains?.envelope?.type;
  if (type === 'domain' && plan.domains) {
    const f = domainEnvelopeField(scene, plan.domains.estimate, await blockDomainsOf(plan, runner));
    const spec = envelopeSpec(scene, plan);
    return f && spec && { kind: 'domain', label: envelopeLabel(spec), ...f };
  }
  if (type === 'gradeShell') {
    const s = await gradeShell(scene, plan, runner, fit);
    return s && { kind: 'gradeShell', label: envelopeLabel({ kind: 'gradeShell', element: s.element, threshold: s.threshold, probability: s.level }), values: s.values, level: s.level };
  }
  return null;
}
