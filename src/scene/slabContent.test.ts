import { describe, expect, it } from 'vitest';
import { slabFrame } from '../engine/section/slab';
import type { HoleGeometry } from './holeGeometry';
import { slabContent } from './slabContent';

describe('slab content', () => {
  it('counts the intervals and holes inside a N–S slab and anchors labels where holes enter it', () => {
    // Local frame, origin (1000, 2000, 0). Hole 0 vertical at x = 1000 (inside), hole 1 at x = 1020
    // (outside a 10 m slab around x = 1000), hole 2 dipping from x = 990 to 1010 over 40 m.
    const origin: [number, number, number] = [1000, 2000, 0];
    const geo: HoleGeometry = {
      trace: Float32Array.from([0, 0, 0, 0, 0, -50, 20, 5, 0, 20, 5, -50, -10, 10, 0, 10, 10, -40]),
      traceHole: Int32Array.from([0, 1, 2]),
      intervals: Float32Array.from([0, 0, -10, 0, 0, -20, 20, 5, -10, 20, 5, -20, -10, 10, 0, -6, 10, -8, -6, 10, -8, -4, 10, -12]),
      intervalSample: Int32Array.from([0, 1, 2, 3]),
      points: new Float32Array(0), pointSample: new Int32Array(0), collars: new Float32Array(9),
    };
    const c = slabContent(slabFrame({ axis: 'x', position: 1000, width: 10 }), geo, origin);
    // Intervals: hole 0's (in), hole 1's (out), hole 2's first (x −10 → −6: out), second (−6 → −4 local, i.e. 994–996: in).
    expect(c.intervals).toBe(2);
    expect(c.holes).toEqual([0, 2]);
    // Hole 2 enters the slab at x = 995 (local −5), a quarter of the way: z = −10.
    expect(Array.from(c.labelPoints)).toEqual([0, 0, 0, -5, 10, -10]);
    // Extent (u = north, v = z): hole 0 at y 2000, z 0…−50; hole 2 at y 2010, z −10…−30.
    expect(c.extent).toEqual([2000, 2010, -50, 0]);
  });
});
