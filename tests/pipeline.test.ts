import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScene, serializeScene, type SceneInput } from '../src/io/scene';
import {
  defaultGrid, evenlySpaced, InputError, loadSceneData, medianNearestXY, niceNumber, planEstimate, resolveElement,
  searchFromModel, densityRadius, withPlan, gradeTonnageTable, defaultCutoffs, elementStatistics,
} from '../src/pipeline';
import { sceneReader } from '../src/cli/context';
import type { SampleSet } from '../src/engine/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENES = join(ROOT, 'tests/fixtures/scenes');
const readScene = (name: string) => parseScene(readFileSync(join(SCENES, name), 'utf8'), name);

/** Holes on a square grid of spacing s in plan, each with samples every 2 m down to depth 100 below z = 500. */
function gridHoles(nx: number, ny: number, s: number): SampleSet {
  const x: number[] = [], y: number[] = [], z: number[] = [], hole: number[] = [], holeIds: string[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const h = holeIds.length;
      holeIds.push(`H${h}`);
      for (let d = 1; d < 100; d += 2) { x.push(1000 + i * s); y.push(5000 + j * s); z.push(500 - d); hole.push(h); }
    }
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z), hole: Int32Array.from(hole), holeIds, values: { AU: new Float64Array(x.length).fill(1) } };
}

describe('default grid from the data', () => {
  it('takes half the drillhole spacing for blocks, a quarter of that in height, padded extents', () => {
    const { grid, spacing } = defaultGrid(gridHoles(6, 5, 40), { compositeLength: 2 });
    expect(spacing).toBe(40);
    expect(grid.size).toEqual([20, 20, 5]);
    // X: holes 1000..1200, padded by 20 (half spacing) → 980..1220, aligned to 20 → 12 blocks from 990.
    expect(grid.origin[0]).toBe(990);
    expect(grid.count[0]).toBe(12);
    // Y: 5000..5160 → 4980..5180 → 10 blocks from 4990.
    expect([grid.origin[1], grid.count[1]]).toEqual([4990, 10]);
    // Z: 401..499 padded by one block (5) → 396..504 → from 395 to 505: 22 blocks centred from 397.5.
    expect([grid.origin[2], grid.count[2]]).toEqual([397.5, 22]);
  });

  it('keeps the block count under the bound by doubling sizes', () => {
    const { grid, reason } = defaultGrid(gridHoles(6, 5, 40), { compositeLength: 2, maxBlocks: 300 });
    expect(grid.count[0] * grid.count[1] * grid.count[2]).toBeLessThanOrEqual(300);
    expect(grid.size[0]).toBeGreaterThan(20);
    // The reason says the blocks are coarser than the spacing alone would give, and why.
    expect(reason).toContain(`blocks ${grid.size.join('×')} from a drillhole spacing`);
    expect(reason).toContain('(20×20×5 coarsened to stay within 300 blocks)');
    expect(defaultGrid(gridHoles(6, 5, 40), { compositeLength: 2 }).reason).not.toContain('coarsened');
  });

  it('gives 2-D point data a single layer', () => {
    const s = readScene('cluster-sk.json');
    return loadSceneData(s, sceneReader(join(SCENES, 'cluster-sk.json'))).then((d) => {
      const { grid } = defaultGrid(d.samples);
      expect(grid.count[2]).toBe(1);
      expect(grid.origin[2]).toBe(0);
      // Every sample lies inside the grid.
      for (let a = 0; a < 2; a++) {
        const c = a === 0 ? d.samples.x : d.samples.y;
        expect(Math.min(...c)).toBeGreaterThan(grid.origin[a] - grid.size[a] / 2);
        expect(Math.max(...c)).toBeLessThan(grid.origin[a] + (grid.count[a] - 0.5) * grid.size[a]);
      }
    });
  });

  it('medianNearestXY equals a brute-force median of nearest-neighbour distances', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })), { minLength: 2, maxLength: 60 }), (pts) => {
      const x = Float64Array.from(pts, (p) => p[0]), y = Float64Array.from(pts, (p) => p[1]);
      const nn: number[] = [];
      for (let i = 0; i < pts.length; i++) {
        let best = Infinity;
        for (let j = 0; j < pts.length; j++) {
          const d = Math.sqrt((x[i] - x[j]) ** 2 + (y[i] - y[j]) ** 2);
          if (d > 1e-9 && d < best) best = d;
        }
        if (best < Infinity) nn.push(best);
      }
      nn.sort((a, b) => a - b);
      const m = nn.length;
      const expected = m === 0 ? NaN : m % 2 ? nn[(m - 1) / 2] : (nn[m / 2 - 1] + nn[m / 2]) / 2;
      expect(medianNearestXY(x, y)).toBe(expected);
    }), { numRuns: 200 });
  });

  it('niceNumber rounds to 1-2-2.5-5 steps', () => {
    expect([0.7, 3, 4, 17, 23, 38, 140].map(niceNumber)).toEqual([0.5, 2.5, 5, 20, 25, 50, 100]);
  });
});

