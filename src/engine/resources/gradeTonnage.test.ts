import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareCutoffCurve, queryCutoffCurve } from './cutoffCurve';
import { gradeTonnage, metalContent, troyOunces } from './gradeTonnage';

// Five 10 × 10 × 5 m blocks (500 m³) at 2.5 t/m³ = 1250 t each; one unestimated.
const est = Float64Array.from([0.2, 1.5, NaN, 0.8, 3.0, 1.0]);

describe('gradeTonnage', () => {
  it('gives hand-computed tonnes, grade and metal per cutoff', () => {
    const rows = gradeTonnage(est, 500, 2.5, [0, 0.5, 1, 2, 5]);
    expect(rows.map((r) => r.blocks)).toEqual([5, 4, 3, 1, 0]);
    expect(rows.map((r) => r.tonnes)).toEqual([6250, 5000, 3750, 1250, 0]);
    expect(rows[0].grade).toBeCloseTo(6.5 / 5, 12); // (0.2 + 1.5 + 0.8 + 3 + 1)/5
    expect(rows[1].grade).toBeCloseTo(6.3 / 4, 12);
    expect(rows[2].grade).toBeCloseTo(5.5 / 3, 12); // grade ≥ cutoff: the 1.0 block counts
    expect(rows[2].metal).toBeCloseTo(5.5 * 1250, 9);
    expect(rows[3]).toMatchObject({ cutoff: 2, blocks: 1, tonnes: 1250, grade: 3, metal: 3750 });
    expect(rows[4].grade).toBeNaN();
    expect(rows[4].metal).toBe(0);
  });

  it('weights grade by tonnage with a density per block', () => {
    const rows = gradeTonnage(Float64Array.from([1, 2, NaN]), 100, Float64Array.from([2, 3, 9]), [0, 1.5]);
    expect(rows[0].tonnes).toBe(500);
    expect(rows[0].metal).toBe(800); // 1·200 + 2·300
    expect(rows[0].grade).toBe(1.6);
    expect(rows[1]).toMatchObject({ blocks: 1, tonnes: 300, grade: 2, metal: 600 });
  });

  it('rejects impossible input', () => {
    expect(() => gradeTonnage(est, 0, 2.5, [0])).toThrow(/block volume/);
    expect(() => gradeTonnage(est, 1, -1, [0])).toThrow(/density must be positive/);
    expect(() => gradeTonnage(est, 1, Float64Array.from([1]), [0])).toThrow(/1 densities for 6 blocks/);
    expect(() => gradeTonnage(est, 1, 1, [NaN])).toThrow(/cutoff must be a number/);
  });

  it('converts metal to grams, troy ounces, tonnes and pounds', () => {
    expect(troyOunces(31.1034768)).toBe(1);
    expect(metalContent(311034.768, 'g/t')).toEqual({ grams: 311034.768, troyOunces: 10000 });
    expect(metalContent(2000, 'ppb').grams).toBe(2);
    const cu = metalContent(150, '%'); // 100 t at 1.5 % Cu = 1.5 t
    expect(cu.tonnes).toBe(1.5);
    expect(cu.pounds).toBeCloseTo(3306.93393, 4);
    expect(metalContent(1, 'kg')).toEqual({});
  });
});

describe('prepareCutoffCurve', () => {
  it('answers queries identically to a brute-force sum over blocks', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double({ min: 0, max: 20, noNaN: true }), fc.constant(NaN)), { maxLength: 200 }),
      fc.double({ min: -1, max: 21, noNaN: true }),
      (values, cutoff) => {
        const e = Float64Array.from(values);
        const r = queryCutoffCurve(prepareCutoffCurve(e, 8, 2.7), cutoff);
        let blocks = 0, metal = 0;
        for (const v of values) if (v >= cutoff) { blocks++; metal += v * 8 * 2.7; }
        expect(r.blocks).toBe(blocks);
        expect(r.tonnes).toBeCloseTo(blocks * 8 * 2.7, 6);
        expect(Math.abs(r.metal - metal)).toBeLessThanOrEqual(1e-9 * Math.max(1, metal));
      },
    ), { numRuns: 300 });
  });

  it('counts unestimated blocks, reuses an output object, and its data survive a structured clone', () => {
    const curve = prepareCutoffCurve(est, 500, 2.5);
    expect(curve.unestimated).toBe(1);
    const out = { cutoff: 0, blocks: 0, tonnes: 0, grade: 0, metal: 0 };
    expect(queryCutoffCurve(curve, 1, out)).toBe(out);
    expect(out.blocks).toBe(3);
    expect(curve.query(0.5).tonnes).toBe(5000);
    const copy = structuredClone(curve);
    expect(queryCutoffCurve(copy, 0.5).tonnes).toBe(5000);
  });
});
