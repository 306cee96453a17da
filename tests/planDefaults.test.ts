import { describe, expect, it } from 'vitest';
import { parseScene } from '../src/io/scene';
import { defaultGrid, planEstimate, searchFromModel, type SceneData } from '../src/pipeline';
import { defaultDiscretization } from '../src/pipeline/discretization';
import { declusteredMean } from '../src/pipeline/skMean';
import { modelWarnings } from '../src/pipeline/estimateDiagnostics';
import type { SampleSet, VariogramModel } from '../src/engine/types';

const sph: VariogramModel = { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [50, 50, 50], angles: [0, 0, 0] }] };

/** A and B at one place, C 100 m away: every cell size declustering tries puts A and B in one cell, C alone. */
function threeSamples(): SampleSet {
  return {
    x: Float64Array.from([0, 0, 100]), y: new Float64Array(3), z: new Float64Array(3),
    hole: Int32Array.from([0, 0, 1]), holeIds: ['H1', 'H2'], weight: Float64Array.from([1, 3, 2]),
    values: { AU: Float64Array.from([4, 6, 1]), CU: Float64Array.from([0.5, 0.5, NaN]) },
  };
}
const dataOf = (samples: SampleSet): SceneData => ({
  kind: 'drillholes', report: { findings: [], tables: [], elements: [] }, findings: [], holes: null,
  samples, elements: Object.keys(samples.values), is2D: false,
});

describe('simple-kriging mean per element', () => {
  it('default: declustered, length-weighted mean (hand calculation)', () => {
    // Cell weights 1/2, 1/2, 1, scaled to Σ = 3: 0.75, 0.75, 1.5; lengths 1, 3, 2:
    // (0.75·1·4 + 0.75·3·6 + 1.5·2·1) / (0.75·1 + 0.75·3 + 1.5·2) = 19.5 / 6 = 3.25 (equal weights: 3.67).
    expect(declusteredMean(threeSamples(), 'AU')).toBeCloseTo(3.25, 12);
    // A missing value is left out.
    expect(declusteredMean(threeSamples(), 'CU')).toBeCloseTo(0.5, 12);
  });

  it('the plan takes the scene\'s number, its per-element record, else the declustered mean', async () => {
    const base = { lode: 1, data: { samples: { path: 'x.csv' } } };
    const plan = async (kriging: unknown) => (await planEstimate(parseScene(JSON.stringify({ ...base, estimate: { kriging, variograms: { AU: sph, CU: sph }, grid: { origin: [0, 0, 0], size: [10, 10, 10], count: [2, 2, 1] } } }), 's.json'), dataOf(threeSamples()))).elements;
    const one = await plan({ type: 'simple', mean: 2 });
    expect(one.map((p) => [p.element, p.kriging, p.meanSource])).toEqual([['AU', { type: 'simple', mean: 2 }, 'scene'], ['CU', { type: 'simple', mean: 2 }, 'scene']]);
    const rec = await plan({ type: 'simple', mean: { au: 1.5 } });
    expect(rec.map((p) => [p.element, p.kriging, p.meanSource])).toEqual([['AU', { type: 'simple', mean: 1.5 }, 'scene'], ['CU', { type: 'simple', mean: 0.5 }, 'declustered']]);
    const none = await plan({ type: 'simple' });
    expect(none[0].kriging).toEqual({ type: 'simple', mean: declusteredMean(threeSamples(), 'AU') });
    expect(none[0].meanSource).toBe('declustered');
    const ok = await plan({ type: 'ordinary' });
    expect(ok[0].kriging).toEqual({ type: 'ordinary' });
    expect(ok[0].meanSource).toBeUndefined();
  });
});

