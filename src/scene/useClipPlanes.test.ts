import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { slabFrame } from '../engine/section/slab';
import { sectionWidth } from '../pipeline/sectionDefaults';
import { slabPlanes } from './useClipPlanes';

const kept = (planes: ReturnType<typeof slabPlanes>, p: [number, number, number]) => planes.every((pl) => pl.distanceToPoint(new Vector3(...p)) >= 0);

describe('slab clipping planes', () => {
  it('keep the slab of a N–S section in the local frame', () => {
    const planes = slabPlanes(slabFrame({ axis: 'x', position: 1020, width: 10 }), [1000, 2000, 100], 1);
    expect(kept(planes, [20, 0, 0])).toBe(true);
    expect(kept(planes, [24.9, 50, -80])).toBe(true);
    expect(kept(planes, [25.1, 0, 0])).toBe(false);
    expect(kept(planes, [14.9, 0, 0])).toBe(false);
  });

  it('scale a plan slab by the vertical exaggeration (drawn Z = 3 × local Z)', () => {
    // Plan at Z = 110 (local 10), ±5: drawn between 15 and 45.
    const planes = slabPlanes(slabFrame({ axis: 'z', position: 110, width: 10 }), [1000, 2000, 100], 3);
    expect(kept(planes, [0, 0, 16])).toBe(true);
    expect(kept(planes, [0, 0, 44])).toBe(true);
    expect(kept(planes, [0, 0, 46])).toBe(false);
    expect(kept(planes, [0, 0, 14])).toBe(false);
  });

  it('an azimuth section keeps points within half the width of its plane', () => {
    const f = slabFrame({ axis: 'azimuth', azimuth: 30, position: 0, width: 4 });
    const planes = slabPlanes(f, [0, 0, 0], 1);
    const along = (d: number, s: number): [number, number, number] => [f.u[0] * s + f.normal[0] * d, f.u[1] * s + f.normal[1] * d, -7];
    expect(kept(planes, along(1.9, 30))).toBe(true);
    expect(kept(planes, along(-2.1, 30))).toBe(false);
  });

  it('default slab width: two blocks across the plane, or the given width', () => {
    const grid = { origin: [0, 0, 0] as [number, number, number], size: [10, 20, 5] as [number, number, number], count: [2, 2, 2] as [number, number, number] };
    expect(sectionWidth({ enabled: true, axis: 'x', position: 0, azimuth: 0 }, grid, 100)).toBe(20);
    expect(sectionWidth({ enabled: true, axis: 'y', position: 0, azimuth: 0 }, grid, 100)).toBe(40);
    expect(sectionWidth({ enabled: true, axis: 'z', position: 0, azimuth: 0, width: 7 }, grid, 100)).toBe(7);
    // Azimuth 45: 2 × (10·√½ + 20·√½).
    expect(sectionWidth({ enabled: true, axis: 'azimuth', position: 0, azimuth: 45 }, grid, 100)).toBeCloseTo(2 * 30 * Math.SQRT1_2, 3);
    expect(sectionWidth({ enabled: true, axis: 'x', position: 0, azimuth: 0 }, null, 400)).toBe(20);
  });
});
