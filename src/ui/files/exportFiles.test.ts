import { describe, expect, it } from 'vitest';
import type { BlockEstimates, TriangleMesh } from '../../engine/types';
import { exportBlocker, exportFile } from './exportFiles';

const grid = { origin: [5, 5, 1] as [number, number, number], size: [10, 10, 2] as [number, number, number], count: [2, 1, 1] as [number, number, number] };
const est = (values: number[]): BlockEstimates => ({
  start: 0, estimate: Float64Array.from(values), variance: Float64Array.of(0.5, NaN), slope: Float64Array.of(0.9, NaN),
  nSamples: Int32Array.of(8, 0), nHoles: Int32Array.of(3, 0), meanDistance: Float64Array.of(12, NaN), pass: Uint8Array.of(1, 0),
  singular: 0, unestimated: 1, illConditioned: 0, negativeWeights: 0, maxCondition: 1,
});
const mesh: TriangleMesh = { positions: Float32Array.of(0, 0, 0, 1, 0, 0, 0, 1, 0), normals: new Float32Array(0), indices: Uint32Array.of(0, 1, 2), origin: [100, 200, 300] };
const base = {
  scene: { lode: 1, name: 'Gold / test', data: {}, estimate: { elements: ['AU'] } }, grid, estimates: { AU: est([1.25, NaN]) },
  status: { running: false, progress: 1 }, report: null, blockResources: null, samples: null, holes: null, elements: ['AU'], envelope: null, data: null,
} as unknown as Parameters<typeof exportFile>[0];

describe('app export', () => {
  it('says what is missing for each kind', async () => {
    expect(exportBlocker(base, 'blocks.vti')).toBeNull();
    expect(exportBlocker({ ...base, status: { running: true, progress: 0.5 } }, 'blocks.csv')).toBe('needEstimate');
    expect(exportBlocker(base, 'envelope.obj')).toBe('needEnvelope');
    expect(exportBlocker(base, 'holes.vtp')).toBe('needData');
    expect(exportBlocker(base, 'composites.csv')).toBe('needData');
    expect(exportBlocker(base, 'solids.obj')).toBe('needSolids');
    expect(exportBlocker({ ...base, data: { surfaces: [{ mesh, source: { name: 'pit.obj' } }] } } as unknown as typeof base, 'solids.stl')).toBeNull();
    await expect(exportFile(base, 'envelope.stl')).rejects.toThrow(/nothing to export as envelope.stl/);
  });

  it('writes the block model with the estimate fields, named after the scene', async () => {
    const f = await exportFile(base, 'blocks.csv');
    expect(f.name).toBe('Gold _ test-blocks.csv');
    expect([...f.pieces].join('')).toBe('XC,YC,ZC,XINC,YINC,ZINC,AU,AU_VAR,AU_NS,AU_SLOPE,AU_PASS,AU_NH,AU_DIST\n5,5,1,10,10,2,1.25,0.5,8,0.9,1,3,12\n15,5,1,10,10,2,NaN,NaN,0,NaN,0,0,NaN\n');
  });

  it('writes the envelope in world coordinates', async () => {
    const f = await exportFile({ ...base, envelope: mesh }, 'envelope.obj');
    expect(f.name).toBe('Gold _ test-envelope.obj');
    expect([...f.pieces].join('').split('\n').slice(2, 6)).toEqual(['v 100 200 300', 'v 101 200 300', 'v 100 201 300', 'f 1 2 3']);
  });
});
