import { describe, expect, it } from 'vitest';
import type { BlockGrid } from '../types';
import { clipToRectangle, regionFraction } from './regionFraction';
import { regionMask } from './regions';
import { resourceTable } from './resourceTable';

/** 4 × 4 × 2 blocks of 10 m from (0, 0, 0): block (i, j, k) is index i + 4j + 16k. */
const grid: BlockGrid = { origin: [5, 5, 5], size: [10, 10, 10], count: [4, 4, 2] };
const at = (i: number, j: number, k: number) => i + 4 * j + 16 * k;

describe('regionFraction (share of each block inside a prism)', () => {
  it('hand values: a 20 × 15 rectangle between z 2 and 20', () => {
    const f = regionFraction(grid, { name: 'r', polygon: [[0, 0], [20, 0], [20, 15], [0, 15]], zmin: 2, zmax: 20 });
    expect(f[at(0, 0, 0)]).toBeCloseTo(0.8, 12); // whole footprint, z 2–10 of 0–10
    expect(f[at(1, 1, 0)]).toBeCloseTo(0.4, 12); // y 10–15 of 10–20: half, × 0.8
    expect(f[at(0, 0, 1)]).toBeCloseTo(1, 12);
    expect(f[at(1, 1, 1)]).toBeCloseTo(0.5, 12);
    expect(f[at(2, 0, 0)]).toBe(0); // touches the edge x = 20 only
    expect(f[at(0, 2, 1)]).toBe(0);
    // Volume: 20 × 15 × 18 m³ = 5,400 m³ = 5.4 blocks.
    expect(f.reduce((a, v) => a + v, 0)).toBeCloseTo(5.4, 12);
  });

  it('a concave (L-shaped) polygon: the notch block is out, the total is the prism volume', () => {
    const L: [number, number][] = [[0, 0], [30, 0], [30, 10], [10, 10], [10, 30], [0, 30]];
    const f = regionFraction(grid, { name: 'L', polygon: L });
    expect(f[at(1, 1, 0)]).toBe(0);
    expect(f[at(0, 2, 0)]).toBe(1);
    expect(f[at(2, 0, 1)]).toBe(1);
    // Area 30·10 + 10·20 = 500 m² over both levels: 500 × 20 / 1000 = 10 blocks.
    expect(f.reduce((a, v) => a + v, 0)).toBeCloseTo(10, 12);
    // Corners on block edges: the shares are 0 or 1 and agree with the centroid rule.
    expect(Array.from(f)).toEqual(Array.from(regionMask(grid, { name: 'L', polygon: L })));
  });

  it('a triangle cutting blocks diagonally: half of each cut block', () => {
    const f = regionFraction(grid, { name: 't', polygon: [[0, 0], [40, 0], [0, 40]], zmin: 0, zmax: 10 });
    expect(f[at(0, 0, 0)]).toBe(1);
    expect(f[at(3, 0, 0)]).toBeCloseTo(0.5, 12);
    expect(f[at(1, 2, 0)]).toBeCloseTo(0.5, 12);
    expect(f[at(3, 3, 0)]).toBe(0);
    expect(f.reduce((a, v) => a + v, 0)).toBeCloseTo(8, 12); // 800 m² × 10 m
    expect(clipToRectangle([[0, 0], [40, 0], [0, 40]], 100, 100, 110, 110)).toEqual([]);
  });

  it('resourceTable counts a block by its share: tonnes Σ w·t, grade weighted by w·t', () => {
    const rows = resourceTable({ cutGrade: [1, 3, 5], grades: { AU: [1, 3, 5] }, tonnesPerBlock: 10, mask: [0.5, 1, 0], cutoffs: [0, 2] });
    expect(rows.map((r) => [r.cutoff, r.blocks, r.tonnes])).toEqual([[0, 1.5, 15], [2, 1, 10]]);
    expect(rows[0].grade.AU).toBeCloseTo((0.5 * 10 * 1 + 10 * 3) / 15, 12);
    expect(rows[0].metal.AU).toBeCloseTo(35, 12);
  });
});
