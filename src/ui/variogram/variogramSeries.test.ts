import { describe, expect, it } from 'vitest';
import { chartSeries } from './variogramSeries';
import type { PanelCurve } from './useVariogramData';
import type { ExperimentalVariogram } from '../../engine/variogram/experimental';

const exp = (lags: number[], gamma: number[], pairs: number[]): ExperimentalVariogram => ({
  kind: 'directional', lag: 10, lagTolerance: 5, centers: Float64Array.from(lags), lags: Float64Array.from(lags),
  gamma: Float64Array.from(gamma), pairs: Int32Array.from(pairs), coincident: { pairs: 0, gamma: NaN },
  count: 10, mean: 0, variance: 1, sampling: 1,
});

describe('chartSeries', () => {
  it('splits points by pair count and draws the model along each direction', () => {
    const curves: PanelCurve[] = [
      { kind: 'major', direction: { azimuth: 0, dip: 0, tolerance: 22.5 }, variogram: exp([10, 20, 40], [0.5, 0.8, 1], [100, 12, 50]) },
      { kind: 'downhole', variogram: exp([5, 40], [0.3, 0.9], [80, 0]) },
    ];
    const model = { nugget: 0.2, structures: [{ type: 'spherical' as const, sill: 0.8, ranges: [40, 40, 40] as [number, number, number], angles: [0, 0, 0] as [number, number, number] }] };
    const s = chartSeries(curves, model);
    expect(s.points).toBe(4);
    expect(s.xMax).toBe(40);
    const i20 = s.x.indexOf(20), i10 = s.x.indexOf(10), i40 = s.x.indexOf(40);
    expect(s.curves[0].hollow[i20]).toBe(0.8);
    expect(s.curves[0].solid[i20]).toBeNull();
    expect(s.curves[0].solid[i10]).toBe(0.5);
    // Spherical at h = 10 of range 40: 0.2 + 0.8·(1.5·0.25 − 0.5·0.25³) = 0.49375; at the range, the sill.
    expect(s.curves[0].model![i10]).toBeCloseTo(0.49375, 12);
    expect(s.curves[0].model![i40]).toBeCloseTo(1, 12);
    expect(s.curves[1].model).toBeNull();
    // At xMax / 2 = 20: 0.2 + 0.8·(1.5·0.5 − 0.5·0.125) = 0.75.
    expect(s.mid).toBeCloseTo(0.75, 12);
    expect(s.curves[1].solid[s.x.indexOf(5)]).toBe(0.3);
  });
});
