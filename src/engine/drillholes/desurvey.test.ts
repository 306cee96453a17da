import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepestDepths, desurvey } from './desurvey';
import { densifyTraces, intervalMidpoints, locate, positionsAt } from './locate';
import { collarTable, intervalTable, surveyTable } from './testTables';

const D = Math.PI / 180;
const at = (holes: ReturnType<typeof desurvey>['holes'], h: number, d: number) => locate(holes, h, d, [0, 0, 0]);

describe('desurvey: straight holes', () => {
  it('a hole without survey is vertical from the collar to the collar depth', () => {
    const { holes } = desurvey(collarTable([['V', 100, 200, 300, 50]]), surveyTable([]));
    expect(Array.from(holes.md)).toEqual([0, 50]);
    expect(Array.from(holes.z)).toEqual([300, 250]);
    expect(at(holes, 0, 20)).toEqual([100, 200, 280]);
    expect(Array.from(holes.dz)).toEqual([-1, -1]);
  });

  it('dip exactly -90 gives x, y exactly at the collar whatever the azimuth', () => {
    const { holes } = desurvey(collarTable([['V', 1, 2, 3, 100]]), surveyTable([['V', 0, 137, -90], ['V', 60, 250, -90]]));
    expect(at(holes, 0, 100)).toEqual([1, 2, -97]);
    expect(at(holes, 0, 33)).toEqual([1, 2, -30]);
  });

  it('straight inclined hole dip -60 az 45 follows exact trigonometry', () => {
    const { holes } = desurvey(collarTable([['I', 0, 0, 0, 100]]), surveyTable([['I', 0, 45, -60], ['I', 100, 45, -60]]));
    const h = 50 * Math.SQRT1_2; // 100·cos60·sin45
    const p = at(holes, 0, 100);
    expect(p[0]).toBeCloseTo(h, 10);
    expect(p[1]).toBeCloseTo(h, 10);
    expect(p[2]).toBeCloseTo(-100 * Math.sin(60 * D), 10);
    const q = at(holes, 0, 37);
    expect(q[0]).toBeCloseTo(0.37 * h, 10);
    expect(q[2]).toBeCloseTo(-37 * Math.sin(60 * D), 10);
  });

  it('an upward hole (dip +30, az 180) rises to the south', () => {
    const { holes } = desurvey(collarTable([['U', 0, 0, 0, 10]]), surveyTable([['U', 0, 180, 30]]));
    const p = at(holes, 0, 10);
    expect(p[0]).toBeCloseTo(0, 12);
    expect(p[1]).toBeCloseTo(-10 * Math.cos(30 * D), 12);
    expect(p[2]).toBeCloseTo(5, 12);
  });

  it('extends the first survey up to the collar and the last down to the end of hole', () => {
    const { holes } = desurvey(collarTable([['A', 0, 0, 100, 80]]), surveyTable([['A', 20, 0, -60], ['A', 40, 0, -60]]));
    expect(Array.from(holes.md)).toEqual([0, 20, 40, 80]);
    const p = at(holes, 0, 80);
    expect(p[1]).toBeCloseTo(40, 10); // 80·cos60
    expect(p[2]).toBeCloseTo(100 - 80 * Math.sin(60 * D), 10);
  });

  it('end of hole: collar depth first, then opts.endDepth, else the deepest station', () => {
    const c = collarTable([['A', 0, 0, 0], ['B', 0, 0, 0, 30], ['C', 0, 0, 0]]);
    const s = surveyTable([['A', 5, 0, -90], ['B', 5, 0, -90], ['C', 5, 0, -90]]);
    const a = intervalTable(['AU'], [['A', 0, 12, 1], ['A', 12, 44, 1], ['B', 0, 50, 1]]);
    const end = deepestDepths(a);
    expect(end).toEqual({ A: 44, B: 50 });
    const { holes } = desurvey(c, s, { endDepth: end });
    const last = (h: number) => holes.md[holes.offset[h + 1] - 1];
    expect([last(0), last(1), last(2)]).toEqual([44, 30, 5]);
  });
});

