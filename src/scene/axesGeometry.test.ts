import { describe, expect, it } from 'vitest';
import { axesGeometry } from './axesGeometry';

describe('axes geometry', () => {
  const b = { min: [2_294_100, 414_000, 1_000] as [number, number, number], max: [2_301_900, 421_000, 1_650] as [number, number, number] };
  const origin: [number, number, number] = [2_298_000, 417_500, 1_300];
  const a = axesGeometry(b, origin, 'ft');

  it('labels ticks with real coordinates and the axes with their unit', () => {
    expect(a.labels.slice(0, 4)).toEqual(['2,296,000', '2,298,000', '2,300,000', '414,000']);
    expect(a.labels.slice(-3)).toEqual(['X east (ft)', 'Y north (ft)', 'Z (ft)']);
    expect(a.labels).toContain('1,600');
    expect(a.labelPoints.length).toBe(a.labels.length * 3);
  });

  it('draws the box and floor grid relative to the origin', () => {
    // 12 box edges, 3 + 8 floor grid lines (X ticks every 2,000, Y every 1,000), 7 Z tick marks (1,000 … 1,600).
    expect(a.lines.length / 6).toBe(12 + 3 + 8 + 7);
    // First X tick (2,296,000) anchors at x = −2000 in the local frame, on the floor.
    expect(Array.from(a.labelPoints.slice(0, 3))).toEqual([-2000, 414_000 - 417_500 - 0.04 * 7800, -300]);
  });
});
