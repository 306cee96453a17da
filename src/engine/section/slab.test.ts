import { describe, expect, it } from 'vitest';
import { clipSegmentToSlab, clipSegmentsToSlab, slabFrame, toSection } from './slab';
import { boxCutExtent, frameExtent } from './framing';
import { meshPlaneSegments } from './meshCut';

describe('section slab', () => {
  it('N–S section looks west with north to the right; E–W looks north with east to the right; plan has north up', () => {
    const ns = slabFrame({ axis: 'x', position: 100, width: 10 });
    expect(toSection(ns, 100, 250, -40)).toEqual([250, -40]);
    expect(ns.toward).toEqual([1, 0, 0]);
    const ew = slabFrame({ axis: 'y', position: 0, width: 10 });
    expect(toSection(ew, 30, 5, 7)).toEqual([30, 7]);
    expect(ew.toward).toEqual([0, -1, 0]);
    const plan = slabFrame({ axis: 'z', position: 0, width: 10 });
    expect(toSection(plan, 3, 4, 5)).toEqual([3, 4]);
  });

  it('an azimuth-0 section is the N–S section; azimuth 90 runs east with its normal to the south', () => {
    const a0 = slabFrame({ axis: 'azimuth', azimuth: 0, position: 100, width: 10 });
    const x = slabFrame({ axis: 'x', position: 100, width: 10 });
    for (const k of ['normal', 'u', 'v', 'toward'] as const) a0[k].forEach((c, i) => expect(c).toBeCloseTo(x[k][i], 12));
    const a90 = slabFrame({ axis: 'azimuth', azimuth: 90, position: 0, width: 10 });
    a90.u.forEach((c, i) => expect(c).toBeCloseTo([1, 0, 0][i], 12));
    a90.normal.forEach((c, i) => expect(c).toBeCloseTo([0, -1, 0][i], 12));
    // 45°: a point 10 m along the line from the origin is at u = 10, on the plane.
    const a45 = slabFrame({ axis: 'azimuth', azimuth: 45, position: 0, width: 2 });
    const s = Math.SQRT1_2 * 10;
    const [u] = toSection(a45, s, s, 0);
    expect(u).toBeCloseTo(10, 12);
    expect(clipSegmentToSlab(a45, [s, s, 0], [s, s, -50])).toEqual([0, 1]);
  });

  it('clips a segment to the slab by hand values', () => {
    const f = slabFrame({ axis: 'x', position: 100, width: 10 }); // keeps 95 ≤ x ≤ 105
    // x runs 90 → 110: inside from t = 0.25 to 0.75.
    expect(clipSegmentToSlab(f, [90, 0, 0], [110, 0, 0])).toEqual([0.25, 0.75]);
    expect(clipSegmentToSlab(f, [110, 0, 0], [90, 0, 0])).toEqual([0.25, 0.75]);
    expect(clipSegmentToSlab(f, [106, 0, 0], [120, 5, 5])).toBeNull();
    expect(clipSegmentToSlab(f, [100, 0, 0], [100, 0, -30])).toEqual([0, 1]);
    expect(clipSegmentToSlab(f, [104, 0, 0], [96, 0, -30])).toEqual([0, 1]);
    // A dipping hole: x from 80 to 120 over 40 m depth: inside for z in [-15, -25].
    const { positions, source } = clipSegmentsToSlab(f, [80, 0, 0, 120, 0, -40, 0, 0, 0, 10, 0, 0]);
    expect(Array.from(source)).toEqual([0]);
    expect(Array.from(positions)).toEqual([95, 0, -15, 105, 0, -25]);
  });

  it('frames the cut of a box orthographically, taller side limiting', () => {
    const f = slabFrame({ axis: 'x', position: 50, width: 4 });
    const e = boxCutExtent(f, { min: [0, 1000, -200], max: [100, 1400, 0] });
    expect(e).toEqual([1000, 1400, -200, 0]);
    expect(boxCutExtent(f, { min: [60, 0, 0], max: [70, 1, 1] })).toBeNull();
    // 400 wide, 200 high in a 2:1 view: width limits → halfWidth = 1.1·400/2.
    const fr = frameExtent(f, e!, 2, 1, 1.1);
    expect(fr.halfWidth).toBeCloseTo(220, 9);
    expect(fr.halfHeight).toBeCloseTo(110, 9);
    expect(fr.centre).toEqual([50, 1200, -100]);
    // Vertical exaggeration 3: 600 high on screen limits a 2:1 view.
    const fr3 = frameExtent(f, e!, 2, 3, 1.1);
    expect(fr3.halfHeight).toBeCloseTo(330, 9);
    expect(fr3.halfWidth).toBeCloseTo(660, 9);
  });

  it('cuts a tetrahedron with a plane into segments on the plane', () => {
    // Unit tetrahedron (0,0,0),(1,0,0),(0,1,0),(0,0,1) cut at x = 0.5: a triangle (3 segments) with
    // corners (0.5,0,0), (0.5,0.5,0), (0.5,0,0.5).
    const pos = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1];
    const idx = [0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3];
    const f = slabFrame({ axis: 'x', position: 0.5, width: 1 });
    const seg = meshPlaneSegments(f, pos, idx);
    expect(seg.length).toBe(3 * 6);
    for (let i = 0; i < seg.length; i += 3) expect(seg[i]).toBeCloseTo(0.5, 12);
    const pts = new Set<string>();
    for (let i = 0; i < seg.length; i += 3) pts.add([seg[i + 1], seg[i + 2]].map((v) => v.toFixed(6)).join(','));
    expect([...pts].sort()).toEqual(['0.000000,0.000000', '0.000000,0.500000', '0.500000,0.000000']);
  });
});
