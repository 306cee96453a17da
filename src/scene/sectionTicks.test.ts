import { describe, expect, it } from 'vitest';
import { labelWidth, sectionTicks } from './sectionTicks';

describe('section grid ticks', () => {
  it('never lets bottom labels overlap, for wide coordinates on a narrow view', () => {
    for (const pixels of [200, 400, 800, 1400]) {
      const t = sectionTicks(6_543_000, 6_547_300, pixels, 'width');
      expect(t.values.length).toBeGreaterThan(1);
      for (let i = 1; i < t.px.length; i++) {
        const room = t.px[i] - t.px[i - 1];
        expect(room).toBeGreaterThanOrEqual((labelWidth(t.labels[i]) + labelWidth(t.labels[i - 1])) / 2 + 12 - 1e-9);
      }
    }
  });

  it('uses 1-2-5 steps: 0–1000 m over 800 px gives a 100 m grid', () => {
    const t = sectionTicks(0, 1000, 800, 'width');
    expect(t.step).toBe(100);
    expect(t.labels[1]).toBe('100');
    // Stacked labels on a 300 px high edge: at least 26 px apart.
    const v = sectionTicks(-400, 0, 300, 'height');
    expect(v.step * 300 / 400).toBeGreaterThanOrEqual(26);
  });
});