describe('desurvey: curved holes against analytic circles', () => {
  const R = 100;

  it('a build from vertical to horizontal over a quarter circle ends at (R, 0, -R) along the azimuth', () => {
    const L = (Math.PI / 2) * R;
    for (const az of [90, 30]) {
      const { holes } = desurvey(collarTable([['Q', 0, 0, 0, L]]), surveyTable([['Q', 0, az, -90], ['Q', L, az, 0]]));
      const p = at(holes, 0, L);
      expect(p[0]).toBeCloseTo(R * Math.sin(az * D), 9);
      expect(p[1]).toBeCloseTo(R * Math.cos(az * D), 9);
      expect(p[2]).toBeCloseTo(-R, 9);
      // Mid-arc points lie on the circle: centre R along the azimuth at collar level.
      for (const f of [0.1, 0.25, 0.5, 0.9]) {
        const th = f * (Math.PI / 2), q = at(holes, 0, f * L);
        const horiz = R - R * Math.cos(th);
        expect(q[0]).toBeCloseTo(horiz * Math.sin(az * D), 9);
        expect(q[1]).toBeCloseTo(horiz * Math.cos(az * D), 9);
        expect(q[2]).toBeCloseTo(-R * Math.sin(th), 9);
      }
    }
  });

  it('a horizontal turn from north to south through east (az 0→180) is a half circle ending at (2R, 0, 0)', () => {
    const L = Math.PI * R;
    const rows: [string, number, number, number][] = [];
    for (let k = 0; k <= 6; k++) rows.push(['H', (k * L) / 6, k * 30, 0]);
    const { holes } = desurvey(collarTable([['H', 0, 0, 0, L]]), surveyTable(rows));
    for (let k = 0; k <= 12; k++) {
      const th = (k / 12) * Math.PI, q = at(holes, 0, (k / 12) * L);
      expect(q[0]).toBeCloseTo(R - R * Math.cos(th), 9);
      expect(q[1]).toBeCloseTo(R * Math.sin(th), 9);
      expect(q[2]).toBeCloseTo(0, 12);
    }
  });

  it('azimuth wrap 359→1 matches the textbook angle formula and stays symmetric about north', () => {
    const { holes } = desurvey(collarTable([['W', 0, 0, 0, 50]]), surveyTable([['W', 0, 359, -45], ['W', 50, 1, -45]]));
    // Textbook form with inclination from vertical I = 45°, ΔA = 2°.
    const I = 45 * D, dA = 2 * D;
    const beta = Math.acos(Math.cos(0) - Math.sin(I) * Math.sin(I) * (1 - Math.cos(dA)));
    const rf = (2 / beta) * Math.tan(beta / 2);
    const dN = (50 / 2) * (Math.sin(I) * Math.cos(-1 * D) + Math.sin(I) * Math.cos(1 * D)) * rf;
    const dE = (50 / 2) * (Math.sin(I) * Math.sin(-1 * D) + Math.sin(I) * Math.sin(1 * D)) * rf;
    const dTVD = (50 / 2) * (Math.cos(I) + Math.cos(I)) * rf;
    const p = at(holes, 0, 50);
    expect(p[0]).toBeCloseTo(dE, 10);
    expect(p[0]).toBeCloseTo(0, 10);
    expect(p[1]).toBeCloseTo(dN, 10);
    expect(p[2]).toBeCloseTo(-dTVD, 10);
  });

  it('a general segment matches the textbook formula (I 15→25°, A 20→45°, ΔMD 100)', () => {
    const { holes } = desurvey(collarTable([['G', 0, 0, 0, 100]]), surveyTable([['G', 0, 20, -75], ['G', 100, 45, -65]]));
    const I1 = 15 * D, I2 = 25 * D, A1 = 20 * D, A2 = 45 * D;
    const beta = Math.acos(Math.cos(I2 - I1) - Math.sin(I1) * Math.sin(I2) * (1 - Math.cos(A2 - A1)));
    const rf = (2 / beta) * Math.tan(beta / 2);
    const p = at(holes, 0, 100);
    expect(p[1]).toBeCloseTo(50 * (Math.sin(I1) * Math.cos(A1) + Math.sin(I2) * Math.cos(A2)) * rf, 10);
    expect(p[0]).toBeCloseTo(50 * (Math.sin(I1) * Math.sin(A1) + Math.sin(I2) * Math.sin(A2)) * rf, 10);
    expect(p[2]).toBeCloseTo(-50 * (Math.cos(I1) + Math.cos(I2)) * rf, 10);
  });
});

