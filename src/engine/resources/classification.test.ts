import { describe, expect, it } from 'vitest';
import type { BlockEstimates } from '../types';
import { classifyBlocks, type ClassRule } from './classification';
import { boxRegion, pointInPolygon, regionMask } from './regions';
import { resourceTable } from './resourceTable';

function estimates(rows: { e: number; pass: number; ns: number; nh: number; d: number; slope: number }[]): BlockEstimates {
  return {
    start: 0,
    estimate: Float64Array.from(rows, (r) => r.e), variance: new Float64Array(rows.length),
    slope: Float64Array.from(rows, (r) => r.slope), nSamples: Int32Array.from(rows, (r) => r.ns),
    nHoles: Int32Array.from(rows, (r) => r.nh), meanDistance: Float64Array.from(rows, (r) => r.d),
    pass: Uint8Array.from(rows, (r) => r.pass), singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0,
  };
}

const rules: ClassRule[] = [
  { class: 'inferred', maxPass: 3 },
  { class: 'measured', maxPass: 1, minHoles: 3, maxDistance: 25, minSlope: 0.8 },
  { class: 'indicated', maxPass: 2, minSamples: 8, maxDistance: 50 },
];

describe('classifyBlocks (GB/T 17766-2020 classes)', () => {
  it('gives each block the first rule it meets, measured → indicated → inferred', () => {
    const est = estimates([
      { e: 1, pass: 1, ns: 12, nh: 4, d: 20, slope: 0.9 }, // all measured criteria → 1
      { e: 1, pass: 1, ns: 12, nh: 2, d: 20, slope: 0.9 }, // 2 holes < 3 → indicated (12 ≥ 8, 20 ≤ 50) → 2
      { e: 1, pass: 2, ns: 6, nh: 3, d: 30, slope: 0.5 }, // 6 samples < 8 → inferred → 3
      { e: 1, pass: 1, ns: 12, nh: 5, d: 25, slope: 0.8 }, // limits are inclusive → 1
      { e: NaN, pass: 0, ns: 0, nh: 0, d: NaN, slope: NaN }, // unestimated → NaN
    ]);
    const c = classifyBlocks(est, rules);
    expect(Array.from(c.subarray(0, 4))).toEqual([1, 2, 3, 1]);
    expect(c[4]).toBeNaN();
  });
  it('estimated blocks meeting no rule are unclassified (0)', () => {
    const est = estimates([{ e: 2, pass: 3, ns: 4, nh: 1, d: 90, slope: 0.1 }]);
    expect(classifyBlocks(est, [{ class: 'measured', maxPass: 1 }, { class: 'inferred', maxDistance: 80 }])[0]).toBe(0);
  });
});

describe('regions: centroid-in rule', () => {
  it('tests points against a polygon (even–odd)', () => {
    const L: [number, number][] = [[0, 0], [10, 0], [10, 5], [5, 5], [5, 10], [0, 10]];
    expect(pointInPolygon(2, 8, L)).toBe(true);
    expect(pointInPolygon(8, 8, L)).toBe(false);
    expect(pointInPolygon(8, 2, L)).toBe(true);
  });
  it('counts a block when its centroid is inside the prism', () => {
    // 4 × 4 × 2 blocks of 10 m, centroids x, y ∈ {5, 15, 25, 35}, z ∈ {5, 15}.
    const grid = { origin: [5, 5, 5] as [number, number, number], size: [10, 10, 10] as [number, number, number], count: [4, 4, 2] as [number, number, number] };
    const m = regionMask(grid, boxRegion('pit', [0, 0, 0], [20, 30, 10]));
    // x ∈ {5, 15}, y ∈ {5, 15, 25}, z = 5 → 6 blocks.
    expect(m.reduce((a, v) => a + v, 0)).toBe(6);
    expect(m[0]).toBe(1);
    expect(m[2]).toBe(0); // x = 25
    expect(m[16]).toBe(0); // z = 15
  });
});

describe('resourceTable', () => {
  it('sums tonnes, grade, metal and value by class and cutoff (hand calculation)', () => {
    // Four blocks of 1,000 t. Grades AU 0.4, 1.0, 2.0, 3.0; classes 1, 1, 2, 0; VALUE_T −10, 20, 90, 160.
    const rows = resourceTable({
      cutGrade: [0.4, 1.0, 2.0, 3.0], grades: { AU: [0.4, 1.0, 2.0, 3.0] }, tonnesPerBlock: 1000,
      classes: [1, 1, 2, 0], value: [-10, 20, 90, 160], mask: [1, 1, 1, 1], cutoffs: [0, 0.5],
    });
    expect(rows.map((r) => `${r.class}@${r.cutoff}:${r.blocks}`)).toEqual([
      'measured@0:2', 'measured@0.5:1', 'indicated@0:1', 'indicated@0.5:1', 'inferred@0:0', 'inferred@0.5:0', 'unclassified@0:1', 'unclassified@0.5:1',
    ]);
    expect(rows[0]).toMatchObject({ tonnes: 2000, metal: { AU: 1400 }, value: 10000 });
    expect(rows[0].grade.AU).toBeCloseTo(0.7, 12);
    expect(rows[1]).toMatchObject({ tonnes: 1000, grade: { AU: 1 }, metal: { AU: 1000 }, value: 20000 });
    expect(rows[4].grade.AU).toBeNaN();
  });
  it('leaves out blocks outside the mask, and gives one "all" row per cutoff without classes', () => {
    const rows = resourceTable({ cutGrade: [0.4, 1.0, 2.0], grades: { AU: [0.4, 1.0, 2.0] }, tonnesPerBlock: 10, mask: [0, 1, 1], cutoffs: [0.5] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ class: 'all', blocks: 2, tonnes: 20, metal: { AU: 30 } });
    expect(rows[0].value).toBeNaN();
  });
});
