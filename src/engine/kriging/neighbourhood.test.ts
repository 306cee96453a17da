import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EstimationData, SearchParams } from '../types';
import { checkSearch, Neighbourhood, tieRanks } from './neighbourhood';

function data(pts: number[][], hole?: number[]): EstimationData {
  return {
    x: Float64Array.from(pts, (p) => p[0]), y: Float64Array.from(pts, (p) => p[1]), z: Float64Array.from(pts, (p) => p[2]),
    v: Float64Array.from(pts, (p) => p[3] ?? 0), hole: Int32Array.from(hole ?? pts.map(() => -1)),
  };
}
const base: SearchParams = { ranges: [10, 10, 10], angles: [0, 0, 0], minSamples: 1, maxSamples: 10, maxPerHole: 0 };

/** Original indices chosen around (x, y, z) in pass p. */
function chosen(nb: Neighbourhood, x: number, y: number, z: number, p = 0, exI = -1, exH = -1): number[] {
  const k = nb.select(x, y, z, p, exI, exH);
  return Array.from(nb.sel.subarray(0, k), (s) => nb.tree.index[s]);
}

describe('search ellipsoid', () => {
  it('selects by ellipsoid-scaled distance: major axis along azimuth 90° (east)', () => {
    // ranges 100 along east, 10 north, 5 up: (60, 0, 0) is at 0.6, (0, 8, 0) at 0.8, (0, 12, 0) at 1.2, (0, 0, 4) at 0.8
    const nb = new Neighbourhood(data([[60, 0, 0], [0, 8, 0], [0, 12, 0], [0, 0, 4], [-99, 0, 0], [0, 0, 6]]), { ...base, ranges: [100, 10, 5], angles: [90, 0, 0] });
    expect(chosen(nb, 0, 0, 0)).toEqual([0, 3, 1, 4]); // 0.6, 0.8 (tie: z=4 sorts before y=8 by x, then y), 0.8, 0.99
    expect(nb.selD2[0]).toBeCloseTo(0.36, 12);
  });

  it('rotates with dip: major axis plunging 30° towards azimuth 0', () => {
    const c = Math.cos(Math.PI / 6), s = Math.sin(Math.PI / 6);
    // 40 m along (0, cos30, −sin30) is at 0.4 of the 100 m major range; 40 m level north is far off axis
    const nb = new Neighbourhood(data([[0, 40 * c, -40 * s], [0, 40, 0]]), { ...base, ranges: [100, 10, 10], angles: [0, -30, 0] });
    expect(chosen(nb, 0, 0, 0)).toEqual([0]);
    expect(nb.selD2[0]).toBeCloseTo(0.16, 12);
  });

  it('limits samples per hole, nearest first within each hole', () => {
    const pts: number[][] = [], hole: number[] = [];
    for (let h = 0; h < 3; h++) for (let s = 0; s < 5; s++) { pts.push([h, 0, s + 1]); hole.push(h); }
    const nb = new Neighbourhood(data(pts, hole), { ...base, ranges: [50, 50, 50], maxSamples: 7, maxPerHole: 2 });
    const got = chosen(nb, 0, 0, 0);
    expect(got.length).toBe(6); // only 2 from each of the 3 holes
    for (let h = 0; h < 3; h++) expect(got.filter((i) => hole[i] === h).sort((a, b) => a - b)).toEqual([5 * h, 5 * h + 1]);
  });

  it('limits samples per octant', () => {
    // 6 samples in the (+,+,+) octant, 1 in (−,−,−) farther away; ties at d² = 6 go by x, then y
    const pts = [[1, 1, 1], [1, 2, 1], [2, 1, 1], [1, 1, 2], [2, 2, 2], [3, 3, 3], [-5, -5, -5]];
    const nb = new Neighbourhood(data(pts), { ...base, ranges: [50, 50, 50], maxPerOctant: 2 });
    expect(chosen(nb, 0, 0, 0)).toEqual([0, 3, 6]);
  });

  it('takes octants in the rotated frame of the ellipsoid', () => {
    // c (d² 5.69) is nearest, then a (5.81), then b (6). Unrotated, a and b share (+,+,+);
    // rotated by azimuth 45°, a shares c's octant (major > 0, semi-major < 0) and b does not.
    const pts = [[2, 1, 0.9], [1, 2, 1], [2, -0.5, 1.2]];
    const s = { ...base, ranges: [50, 50, 50] as [number, number, number], maxPerOctant: 1 };
    expect(chosen(new Neighbourhood(data(pts), s), 0, 0, 0)).toEqual([2, 0]);
    expect(chosen(new Neighbourhood(data(pts), { ...s, angles: [45, 0, 0] }), 0, 0, 0)).toEqual([2, 1]);
  });

  it('uses later passes with expanded ellipsoids and relaxed minimum', () => {
    const nb = new Neighbourhood(data([[15, 0, 0], [25, 0, 0], [0, 35, 0]]), {
      ...base, minSamples: 2, passes: [{ scale: 2 }, { scale: 4, minSamples: 1 }],
    });
    expect(nb.passes.map((p) => [p.scale, p.minSamples, p.maxSamples])).toEqual([[1, 2, 10], [2, 2, 10], [4, 1, 10]]);
    expect(chosen(nb, 0, 0, 0, 0)).toEqual([]);
    expect(chosen(nb, 0, 0, 0, 1)).toEqual([0]);
    expect(chosen(nb, 0, 0, 0, 2)).toEqual([0, 1, 2]);
  });

  it('excludes a sample or a whole hole (cross-validation)', () => {
    const nb = new Neighbourhood(data([[1, 0, 0], [2, 0, 0], [3, 0, 0], [4, 0, 0]], [0, 0, 1, -1]), base);
    expect(chosen(nb, 0, 0, 0, 0, 1)).toEqual([0, 2, 3]);
    expect(chosen(nb, 0, 0, 0, 0, 0, 0)).toEqual([2, 3]);
  });

  it('gives the same neighbours with the warm start as fresh queries along a row of blocks', () => {
    const pts: number[][] = [];
    for (let i = 0; i < 400; i++) pts.push([(i * 37) % 101, (i * 53) % 97, (i * 11) % 13]);
    const d = data(pts), s = { ...base, ranges: [30, 30, 30] as [number, number, number], maxSamples: 12 };
    const warm = new Neighbourhood(d, s);
    for (let b = 0; b < 60; b++) {
      const x = 2 * b, y = 40 + (b % 7), z = 6;
      expect(chosen(warm, x, y, z)).toEqual(chosen(new Neighbourhood(d, s), x, y, z));
    }
  });
});

