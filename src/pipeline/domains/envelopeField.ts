import type { Scene } from '../../io/scene/schema';
import type { BlockDomains } from './estimateDomains';

/**
 * The field and level whose isosurface is the domain envelope (domains.envelope.type 'domain'):
 * the kriged indicator of the code at the envelope's probability (indicator models), or the
 * 0/1 membership of the blocks in the code's solid at 0.5. Null for the other envelope types
 * (the estimate's isosurface at the cutoff is drawn then).
 */
export function domainEnvelopeField(scene: Scene, estimated: string[], bd: BlockDomains): { values: Float64Array; level: number } | null {
  const env = scene.domains?.envelope;
  if (env?.type !== 'domain') return null;
  const code = env.code ?? estimated[0];
  const d = bd.codes.indexOf(code);
  if (d < 0) return null;
  const ind = bd.indicators?.[code];
  if (ind) return { values: ind, level: env.probability };
  return { values: Float64Array.from(bd.domain, (v) => (v === d ? 1 : 0)), level: 0.5 };
}