describe('interpolation on the arc (property)', () => {
  it('every point between two stations is at chord 2R·sin(θ/2) from the first, R = ΔMD/β, θ = β·s/ΔMD', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (a1, d1, a2, d2, len, f) => {
        const { holes } = desurvey(collarTable([['P', 0, 0, 0, len]]), surveyTable([['P', 0, a1, d1], ['P', len, a2, d2]]));
        const t1 = [holes.dx[0], holes.dy[0], holes.dz[0]], t2 = [holes.dx[1], holes.dy[1], holes.dz[1]];
        const beta = Math.acos(Math.min(1, Math.max(-1, t1[0] * t2[0] + t1[1] * t2[1] + t1[2] * t2[2])));
        fc.pre(beta < 3); // a near-reversal has no well-conditioned arc
        const p = at(holes, 0, f * len);
        const chord = beta < 1e-6 ? f * len : ((2 * len) / beta) * Math.sin((f * beta) / 2);
        expect(Math.hypot(p[0], p[1], p[2])).toBeCloseTo(chord, 6);
      },
    ), { numRuns: 500 });
  });
});

describe('positions along holes', () => {
  const { holes } = desurvey(
    collarTable([['A', 10, 20, 30, 40], ['B', 0, 0, 0, 100]]),
    surveyTable([['B', 0, 90, -90], ['B', (Math.PI / 2) * 100, 90, 0]]),
  );

  it('positionsAt agrees with locate, gives NaN for unknown holes, extrapolates beyond the ends', () => {
    const r = positionsAt(holes, Int32Array.from([0, 0, -1, 0]), Float64Array.from([0, 25, 5, 45]));
    expect(Array.from(r.z)).toEqual([30, 5, NaN, -15]);
    expect(r.x[2]).toBeNaN();
  });

  it('intervalMidpoints places the middle of each interval', () => {
    const m = intervalMidpoints(intervalTable(['AU'], [['A', 0, 10, 1], ['X', 0, 2, 1]]), holes);
    expect([m.x[0], m.y[0], m.z[0], m.hole[0]]).toEqual([10, 20, 25, 0]);
    expect(m.hole[1]).toBe(-1);
  });

  it('densifyTraces adds points on the arc (every ≤ 2.1°) and keeps every station', () => {
    const d = densifyTraces(holes, 2.1);
    expect(d.offset[1] - d.offset[0]).toBe(2); // straight hole: collar and end only
    const nB = d.offset[2] - d.offset[1];
    expect(nB).toBe(44); // 43 pieces of 90/43° on the quarter circle: 44 points
    for (let i = d.offset[1]; i < d.offset[2]; i++) {
      expect(Math.hypot(d.x[i] - 100, d.z[i])).toBeCloseTo(100, 9); // on the circle about (100, 0, 0)
    }
  });
});

describe('desurvey findings', () => {
  it('lists every survey row it ignores, with the reason', () => {
    const { holes, findings } = desurvey(
      collarTable([['A', 0, 0, 0, 10], ['A', 5, 5, 5], ['N', NaN, 0, 0]]),
      surveyTable([['A', 0, 0, -90], ['A', 0, 10, -80], ['Z', 0, 0, -90], ['A', NaN, 0, -60], ['A', 3, 0, -95], ['A', -1, 0, -60]]),
    );
    expect(holes.holeIds).toEqual(['A']);
    const codes = findings.map((f) => `${f.code}@${f.file}:${f.row}`).sort();
    expect(codes).toEqual([
      'collar-not-numeric@collar.csv:4', 'dip-out-of-range@survey.csv:6', 'duplicate-collar@collar.csv:3',
      'duplicate-survey-depth@survey.csv:3', 'negative-depth@survey.csv:7', 'no-collar@survey.csv:4', 'not-numeric@survey.csv:5',
    ]);
    expect(findings.every((f) => f.excluded)).toBe(true);
  });

  it('warns when a survey lies beyond the collar depth and extends the trace to it', () => {
    const { holes, findings } = desurvey(collarTable([['A', 0, 0, 0, 10]]), surveyTable([['A', 0, 0, -90], ['A', 12, 0, -90]]));
    expect(findings.map((f) => f.code)).toEqual(['survey-beyond-eoh']);
    expect(holes.md[holes.offset[1] - 1]).toBe(12);
    // Without a collar depth the end of hole is only a guess (deepest assay): no warning.
    const guessed = desurvey(collarTable([['A', 0, 0, 0]]), surveyTable([['A', 0, 0, -90], ['A', 12, 0, -90]]), { endDepth: { A: 10 } });
    expect(guessed.findings).toEqual([]);
    expect(guessed.holes.md[guessed.holes.offset[1] - 1]).toBe(12);
  });
});
