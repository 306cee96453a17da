import { describe, expect, it } from 'vitest';
import type { BlockEstimates } from '../engine/types';
import type { ResourcesSection } from '../io/scene/schema';
import { resourceReport } from './resourceReport';
import { reportCsv, reportJson } from './reportCsv';

/** Two 10 m blocks (1000 m³ × 2 t/m³ = 2000 t each): AU 1.0 g/t (measured) and 0.3 g/t (inferred). */
const est: BlockEstimates = {
  start: 0, estimate: Float64Array.from([1.0, 0.3]), variance: new Float64Array(2), slope: Float64Array.from([0.9, 0.2]),
  nSamples: Int32Array.from([20, 5]), nHoles: Int32Array.from([5, 1]), meanDistance: Float64Array.from([15, 70]), pass: Uint8Array.from([1, 2]), singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0,
};
const resources: ResourcesSection = {
  density: 2, cutoffs: [0],
  prices: { AU: { value: 2400, unit: 'USD/oz' } }, recoveries: { AU: 0.9 }, costs: { mining: 10, processing: 25, admin: 5 },
  classification: { element: 'AU', rules: [{ class: 'measured', maxDistance: 20 }, { class: 'inferred', maxPass: 2 }] },
  regions: [{ name: 'East', polygon: [[10, -10], [30, -10], [30, 10], [10, 10]] }],
  priceCurve: { min: 1200, max: 2400, steps: 2 },
};
const report = resourceReport({
  resources, estimates: { AU: est }, elements: ['AU'], unitOf: () => 'g/t',
  grid: { origin: [5, 0, 0], size: [10, 10, 10], count: [2, 1, 1] }, blockVolume: 1000, density: 2,
});

describe('resourceReport (hand calculation)', () => {
  it('breakeven 0.576 g/t; the table at it holds only the 1 g/t block: 2000 t, 64.30 oz, value (69.4456 − 40) × 2000', () => {
    expect(report.cutoffs).toEqual([0, 0.57599]);
    const at = report.regions[0].rows.filter((r) => r.cutoff === 0.57599);
    expect(at.map((r) => [r.class, r.blocks])).toEqual([['measured', 1], ['indicated', 0], ['inferred', 0], ['unclassified', 0]]);
    expect(at[0].tonnes).toBe(2000);
    expect(at[0].metal.AU).toBeCloseTo(2000 / 31.1034768, 9); // 64.30 oz
    expect(at[0].value).toBeCloseTo((2400 / 31.1034768 * 0.9 - 40) * 2000, 6); // 58,891.2 USD
    const inferred0 = report.regions[0].rows.find((r) => r.class === 'inferred' && r.cutoff === 0)!;
    expect(inferred0.value).toBeCloseTo((0.3 * 69.445613 - 40) * 2000, 2); // negative: waste
  });

  it('a region counts the block whose centroid (x = 15) is inside, not the one at x = 5', () => {
    const east = report.regions[1];
    expect(east).toMatchObject({ name: 'East', blocks: 1 });
    expect(east.rows.filter((r) => r.blocks > 0).map((r) => [r.class, r.cutoff])).toEqual([['inferred', 0]]);
  });

  it('the cutoff–price curve: 1,200 USD/oz doubles the cutoff to 1.152 g/t and leaves no resource', () => {
    expect(report.priceCurve.map((p) => p.price)).toEqual([1200, 2400]);
    expect(report.priceCurve[0].cutoff).toBeCloseTo(1.15198, 5);
    expect(report.priceCurve[0].rows.every((r) => r.blocks === 0)).toBe(true);
    expect(report.priceCurve[1].rows[0]).toMatchObject({ class: 'measured', blocks: 1, tonnes: 2000 });
  });

  it('CSV and JSON carry the same rows (NaN empty / null)', () => {
    const lines = reportCsv(report).trim().split('\n');
    expect(lines[0]).toBe('region,class,cutoff_AU,blocks,tonnes,AU_g/t,AU_metal_oz,value_USD');
    expect(lines).toHaveLength(1 + 2 * 8);
    expect(lines[1].startsWith('All blocks,measured,0,1,2000,1,64.30149')).toBe(true);
    expect(lines[3]).toBe('All blocks,indicated,0,0,0,,0,0');
    const j = reportJson(report) as { regions: { rows: { grade: { AU: number | null } }[] }[] };
    expect(j.regions[0].rows[2].grade.AU).toBeNull();
  });
});
