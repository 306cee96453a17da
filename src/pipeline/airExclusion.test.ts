import { describe, expect, it } from 'vitest';
import { gzipSync, strToU8 } from 'fflate';
import { estimateBlocks } from '../engine/kriging';
import type { BlockGrid } from '../engine/types';
import { bytesToBase64 } from '../io/scene/tableSource';
import { surfaceSchema } from '../io/scene/schemaSurfaces';
import { airExclusion, airExclusionText } from './airExclusion';
import { loadSurfaces } from './loadSurfaces';

const FLAT_OBJ = 'v 0 0 52\nv 100 0 52\nv 100 100 52\nv 0 100 52\nf 1 2 3\nf 1 3 4\n';
const grid: BlockGrid = { origin: [5, 5, 5], size: [10, 10, 10], count: [10, 10, 10] };

describe('air exclusion from the scene surfaces', () => {
  it('reads an embedded OBJ, marks the blocks above it, and the estimate leaves them NaN', async () => {
    const embedded = surfaceSchema.parse({ name: 'topo.obj', gzip: bytesToBase64(gzipSync(strToU8(FLAT_OBJ))), kind: 'topography', excludeAbove: true });
    const pathed = surfaceSchema.parse({ name: 'fault.obj', path: 'fault.obj', kind: 'fault' });
    const loaded = await loadSurfaces({ surfaces: [embedded, pathed] }, async () => FLAT_OBJ.replace(/52/g, '10'));
    expect(loaded.map((l) => l.mesh.indices.length)).toEqual([6, 6]);
    // Only the surface marked excludeAbove counts (the fault at z = 10 would exclude 900).
    const air = airExclusion(grid, loaded)!;
    expect(air.air).toBe(500);
    expect(airExclusionText(air)).toBe('500 blocks above topo.obj excluded (air)');
    expect(airExclusion(grid, [loaded[1]])).toBeUndefined();

    // Four samples at the corners of the grid, mid-height; every block within range.
    const data = { x: Float64Array.of(5, 95, 5, 95), y: Float64Array.of(5, 5, 95, 95), z: Float64Array.of(45, 45, 45, 45), v: Float64Array.of(1, 2, 3, 4), hole: Int32Array.of(0, 1, 2, 3) };
    const r = estimateBlocks({
      data, grid, model: { nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [500, 500, 500], angles: [0, 0, 0] }] },
      search: { ranges: [500, 500, 500], angles: [0, 0, 0], minSamples: 1, maxSamples: 4, maxPerHole: 0 },
      kriging: { type: 'ordinary' }, discretization: [1, 1, 1], exclude: air.mask,
    });
    let nanAbove = 0, finiteBelow = 0;
    for (let b = 0; b < 1000; b++) {
      if (air.mask[b]) { if (Number.isNaN(r.estimate[b])) nanAbove++; } else if (Number.isFinite(r.estimate[b])) finiteBelow++;
    }
    expect(nanAbove).toBe(500);
    expect(finiteBelow).toBe(500);
    expect(r.unestimated).toBe(500);
  });

  it('refuses a surface with both or neither of path and gzip', () => {
    expect(surfaceSchema.safeParse({ name: 'a.obj' }).success).toBe(false);
    expect(surfaceSchema.safeParse({ name: 'a.obj', path: 'a.obj', gzip: 'x' }).success).toBe(false);
  });
});
