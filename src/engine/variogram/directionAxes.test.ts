import { describe, expect, it } from 'vitest';
import { axisDirections } from './directionAxes';

describe('axisDirections', () => {
  it('no rotation: north, east–west, vertical; a lode striking 30 dipping 60 (GSLIB [30, 0, 60])', () => {
    expect(axisDirections([0, 0, 0])).toEqual([
      { azimuth: 0, dip: 0, tolerance: 22.5, dipTolerance: 22.5 },
      { azimuth: 90, dip: 0, tolerance: 22.5, dipTolerance: 22.5 },
      { azimuth: 0, dip: -90, tolerance: 90, dipTolerance: 22.5 },
    ]);
    // u2 = cos60·(−cos30, sin30, 0) + sin60·(0, 0, 1) points up-dip towards azimuth 300; downward: azimuth 120, dip −60.
    const [major, semi, minor] = axisDirections([30, 0, 60]);
    expect(major).toMatchObject({ azimuth: 30, dip: 0 });
    expect(semi.azimuth).toBeCloseTo(120, 9);
    expect(semi.dip).toBeCloseTo(-60, 9);
    // u3 = −sin60·h + cos60·w = (0.75, −0.433, 0.5): downward sense azimuth 300, dip −30.
    expect(minor.azimuth).toBeCloseTo(300, 9);
    expect(minor.dip).toBeCloseTo(-30, 9);
  });
});