describe('planning an estimate', () => {
  it('takes every parameter the scene gives', async () => {
    const s = readScene('tiny.json');
    const d = await loadSceneData(s, sceneReader(join(SCENES, 'tiny.json')));
    const plan = await planEstimate(s, d);
    expect(plan.gridSource).toBe('scene');
    expect(plan.grid).toEqual(s.estimate!.grid);
    const p = plan.elements[0];
    expect(p.element).toBe('AU');
    expect(p.modelSource).toBe('scene');
    expect(p.searchSource).toBe('scene');
    expect(p.data.x.length).toBe(8);
    expect(Array.from(p.data.v)).toEqual([2, 2, 0.5, 0.005, 4, 6, 2.5, 2.5]);
  });

  it('derives the model, search and grid when the scene has no estimate section', async () => {
    const s = readScene('tiny.json');
    delete (s as Partial<typeof s>).estimate;
    const d = await loadSceneData(s, sceneReader(join(SCENES, 'tiny.json')));
    const plan = await planEstimate(s, d, { elements: ['au'] });
    const p = plan.elements[0];
    expect(p.element).toBe('AU');
    expect(p.modelSource).toBe('fitted');
    expect(p.model.structures.length).toBeGreaterThan(0);
    expect(p.search).toEqual(searchFromModel(p.model, p.data));
    expect(plan.gridSource).toBe('derived');
    expect(plan.gridNote).toMatch(/drillhole spacing/);
    // The completed scene validates and keeps what was derived.
    const saved = parseScene(await serializeScene(withPlan(s, plan)), 'saved.json');
    expect(saved.estimate?.grid).toEqual(plan.grid);
    expect(saved.estimate?.variograms.AU).toEqual(p.model);
  });

  it('resolves element names case-insensitively and names the choices otherwise', () => {
    expect(resolveElement('au', ['AU', 'CU'])).toBe('AU');
    expect(() => resolveElement('ZN', ['AU', 'CU'])).toThrow(InputError);
    expect(() => resolveElement('ZN', ['AU', 'CU'])).toThrow('estimate.elements: the data has no element "ZN" (elements: AU, CU)');
  });

  it('search from a model: the ellipsoid of the longest structure', () => {
    const s = searchFromModel({ nugget: 0, structures: [
      { type: 'spherical', sill: 1, ranges: [30, 20, 10], angles: [10, 0, 0] },
      { type: 'exponential', sill: 1, ranges: [200, 100, 50], angles: [45, -30, 5] },
    ] });
    expect(s).toMatchObject({ ranges: [200, 100, 50], angles: [45, -30, 5], minSamples: 4, maxSamples: 24, maxPerHole: 0, passes: [{ scale: 2 }, { scale: 4 }] });
  });

  it('widens the third pass when the model range is short for the data density (nearly pure nugget fits)', () => {
    // 100 samples over a 100 × 50 area: 24 samples lie within √(24·5000/(100·π)) = 19.54 on average.
    const x = Float64Array.from({ length: 100 }, (_, i) => (i % 10) * (100 / 9));
    const y = Float64Array.from({ length: 100 }, (_, i) => Math.floor(i / 10) * (50 / 9));
    const d = { x, y, z: new Float64Array(100) };
    expect(densityRadius(d, 24)).toBeCloseTo(Math.sqrt((24 * 5000) / (100 * Math.PI)), 12);
    const short = searchFromModel({ nugget: 0.9, structures: [{ type: 'spherical', sill: 0.1, ranges: [2, 2, 2], angles: [0, 0, 0] }] }, d);
    expect(short.passes).toEqual([{ scale: 2 }, { scale: 9.77 }]);
    // A range of 10 reaches 19.54 within four times the range: the third pass stays at ×4.
    expect(searchFromModel({ nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [10, 10, 10], angles: [0, 0, 0] }] }, d).passes).toEqual([{ scale: 2 }, { scale: 4 }]);
    // In 3-D: a ball; on a line: a segment of 2r holding 24 of 100 samples 1 apart → r = 24·99/(100·2).
    expect(densityRadius({ x: Float64Array.from({ length: 100 }, (_, i) => i), y: new Float64Array(100), z: new Float64Array(100) }, 24)).toBeCloseTo(11.88, 12);
    expect(densityRadius({ x: new Float64Array(3), y: new Float64Array(3), z: new Float64Array(3) }, 24)).toBeNaN();
  });
});

