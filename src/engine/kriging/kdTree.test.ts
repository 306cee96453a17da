import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncrementalQuery } from './incrementalQuery';
import { buildKdTree, KnnQuery } from './kdTree';

/** Brute force: positions of the k nearest within r2, by (d², rank), excluding index/hole. */
function brute(px: number[], py: number[], pz: number[], rank: number[], hole: number[], q: number[], r2: number, k: number, exI: number, exH: number): number[] {
  const c: { i: number; d: number }[] = [];
  for (let i = 0; i < px.length; i++) {
    if (i === exI || (exH >= 0 && hole[i] === exH)) continue;
    const d = (px[i] - q[0]) ** 2 + (py[i] - q[1]) ** 2 + (pz[i] - q[2]) ** 2;
    if (d <= r2) c.push({ i, d });
  }
  c.sort((a, b) => a.d - b.d || rank[a.i] - rank[b.i]);
  return c.slice(0, k).map((e) => e.i);
}

describe('kd-tree k-nearest query', () => {
  it('returns exactly the brute-force k nearest within the radius, ties by rank, with exclusions', () => {
    // integer coordinates on a small lattice: many exact ties in distance
    const pt = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(fc.property(
      fc.array(pt, { minLength: 1, maxLength: 120 }),
      fc.tuple(fc.double({ min: -2, max: 14, noNaN: true }), fc.double({ min: -2, max: 14, noNaN: true }), fc.integer({ min: -1, max: 5 })),
      fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: -1, max: 130 }), fc.integer({ min: -1, max: 5 }),
      (pts, q, k, r2, exI, exH) => {
        const n = pts.length;
        const px = pts.map((p) => p[0]), py = pts.map((p) => p[1]), pz = pts.map((p) => p[2]), hole = pts.map((p) => p[3]);
        const rank = Array.from({ length: n }, (_, i) => (i * 7919) % n); // any permutation of 0..n-1 when gcd(7919, n) = 1
        if (new Set(rank).size !== n) return;
        const f = (a: number[]) => Float64Array.from(a);
        const tree = buildKdTree(f(px), f(py), f(pz), f(px), f(py), f(pz), new Float64Array(n), Int32Array.from(hole), Int32Array.from({ length: n }, (_, i) => i), Int32Array.from(rank));
        const query = new KnnQuery(tree, k);
        const found = query.run(q[0], q[1], q[2], r2, k, exI, exH);
        const got = Array.from(query.pos.subarray(0, found), (p) => tree.index[p]);
        expect(got).toEqual(brute(px, py, pz, rank, hole, q, r2, k, exI, exH));
        for (let i = 1; i < found; i++) expect(query.d2[i]).toBeGreaterThanOrEqual(query.d2[i - 1]);
      },
    ), { numRuns: 300 });
  });

  it('copes with an empty set and with all points coincident', () => {
    const e = new Float64Array(0);
    const empty = buildKdTree(e, e, e, e, e, e, e, new Int32Array(0), new Int32Array(0), new Int32Array(0));
    expect(new KnnQuery(empty, 4).run(0, 0, 0, 1, 4, -1, -1)).toBe(0);
    const n = 50, same = new Float64Array(n).fill(3);
    const t = buildKdTree(same, same, same, same, same, same, same, new Int32Array(n), Int32Array.from({ length: n }, (_, i) => i), Int32Array.from({ length: n }, (_, i) => n - 1 - i));
    const q = new KnnQuery(t, 5);
    expect(q.run(3, 3, 3, 0, 5, -1, -1)).toBe(5);
    // highest index = lowest rank wins the ties
    expect(Array.from(q.pos.subarray(0, 5), (p) => t.index[p])).toEqual([49, 48, 47, 46, 45]);
  });
});

describe('incremental nearest-first query', () => {
  const line = (n: number) => {
    // x falls as y rises: the tree splits on y, the tie-break rank follows x
    const x = Float64Array.from({ length: n }, (_, i) => n - 1 - i), y = Float64Array.from({ length: n }, (_, i) => 10 * i), z = new Float64Array(n);
    const rank = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
    return buildKdTree(x, y, z, x, y, z, new Float64Array(n), new Int32Array(n).fill(-1), Int32Array.from({ length: n }, (_, i) => i), rank);
  };

  it('yields every sample within the radius in (d², rank) order, with exclusions', () => {
    const t = line(40);
    const q = new IncrementalQuery(t);
    q.start(20.5, 195, 0, 5000, 3, -1);
    const got: number[] = [];
    for (let p = q.next(); p >= 0; p = q.next()) got.push(t.index[p]);
    const want = Array.from({ length: 40 }, (_, i) => i)
      .filter((i) => i !== 3 && (39 - i - 20.5) ** 2 + (10 * i - 195) ** 2 <= 5000)
      .sort((a, b) => ((39 - a - 20.5) ** 2 + (10 * a - 195) ** 2) - ((39 - b - 20.5) ** 2 + (10 * b - 195) ** 2) || (39 - a) - (39 - b));
    expect(got).toEqual(want);
  });

  it('opens a node whose box is as near as a queued sample before yielding that sample', () => {
    // 17 points: leaves y 0..70 (x 16..9) and y 80..160 (x 8..0). From (8.5, 75) the samples
    // (9, 70) and (8, 80) and both boxes are at d² = 25.25; (8, 80) has the lower rank.
    const t = line(17);
    const q = new IncrementalQuery(t);
    q.start(8.5, 75, 0, 1e9, -1, -1);
    expect([t.index[q.next()], t.index[q.next()]]).toEqual([8, 7]);
  });
});
