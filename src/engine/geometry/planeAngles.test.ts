import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anisotropyAxes } from './anisotropy';
import { gslibFromPlane, planeFromGslib } from './planeAngles';
import type { Vec3 } from '../types';

/** Same axes up to sign: |u·v| = 1 for each of the three. */
function expectSameAxes(a: Vec3, b: Vec3) {
  const u = anisotropyAxes(a), v = anisotropyAxes(b);
  for (let r = 0; r < 3; r++) {
    const d = u[3 * r] * v[3 * r] + u[3 * r + 1] * v[3 * r + 1] + u[3 * r + 2] * v[3 * r + 2];
    expect(Math.abs(d)).toBeCloseTo(1, 9);
  }
}

describe('dip / dip direction / pitch ↔ GSLIB angles', () => {
  it("the reference's tabular lode: striking S, dipping δ towards S+90 is GSLIB [S, 0, δ]; major along strike (pitch 0)", () => {
    // shared/reference/README.md: "A tabular lode striking S and dipping δ towards S+90: ang1 = S, ang2 = 0, ang3 = δ".
    expect(planeFromGslib([30, 0, 60])).toEqual({ dip: 60, dipDirection: 120, pitch: 0 });
    expect(planeFromGslib([300, 0, 15])).toEqual({ dip: 15, dipDirection: 30, pitch: 0 });
    expectSameAxes(gslibFromPlane({ dip: 60, dipDirection: 120, pitch: 0 }), [30, 0, 60]);
  });

  it('hand cases: horizontal ellipsoid, vertical plane with a plunging major axis, pitch 90 = down dip', () => {
    // No rotation: u1 north, u2 west, u3 up: horizontal plane, major axis north = strike of dip direction 90.
    expect(planeFromGslib([0, 0, 0])).toEqual({ dip: 0, dipDirection: 0, pitch: 90 });
    // Major axis plunging 30° towards azimuth 90, rake 0: u1 = (cos30, 0, −sin30), u2 = h = (0, 1, 0) north.
    // The plane dips 30° east, strike = 90 − 90 = north, the major axis straight down dip: pitch 90.
    expect(planeFromGslib([90, -30, 0])).toEqual({ dip: 30, dipDirection: 90, pitch: 90 });
    // Down-dip major axis back to GSLIB: azimuth = dip direction, dip = −dip.
    const g = gslibFromPlane({ dip: 30, dipDirection: 90, pitch: 90 });
    expect(g[0]).toBeCloseTo(90, 9);
    expect(g[1]).toBeCloseTo(-30, 9);
  });

  it("round trip on the reference config's angles and on random orientations", () => {
    expectSameAxes(gslibFromPlane(planeFromGslib([137, -42, 33])), [137, -42, 33]);
    expectSameAxes(gslibFromPlane(planeFromGslib([290, 25, -70])), [290, 25, -70]);
    fc.assert(fc.property(fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }),
      (a, d, r) => { expectSameAxes(gslibFromPlane(planeFromGslib([a, d, r])), [a, d, r]); }));
  });
});
