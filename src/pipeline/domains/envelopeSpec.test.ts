import { describe, expect, it } from 'vitest';
import { sceneSchema, type Scene } from '../../io/scene/schema';
import { envelopeLabel, envelopeSpec } from './envelopeSpec';
import type { EstimatePlan } from '../planEstimate';

const scene = (envelope: Record<string, unknown>): Scene => sceneSchema.parse({
  lode: 1, data: { samples: { path: 's.csv' } }, domains: { column: 'LITH', estimate: ['LODE'], envelope },
});
const plan = (source: 'solids' | 'indicator') => ({
  elements: [{ element: 'AU' }], domains: { codes: ['LODE', 'WALL'], estimate: ['LODE'], source },
}) as unknown as Pick<EstimatePlan, 'domains' | 'elements'>;

describe('envelopeSpec', () => {
  it('names the domain solid, from a solid or an indicator at its probability', () => {
    expect(envelopeSpec(scene({ type: 'domain' }), plan('solids'))).toEqual({ kind: 'domain', code: 'LODE', source: 'solids', probability: 0.5 });
    const ind = envelopeSpec(scene({ type: 'domain', code: 'WALL', probability: 0.7 }), plan('indicator'))!;
    expect(ind).toEqual({ kind: 'domain', code: 'WALL', source: 'indicator', probability: 0.7 });
    expect(envelopeLabel(ind)).toBe('domain WALL solid (indicator ≥ 0.7)');
  });
  it('names a grade shell with the element as the data spell it', () => {
    const s = envelopeSpec(scene({ type: 'gradeShell', element: 'au', threshold: 1 }), plan('indicator'))!;
    expect(s).toEqual({ kind: 'gradeShell', element: 'AU', threshold: 1, probability: 0.5 });
    expect(envelopeLabel(s)).toBe('AU grade shell (P[AU ≥ 1] ≥ 0.5)');
  });
  it('is null for the cutoff isosurface, an unknown code or a shell without threshold', () => {
    expect(envelopeSpec(scene({ type: 'estimate' }), plan('solids'))).toBeNull();
    expect(envelopeSpec(scene({ type: 'domain', code: 'X' }), plan('solids'))).toBeNull();
    expect(envelopeSpec(scene({ type: 'gradeShell' }), plan('solids'))).toBeNull();
  });
});
