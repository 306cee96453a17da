import type { Scene } from '../../io/scene/schema';
import type { EstimatePlan } from '../planEstimate';

/**
 * What the envelope of the scene is (domains.envelope), in words a legend or a report can say:
 * the solid of one domain (the imported solid's blocks, or its indicator at a probability), a
 * grade shell (P[grade ≥ threshold] ≥ probability), or null for the estimate's isosurface at the
 * cutoff. The app's legend and envelopeField (app and CLI) both read it.
 */
export type EnvelopeSpec =
  | { kind: 'domain'; code: string; source: 'solids' | 'indicator'; probability: number }
  | { kind: 'gradeShell'; element: string; threshold: number; probability: number };

export function envelopeSpec(scene: Scene, plan: Pick<EstimatePlan, 'domains' | 'elements'> | null): EnvelopeSpec | null {
  const env = scene.domains?.envelope;
  if (env?.type === 'domain' && plan?.domains) {
    const code = env.code ?? plan.domains.estimate[0];
    if (!plan.domains.codes.includes(code)) return null;
    return { kind: 'domain', code, source: plan.domains.source, probability: plan.domains.source === 'solids' ? 0.5 : env.probability };
  }
  if (env?.type === 'gradeShell' && env.threshold !== undefined) {
    const names = plan?.elements.map((p) => p.element) ?? [];
    const want = env.element ?? names[0] ?? '';
    const element = names.find((e) => e.toLowerCase() === want.toLowerCase()) ?? want;
    return { kind: 'gradeShell', element, threshold: env.threshold, probability: env.probability };
  }
  return null;
}

/** The envelope's label in English (CLI output), e.g. "domain 1 solid (blocks inside its solid)". */
export function envelopeLabel(s: EnvelopeSpec): string {
  if (s.kind === 'domain') return `domain ${s.code} solid (${s.source === 'solids' ? 'blocks inside its solid' : `indicator ≥ ${s.probability}`})`;
  return `${s.element} grade shell (P[${s.element} ≥ ${s.threshold}] ≥ ${s.probability})`;
}
