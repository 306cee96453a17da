import { describe, expect, it } from 'vitest';
import type { BlockEstimates } from '../engine/types';
import type { ResourcesSection } from '../io/scene/schema';
import { resourceReport } from './resourceReport';

/** Two 10 m blocks side by side (x 0–10, 10–20; 1000 m³ × 2 t/m³ = 2000 t each), AU 1 and 3 g/t. */
const est = {
  start: 0, estimate: Float64Array.from([1, 3]), variance: new Float64Array(2), slope: new Float64Array(2), nSamples: Int32Array.from([5, 5]),
  nHoles: Int32Array.from([2, 2]), meanDistance: Float64Array.from([10, 10]), pass: Uint8Array.from([1, 1]), singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0,
} as BlockEstimates;
const run = (regionRule?: 'centroid' | 'proportion') => resourceReport({
  resources: { density: 2, cutoffs: [0], regionRule, regions: [{ name: 'x 4–16', polygon: [[4, -5], [16, -5], [16, 5], [4, 5]] }] } as ResourcesSection,
  estimates: { AU: est }, elements: ['AU'], unitOf: () => 'g/t',
  grid: { origin: [5, 0, 0], size: [10, 10, 10], count: [2, 1, 1] }, blockVolume: 1000, density: 2,
});

describe('regionRule', () => {
  it('centroid (default): both centroids (x 5, 15) are inside x 4–16: 2 whole blocks, 4,000 t', () => {
    const r = run();
    expect(r.regionRule).toBe('centroid');
    expect(r.regions[1]).toMatchObject({ blocks: 2 });
    expect(r.regions[1].rows[0].tonnes).toBe(4000);
  });

  it('proportion: 60 % of each block (x 4–10 and 10–16): 1.2 blocks, 2,400 t, grade (0.6·1 + 0.6·3) / 1.2 = 2 g/t', () => {
    const r = run('proportion');
    expect(r.regionRule).toBe('proportion');
    expect(r.regions[1].blocks).toBeCloseTo(1.2, 12);
    expect(r.regions[1].rows[0].tonnes).toBeCloseTo(2400, 9);
    expect(r.regions[1].rows[0].grade.AU).toBeCloseTo(2, 12);
    expect(r.regions[0].rows[0].tonnes).toBe(4000); // all blocks unchanged
  });
});
