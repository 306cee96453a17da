/**
 * Envelopes of the domain fixture (tests/fixtures/gstat/domains: a lode slab 16 m thick, grade ~3
 * g/t, in 0.05–0.35 g/t wall rock): the domain solid (indicator of LITH = 1 at 0.5) and the grade
 * shell (indicator of AU ≥ 2 at 0.5) both enclose the true slab volume inside the grid,
 * 150 × 150 × 16 = 360,000 m³, to within 6 %; the imported solid's blocks give it by count.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneSchema } from '../src/io/scene/schema';
import { loadSceneData, localRunner, planEstimate } from '../src/pipeline';
import { envelopeField } from '../src/pipeline/domains/envelopeStep';
import { isosurface } from '../src/engine/isosurface/isosurface';
import { meshVolume } from '../src/engine/isosurface/meshMeasures';

const DIR = resolve(__dirname, 'fixtures/gstat/domains');
const base = JSON.parse(readFileSync(`${DIR}/scene.json`, 'utf8'));
const TRUE_VOLUME = 150 * 150 * 16;

async function volumeOf(domains: object) {
  const scene = sceneSchema.parse({ ...base, domains: { ...base.domains, ...domains } });
  const data = await loadSceneData(scene, async (p) => readFileSync(`${DIR}/${p}`));
  const plan = await planEstimate(scene, data);
  const f = await envelopeField(scene, plan, localRunner());
  return { f: f!, volume: meshVolume(isosurface(plan.grid, f!.values, f!.level)) };
}

describe('domain envelopes and their volumes', () => {
  it('domain solid from the indicator model', async () => {
    const { f, volume } = await volumeOf({ solids: undefined, envelope: { type: 'domain' } });
    expect(f.kind).toBe('domain');
    expect(Math.abs(volume / TRUE_VOLUME - 1)).toBeLessThan(0.06);
  });

  it('grade shell of AU ≥ 2 at probability 0.5', async () => {
    const { f, volume } = await volumeOf({ envelope: { type: 'gradeShell', element: 'AU', threshold: 2 } });
    expect(f.label).toBe('AU grade shell (P[AU ≥ 2] ≥ 0.5)');
    expect(Math.abs(volume / TRUE_VOLUME - 1)).toBeLessThan(0.06);
  });

  it('domain solid from the imported solid (its blocks)', async () => {
    const { f, volume } = await volumeOf({ envelope: { type: 'domain' } });
    expect(f.label).toBe('domain 1 solid (blocks inside its solid)');
    expect(Math.abs(volume / TRUE_VOLUME - 1)).toBeLessThan(0.06);
  });
});