describe('constrained selection', () => {
  it('equals a brute-force greedy pass over all samples sorted by (d², rank)', () => {
    const pt = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -1, max: 4 }));
    fc.assert(fc.property(
      fc.array(pt, { minLength: 1, maxLength: 250 }), fc.tuple(fc.integer({ min: -1, max: 11 }), fc.integer({ min: -1, max: 11 }), fc.integer({ min: 0, max: 3 })),
      fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 360, noNaN: true }),
      fc.integer({ min: -1, max: 80 }), fc.integer({ min: -1, max: 4 }),
      (pts, q, mph, mpo, maxS, az, exI, exH) => {
        const nb = new Neighbourhood(data(pts.map((p) => [p[0], p[1], p[2], 0]), pts.map((p) => p[3])), {
          ranges: [8, 6, 3], angles: [az, 0, 0], minSamples: 1, maxSamples: maxS, maxPerHole: mph, maxPerOctant: mpo,
        });
        const t = nb.tree, f = new Float64Array(3);
        nb.toFrame(q[0], q[1], q[2], f);
        const cand = Array.from({ length: t.n }, (_, p) => ({ p, d: (t.tx[p] - f[0]) ** 2 + (t.ty[p] - f[1]) ** 2 + (t.tz[p] - f[2]) ** 2 }))
          .filter((c) => c.d <= 1 && t.index[c.p] !== exI && !(exH >= 0 && t.oh[c.p] === exH))
          .sort((a, b) => a.d - b.d || t.rank[a.p] - t.rank[b.p]);
        const perHole = new Map<number, number>(), perOct = new Map<number, number>(), want: number[] = [];
        for (const c of cand) {
          if (want.length === maxS) break;
          const h = t.oh[c.p];
          if (mph > 0 && h >= 0 && (perHole.get(h) ?? 0) >= mph) continue;
          const o = (t.tx[c.p] > f[0] ? 1 : 0) + (t.ty[c.p] > f[1] ? 2 : 0) + (t.tz[c.p] > f[2] ? 4 : 0);
          if (mpo > 0 && (perOct.get(o) ?? 0) >= mpo) continue;
          perHole.set(h, (perHole.get(h) ?? 0) + 1); perOct.set(o, (perOct.get(o) ?? 0) + 1);
          want.push(t.index[c.p]);
        }
        expect(chosen(nb, q[0], q[1], q[2], 0, exI, exH)).toEqual(want);
      },
    ), { numRuns: 300 });
  });
});

describe('tie ranks', () => {
  it('order samples by x, y, z, value, hole', () => {
    expect(Array.from(tieRanks(data([[1, 0, 0, 5], [0, 9, 9, 9], [1, 0, 0, 4], [0, 9, 9, 9]], [0, 1, 0, 0])))).toEqual([3, 1, 2, 0]);
  });
});

describe('checkSearch', () => {
  it('names the bad field', () => {
    expect(() => checkSearch({ ...base, ranges: [10, 0, 10] })).toThrow(/ranges/);
    expect(() => checkSearch({ ...base, minSamples: 0 })).toThrow(/minSamples/);
    expect(() => checkSearch({ ...base, maxSamples: 0, minSamples: 1 })).toThrow(/maxSamples/);
    expect(() => checkSearch({ ...base, maxPerHole: -1 })).toThrow(/maxPerHole/);
    expect(() => checkSearch({ ...base, passes: [{ scale: 2 }, { scale: 3 }, { scale: 4 }] })).toThrow(/3 passes/);
    expect(() => checkSearch({ ...base, passes: [{ scale: -2 }] })).toThrow(/scale/);
  });
});