describe('loading scene data', () => {
  it('reads embedded (gzip) tables exactly as referenced ones', async () => {
    const file = join(SCENES, 'tiny.json');
    const s = readScene('tiny.json');
    const embedded = parseScene(await serializeScene(s, { embed: true, readFile: sceneReader(file) }), 'embedded.json');
    expect(embedded.data.assays?.gzip).toBeDefined();
    const a = await loadSceneData(s, sceneReader(file));
    const b = await loadSceneData(embedded, async (p) => { throw new Error(`no file access expected (${p})`); });
    expect(Array.from(b.samples.values.AU)).toEqual(Array.from(a.samples.values.AU));
    expect(Array.from(b.samples.z)).toEqual(Array.from(a.samples.z));
    expect(b.findings.map((f) => f.code)).toEqual(a.findings.map((f) => f.code));
    expect(b.findings.find((f) => f.code === 'from-ge-to')?.file).toBe('assay.csv');
  });

  it('caps grades and reports it as a finding', async () => {
    const input = JSON.parse(readFileSync(join(SCENES, 'tiny.json'), 'utf8')) as SceneInput;
    input.composite = { length: 2, caps: { au: 3 } };
    const d = await loadSceneData(parseScene(JSON.stringify(input), 'capped.json'), sceneReader(join(SCENES, 'tiny.json')));
    expect(Math.max(...d.samples.values.AU)).toBe(3);
    const f = d.findings.find((x) => x.code === 'capped');
    expect(f?.message).toMatch(/^AU: 2 samples capped at 3/);
  });

  it('stops with InputError naming the field for a missing file', async () => {
    await expect(loadSceneData(readScene('missing-file.json'), sceneReader(join(SCENES, 'missing-file.json'))))
      .rejects.toThrow(/^data\.assays: \.\.\/data\/tiny\/no-such-assay\.csv: file not found/);
  });

  it('Babbitt (feet, positive-down dips) loads with its known quirks in the report', async () => {
    const d = await loadSceneData(readScene('babbitt.json'), sceneReader(join(SCENES, 'babbitt.json')));
    expect(d.holes?.holeIds.length).toBe(399);
    expect(d.findings.filter((f) => f.code === 'dip-positive-down')).toHaveLength(1);
    // 70 holes carry a dummy station at AT = 90000 (SOURCE.md): each is excluded with a finding.
    const dummies = d.findings.filter((f) => f.excluded && /90000/.test(f.message));
    expect(dummies).toHaveLength(70);
    expect(d.elements).toEqual(['CU', 'NI', 'S', 'FE']);
    // 20 ft composites lie within the desurveyed extent given in SOURCE.md (z −1,251 to 1,609 ft).
    const z = d.samples.z.filter(Number.isFinite);
    expect(Math.min(...z)).toBeGreaterThan(-1300);
    expect(Math.max(...z)).toBeLessThan(1633);
  });
});

describe('steps', () => {
  it('evenlySpaced picks the samples gstat_ok.R --cv-max picks (R: unique(round(seq(1, n, length.out = m))) - 1)', () => {
    // Values printed by R 4 for these calls (round half to even: 4.5 → 4).
    expect(Array.from(evenlySpaced(10, 4)!)).toEqual([0, 3, 6, 9]);
    expect(Array.from(evenlySpaced(100, 7)!)).toEqual([0, 17, 33, 49, 66, 83, 99]);
    expect(Array.from(evenlySpaced(8, 3)!)).toEqual([0, 3, 7]);
    expect(evenlySpaced(10, 10)).toBeUndefined();
  });

  it('grade–tonnage in feet converts the block volume to m³', () => {
    const est = Float64Array.from([0.5, 1, 2, NaN]);
    const grid = { origin: [0, 0, 0] as [number, number, number], size: [10, 10, 10] as [number, number, number], count: [4, 1, 1] as [number, number, number] };
    const { rows } = gradeTonnageTable(est, grid, { units: 'ft', density: 2, cutoffs: [0, 1] });
    // 1000 ft³ = 28.316846592 m³; ×2 t/m³.
    expect(rows[0].tonnes).toBeCloseTo(3 * 28.316846592 * 2, 9);
    expect(rows[1].blocks).toBe(2);
    expect(rows[1].grade).toBeCloseTo(1.5, 12);
  });

  it('default cutoffs step up to the 95th percentile', () => {
    const est = Float64Array.from({ length: 101 }, (_, i) => i / 10);
    expect(defaultCutoffs(est)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('statistics are length-weighted for composites', () => {
    const s: SampleSet = {
      x: Float64Array.from([0, 10]), y: Float64Array.from([0, 0]), z: Float64Array.from([0, 0]), hole: Int32Array.from([0, 0]), holeIds: ['A'],
      weight: Float64Array.from([1, 3]), values: { AU: Float64Array.from([2, 6]) },
    };
    const [st] = elementStatistics(s, ['AU']);
    expect(st.weighting).toBe('length');
    expect(st.summary.mean).toBe(5);
  });
});
