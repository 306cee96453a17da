import { describe, expect, it } from 'vitest';
import type { BlockGrid, SampleSet } from '../engine/types';
import { ellipsoidCentre } from './ellipsoidAnchor';

const grid: BlockGrid = { origin: [100, 200, 300], size: [10, 20, 5], count: [4, 3, 2] };
const samples = { x: Float64Array.from([1, 2]), y: Float64Array.from([3, 4]), z: Float64Array.from([5, 6]) } as unknown as SampleSet;
const bounds = { min: [0, 0, -100] as [number, number, number], max: [200, 400, 100] as [number, number, number] };

describe('ellipsoidCentre', () => {
  it('the picked block centroid (i + j·nx + k·nx·ny) or sample position', () => {
    // Block 4·3 + 2·4 + 1 = 21 → (i, j, k) = (1, 2, 1) → centroid (110, 240, 305).
    expect(ellipsoidCentre('selection', { selection: { kind: 'block', index: 21 }, grid, samples, bounds })).toEqual([110, 240, 305]);
    expect(ellipsoidCentre('selection', { selection: { kind: 'sample', index: 1 }, grid, samples, bounds })).toEqual([2, 4, 6]);
    expect(ellipsoidCentre('selection', { selection: null, grid, samples, bounds })).toBeNull();
    expect(ellipsoidCentre('selection', { selection: { kind: 'sample', index: 9 }, grid, samples, bounds })).toBeNull();
  });

  it('the centre of the data moved onto the section plane; null with the section off or for the data centre', () => {
    expect(ellipsoidCentre('section', { selection: null, grid, samples, bounds, section: { enabled: true, axis: 'y', position: 321, azimuth: 0 } })).toEqual([100, 321, 0]);
    expect(ellipsoidCentre('section', { selection: null, grid, samples, bounds, section: { enabled: false, axis: 'y', position: 321, azimuth: 0 } })).toBeNull();
    // An azimuth-45° section through the origin (the line y = x in plan): the data centre (100, 200, 0) projects to (150, 150, 0).
    expect(ellipsoidCentre('section', { selection: null, grid, samples, bounds, section: { enabled: true, axis: 'azimuth', position: 0, azimuth: 45 } })!.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([150, 150, 0]);
    expect(ellipsoidCentre('centre', { selection: { kind: 'sample', index: 0 }, grid, samples, bounds })).toBeNull();
  });
});