describe('block kriging by default', () => {
  it('discretization from block size and composite length, 1..4 points an axis', () => {
    const g = (size: [number, number, number], nz = 5) => ({ origin: [0, 0, 0] as [number, number, number], size, count: [3, 3, nz] as [number, number, number] });
    expect(defaultDiscretization(g([25, 25, 10]), { compositeLength: 2 })).toEqual([4, 4, 4]);
    expect(defaultDiscretization(g([10, 10, 5]), { compositeLength: 5 })).toEqual([2, 2, 1]);
    expect(defaultDiscretization(g([20, 20, 5]))).toEqual([4, 4, 1]);
    expect(defaultDiscretization(g([3, 3, 3]), { compositeLength: 10 })).toEqual([1, 1, 1]);
    expect(defaultDiscretization(g([20, 20, 1], 1), { flat: true })).toEqual([4, 4, 1]);
  });

  it('the plan derives it when the scene gives none, and keeps the scene\'s', async () => {
    const scene = (extra: object) => parseScene(JSON.stringify({ lode: 1, data: { samples: { path: 'x.csv' } }, composite: { length: 2 },
      estimate: { variograms: { AU: sph, CU: sph }, grid: { origin: [0, 0, 0], size: [20, 20, 8], count: [5, 1, 2] }, ...extra } }), 's.json');
    const derived = (await planEstimate(scene({}), dataOf(threeSamples()))).elements[0];
    expect([derived.discretization, derived.discretizationSource]).toEqual([[4, 4, 4], 'derived']);
    const given = (await planEstimate(scene({ discretization: [1, 1, 1] }), dataOf(threeSamples()))).elements[0];
    expect([given.discretization, given.discretizationSource]).toEqual([[1, 1, 1], 'scene']);
  });
});

describe('defaults a geologist starts from', () => {
  it('the derived search takes at most 4 samples a hole and needs 9 (3 holes); point data keep 4–24 without a limit', () => {
    const d = (hole: number[]) => ({ x: Float64Array.from(hole, (_, i) => i), y: new Float64Array(hole.length), z: new Float64Array(hole.length), hole: Int32Array.from(hole) });
    expect(searchFromModel(sph, d([0, 0, 1, 1, 2, 2]))).toMatchObject({ minSamples: 9, maxSamples: 24, maxPerHole: 4 });
    expect(searchFromModel(sph, d([0, 0, 1, 1]))).toMatchObject({ minSamples: 4, maxPerHole: 0 });
    expect(searchFromModel(sph, d([-1, -1, -1, -1]))).toMatchObject({ minSamples: 4, maxPerHole: 0 });
  });

  it('the default grid covers the samples with a value, and leaves a far outlying hole outside', () => {
    // 100 holes on a 40 m grid, samples every 2 m; one more hole 5 km east (1 % of the samples); samples without a value 1 km north.
    const x: number[] = [], y: number[] = [], z: number[] = [], hole: number[] = [], v: number[] = [];
    const add = (h: number, px: number, py: number, val: number) => { for (let d = 1; d < 100; d += 2) { x.push(px); y.push(py); z.push(500 - d); hole.push(h); v.push(val); } };
    for (let h = 0; h < 100; h++) add(h, 1000 + (h % 10) * 40, 5000 + Math.floor(h / 10) * 40, 1);
    add(100, 6000, 5080, 1);
    add(101, 1080, 6000, NaN);
    const s: SampleSet = { x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z), hole: Int32Array.from(hole), holeIds: Array.from({ length: 102 }, (_, i) => `H${i}`), values: { AU: Float64Array.from(v) } };
    const { grid, reason } = defaultGrid(s, { compositeLength: 2 });
    // Blocks 20 × 20 × 5 (half the 40 m spacing); X 1000..1360 padded by 20 → 980..1380: 20 blocks from 990 (the hole at
    // 6000 is outside); Y 5000..5360 (the unsampled hole at 6000 does not count) → 20 blocks from 4990; Z 401..499 as before.
    expect(grid.size).toEqual([20, 20, 5]);
    expect([grid.origin[0], grid.count[0]]).toEqual([990, 20]);
    expect([grid.origin[1], grid.count[1]]).toEqual([4990, 20]);
    expect([grid.origin[2], grid.count[2]]).toEqual([397.5, 22]);
    expect(reason).toContain('50 outlying samples');
  });
});

describe('warning before the run', () => {
  it('a Gaussian structure with a nugget below 1 % of the sill', () => {
    const gau = (nugget: number, sill = 1): VariogramModel => ({ nugget, structures: [{ type: 'gaussian', sill, ranges: [50, 50, 50], angles: [0, 0, 0] }] });
    expect(modelWarnings(gau(0))).toEqual([{ code: 'gaussian-small-nugget', nuggetShare: 0 }]);
    expect(modelWarnings(gau(0.5, 99.5))).toEqual([{ code: 'gaussian-small-nugget', nuggetShare: 0.005 }]);
    expect(modelWarnings(gau(1.5, 98.5))).toEqual([]);
    expect(modelWarnings({ ...sph, nugget: 0 })).toEqual([]);
  });
});
