import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../engine/types';
import { fitDistance, presetCamera, toReal, toScene, viewDirection } from './cameraViews';

const bounds = { min: [-100, -50, -20] as Vec3, max: [100, 50, 20] as Vec3 };

describe('camera views', () => {
  it('look down for plan (north up), west for N–S sections, north for E–W sections', () => {
    const plan = presetCamera('plan', bounds, 45, 1.5, [1, 1, 1]);
    expect(plan.target).toEqual([0, 0, 0]);
    expect(plan.position[2]).toBeGreaterThan(100);
    expect(Math.abs(plan.position[0])).toBeLessThan(1e-9);
    expect(plan.position[1]).toBeLessThan(0); // a hair south: screen up is north
    expect(plan.position[1]).toBeGreaterThan(-0.1);
    expect(viewDirection('sectionNS', [0, 0, 1])).toEqual([1, 0, 0]);
    expect(viewDirection('sectionEW', [0, 0, 1])).toEqual([0, -1, 0]);
    const iso = viewDirection('iso', [0, 0, 1]);
    expect(iso[0]).toBeLessThan(0); expect(iso[1]).toBeLessThan(0); expect(iso[2]).toBeCloseTo(Math.sin((35 * Math.PI) / 180), 12);
    const fit = presetCamera('fit', bounds, 45, 1, [0, 3, 4]);
    expect(fit.position[0]).toBeCloseTo(0, 9);
    expect(fit.position[2] / fit.position[1]).toBeCloseTo(4 / 3, 9);
  });

  it('fit a sphere in the narrower field of view', () => {
    // Vertical fov 90° on a wide view: the sphere touches the top and bottom: d = r / sin 45°.
    expect(fitDistance(10, 90, 2, 1)).toBeCloseTo(10 / Math.SQRT1_2, 9);
    // On a tall view (aspect 0.5) the horizontal half-angle atan(0.5) limits it.
    expect(fitDistance(10, 90, 0.5, 1)).toBeCloseTo(10 / Math.sin(Math.atan(0.5)), 9);
  });

  it('convert between real coordinates and the exaggerated local frame', () => {
    const origin: Vec3 = [2_300_000, 7_005_000, 400];
    const p: Vec3 = [2_300_123.5, 7_004_900, 380];
    expect(toScene(p, origin, 3)).toEqual([123.5, -100, -60]);
    expect(toReal(toScene(p, origin, 3), origin, 3)).toEqual(p);
  });
});
