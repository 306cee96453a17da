import { describe, expect, it } from 'vitest';
import type { DesurveyedHoles, SampleSet } from '../engine/types';
import { buildHoleGeometry, sampleColors } from './holeGeometry';
import { colormapLut, srgbToLinear, MISSING_RGB } from './colormaps';

// One vertical hole from (1000, 2000, 50) to 100 m depth, and one inclined 45° to the east.
const s2 = Math.SQRT1_2;
const holes: DesurveyedHoles = {
  holeIds: ['V1', 'E1'], offset: Int32Array.from([0, 2, 4]), md: Float64Array.from([0, 100, 0, 10]),
  x: Float64Array.from([1000, 1000, 1010, 1010 + 10 * s2]), y: Float64Array.from([2000, 2000, 2000, 2000]),
  z: Float64Array.from([50, -50, 50, 50 - 10 * s2]),
  dx: Float64Array.from([0, 0, s2, s2]), dy: new Float64Array(4), dz: Float64Array.from([-1, -1, -s2, -s2]),
};

// Samples name their holes in their own order; the third has no hole (a point), the fourth a missing grade.
const samples: SampleSet = {
  x: Float64Array.from([1000, 1010 + 2 * s2, 990, 1000]), y: Float64Array.from([2000, 2000, 2010, 2000]),
  z: Float64Array.from([45, 50 - 2 * s2, 0, 35]),
  hole: Int32Array.from([1, 0, -1, 1]), holeIds: ['E1', 'V1'],
  from: Float64Array.from([0, 0, NaN, 10]), to: Float64Array.from([10, 4, NaN, 20]),
  values: { AU: Float64Array.from([0, 1, 0.5, NaN]) },
};

describe('hole geometry', () => {
  const origin: [number, number, number] = [1000, 2000, 0];
  const g = buildHoleGeometry(holes, samples, origin);

  it('draws traces relative to the origin, hole by hole', () => {
    expect(Array.from(g.traceHole)).toEqual([0, 1]);
    expect(Array.from(g.trace.subarray(0, 6))).toEqual([0, 0, 50, 0, 0, -50]);
    expect(Array.from(g.collars)).toEqual([0, 0, 50, 10, 0, 50]);
  });

  it('places sample intervals along their own hole (matched by id) and other samples as points', () => {
    expect(Array.from(g.intervalSample)).toEqual([0, 1, 3]);
    // Sample 0: V1 from 0 to 10 m: straight down from the collar.
    expect(Array.from(g.intervals.subarray(0, 6))).toEqual([0, 0, 50, 0, 0, 40]);
    // Sample 1: E1 from 0 to 4 m along the 45° trace.
    const e = Array.from(g.intervals.subarray(6, 12));
    [10, 0, 50, 10 + 4 * s2, 0, 50 - 4 * s2].forEach((v, i) => expect(e[i]).toBeCloseTo(v, 4));
    expect(Array.from(g.pointSample)).toEqual([2]);
    expect(Array.from(g.points)).toEqual([-10, 10, 0]);
  });

  it('colours by grade in linear light, grey when missing', () => {
    const lut = colormapLut('viridis');
    const c = sampleColors(g.intervalSample, samples.values.AU, lut, [0, 1], 2);
    expect(c.length).toBe(18);
    expect(c[0]).toBeCloseTo(srgbToLinear(lut[0]), 6);
    expect(c[6]).toBeCloseTo(srgbToLinear(lut[255 * 3]), 6);
    expect(c[9]).toBeCloseTo(c[6], 6);
    expect(c[12]).toBeCloseTo(srgbToLinear(MISSING_RGB[0]), 6);
  });
});
