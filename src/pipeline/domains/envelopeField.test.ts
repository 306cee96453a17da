import { describe, expect, it } from 'vitest';
import { sceneSchema } from '../../io/scene/schema';
import { isosurface } from '../../engine/isosurface/isosurface';
import { meshVolume } from '../../engine/isosurface/meshMeasures';
import { domainEnvelopeField } from './envelopeField';

const scene = (envelope?: object) => sceneSchema.parse({ lode: 1, data: { collars: { path: 'c.csv' } }, domains: { column: 'LITH', ...(envelope ? { envelope } : {}) } });

describe('domain envelope field', () => {
  const grid = { origin: [0, 0, 0] as [number, number, number], size: [1, 1, 1] as [number, number, number], count: [6, 6, 6] as [number, number, number] };
  // A 2×2×2 block of domain 1 in the middle of the grid.
  const domain = new Int32Array(216).fill(0);
  for (let k = 2; k < 4; k++) for (let j = 2; j < 4; j++) for (let i = 2; i < 4; i++) domain[(k * 6 + j) * 6 + i] = 1;
  const bd = { codes: ['0', '1'], domain };

  it('is the membership of the solid-given domain at 0.5: its isosurface encloses the domain blocks', () => {
    const f = domainEnvelopeField(scene({ type: 'domain' }), ['1'], bd)!;
    expect(f.level).toBe(0.5);
    expect(f.values.reduce((a, v) => a + v, 0)).toBe(8);
    // Marching cubes on centroids at 0.5 between 1 and 0: an octahedron-rounded cube of side 2 around 8 centroids (volume between 1 and 8).
    const v = meshVolume(isosurface(grid, f.values, f.level) );
    expect(v).toBeGreaterThan(1);
    expect(v).toBeLessThan(8);
  });

  it('is the kriged indicator at the envelope probability for indicator models, and null for the estimate envelope', () => {
    const ind = new Float64Array(216).fill(0.2);
    const f = domainEnvelopeField(scene({ type: 'domain', probability: 0.4 }), ['1'], { ...bd, indicators: { '1': ind, '0': ind } })!;
    expect(f.values).toBe(ind);
    expect(f.level).toBe(0.4);
    expect(domainEnvelopeField(scene(), ['1'], bd)).toBeNull();
    expect(domainEnvelopeField(scene({ type: 'estimate' }), ['1'], bd)).toBeNull();
  });
});
