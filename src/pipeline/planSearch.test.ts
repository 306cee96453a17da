import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene, serializeScene } from '../io/scene';
import { sceneSchema } from '../io/scene/schema';
import { sceneReader } from '../cli/context';
import { loadSceneData } from './loadSceneData';
import { planEstimate, withPlan } from './planEstimate';
import { searchFromModel } from './searchDefaults';

const FILE = new URL('../../sample-models/synthetic-gold/scene.json', import.meta.url);
const base = parseScene(readFileSync(FILE, 'utf8'), 'scene.json');

describe('search per element', () => {
  it('a derived search is each element\'s own; withPlan saves one per element and the saved scene plans the same', async () => {
    // Cu without a model: fitted to its own data, so its ellipsoid differs from gold's.
    const variograms = Object.fromEntries(Object.entries(base.estimate!.variograms).filter(([k]) => k !== 'CU'));
    const scene = { ...base, estimate: { ...base.estimate!, variograms, search: undefined } };
    const data = await loadSceneData(scene, sceneReader(FILE.pathname));
    const plan = await planEstimate(scene, data);
    const [au, ag, cu] = ['AU', 'AG', 'CU'].map((e) => plan.elements.find((p) => p.element === e)!);
    for (const p of [au, ag, cu]) {
      expect(p.searchSource).toBe('derived');
      expect(p.search).toEqual(searchFromModel(p.model, p.data));
    }
    // Cu must not be estimated with Au's ellipsoid.
    expect(cu.search.ranges).not.toEqual(au.search.ranges);
    const saved = parseScene(await serializeScene(withPlan(scene, plan)), 'saved.json');
    expect(Object.keys(saved.estimate!.search!)).toEqual(['AU', 'AG', 'CU']);
    const again = await planEstimate(saved, data);
    for (const p of again.elements) {
      expect(p.searchSource).toBe('scene');
      expect(p.search).toEqual({ ...plan.elements.find((q) => q.element === p.element)!.search });
    }
  });

  it('a record gives some elements their own search (keys case-insensitive); the others derive theirs', async () => {
    const own = { ranges: [50, 40, 10] as [number, number, number], angles: [0, 0, 0] as [number, number, number], minSamples: 3, maxSamples: 12, maxPerHole: 2, maxPerOctant: 0, passes: [] };
    const scene = sceneSchema.parse({ ...base, estimate: { ...base.estimate!, search: { cu: own } } });
    const data = await loadSceneData(scene, sceneReader(FILE.pathname));
    const plan = await planEstimate(scene, data);
    const cu = plan.elements.find((p) => p.element === 'CU')!, au = plan.elements.find((p) => p.element === 'AU')!;
    expect(cu.searchSource).toBe('scene');
    expect(cu.search).toEqual(own);
    expect(au.searchSource).toBe('derived');
    expect(au.search).toEqual(searchFromModel(au.model, au.data));
    // One search for every element is still read as before.
    const single = sceneSchema.parse({ ...base });
    const plan1 = await planEstimate(single, data);
    expect(new Set(plan1.elements.map((p) => JSON.stringify(p.search))).size).toBe(1);
  });
});

describe('default passes for drillhole data', () => {
  const model = { nugget: 0, structures: [{ type: 'spherical' as const, sill: 1, ranges: [40, 40, 10] as [number, number, number], angles: [0, 0, 0] as [number, number, number] }] };
  // Six holes 30 m apart, 20 samples each down 2 m.
  const n = 120, x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), hole = new Int32Array(n);
  for (let i = 0; i < n; i++) { hole[i] = Math.floor(i / 20); x[i] = 30 * hole[i]; y[i] = 0; z[i] = -2 * (i % 20); }

  it('3 holes in pass 1, 2 in pass 2, one may do in pass 3; at most 4 a hole', () => {
    const s = searchFromModel(model, { x, y, z, hole });
    expect([s.minSamples, s.maxPerHole, s.maxSamples]).toEqual([9, 4, 24]);
    expect(s.passes).toEqual([{ scale: 2, minSamples: 6 }, { scale: 4, minSamples: 4 }]);
  });

  it('without hole identities the minimum stays 4 in every pass', () => {
    const s = searchFromModel(model, { x, y, z, hole: new Int32Array(n).fill(-1) });
    expect([s.minSamples, s.maxPerHole]).toEqual([4, 0]);
    expect(s.passes).toEqual([{ scale: 2 }, { scale: 4 }]);
  });
});
