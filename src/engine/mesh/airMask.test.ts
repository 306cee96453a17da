import { describe, expect, it } from 'vitest';
import type { BlockGrid } from '../types';
import { airMask } from './airMask';
import type { TriangleMesh } from './types';

const mesh = (positions: number[], indices: number[]): TriangleMesh => ({ positions: Float64Array.from(positions), indices: Uint32Array.from(indices), name: 'hand' });

describe('air mask above a topography', () => {
  // Blocks of 10 m, centroids x, y = 5 … 95, z = 5 … 95.
  const grid: BlockGrid = { origin: [5, 5, 5], size: [10, 10, 10], count: [10, 10, 10] };

  it('a flat surface at z = 52: the five upper layers are air', () => {
    const flat = mesh([0, 0, 52, 100, 0, 52, 100, 100, 52, 0, 100, 52], [0, 1, 2, 0, 2, 3]);
    const r = airMask(grid, [flat]);
    expect(r.air).toBe(500);
    expect(r.outside).toBe(0);
    // Block (3, 4, 5): centroid z = 55 > 52 → air; (3, 4, 4): z = 45 → kept.
    expect(r.mask[(5 * 10 + 4) * 10 + 3]).toBe(1);
    expect(r.mask[(4 * 10 + 4) * 10 + 3]).toBe(0);
  });

  it('an inclined plane z = 0.5 x + 20: air counted column by column by hand', () => {
    const ramp = mesh([0, 0, 20, 100, 0, 70, 100, 100, 70, 0, 100, 20], [0, 1, 2, 0, 2, 3]);
    const r = airMask(grid, [ramp]);
    // Column at x: top = 0.5 x + 20; air layers = centroids z > top.
    let expected = 0;
    for (let i = 0; i < 10; i++) {
      const top = 0.5 * (5 + 10 * i) + 20;
      for (let k = 0; k < 10; k++) if (5 + 10 * k > top) expected += 10;
    }
    expect(r.air).toBe(expected);
    expect(expected).toBe(10 * (8 + 7 + 7 + 6 + 6 + 5 + 5 + 4 + 4 + 3));
  });

  it('a surface over half the area leaves the other columns alone (counted outside)', () => {
    const half = mesh([0, 0, 52, 50, 0, 52, 50, 100, 52, 0, 100, 52], [0, 1, 2, 0, 2, 3]);
    const r = airMask(grid, [half]);
    expect(r.air).toBe(250);
    expect(r.outside).toBe(500);
  });

  it('an overhang: only what is above the highest crossing is air', () => {
    // Two flat sheets over the whole area at z = 30 and z = 72.
    const sheets = mesh([
      0, 0, 30, 100, 0, 30, 100, 100, 30, 0, 100, 30,
      0, 0, 72, 100, 0, 72, 100, 100, 72, 0, 100, 72,
    ], [0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7]);
    expect(airMask(grid, [sheets]).air).toBe(300);
  });
});
