import { describe, expect, it } from 'vitest';
import { frameInPlot, type SectionExtent } from './framing';
import { slabFrame, toSection } from './slab';

/** Pixel position (from the view's left and bottom) of section point (u, v) in a view centred on `centre` at `zoom` px per unit. */
function pixel(f: ReturnType<typeof slabFrame>, centre: number[], zoom: number, w: number, h: number, vScale: number, u: number, v: number) {
  const [uc, vc] = toSection(f, centre[0], centre[1], centre[2]);
  return [w / 2 + (u - uc) * zoom, h / 2 + (v - vc) * zoom * vScale];
}

describe('frameInPlot', () => {
  const insets = { left: 64, right: 12, top: 26, bottom: 104 };
  const cases: [string, ReturnType<typeof slabFrame>, SectionExtent, number, number, number][] = [
    ['a tall N–S section, exaggerated 2×', slabFrame({ axis: 'x', position: 20, width: 10 }), [-10, 50, -60, 0], 800, 600, 2],
    ['a wide plan in a small window', slabFrame({ axis: 'z', position: 300, width: 20 }), [511600, 512440, 2833720, 2834100], 500, 400, 1],
    ['an azimuth section', slabFrame({ axis: 'azimuth', azimuth: 30, position: -5, width: 10 }), [100, 300, -200, 50], 1000, 700, 1],
  ];
  it.each(cases)('%s: the extent fills the plot area inside the insets, centred there', (_, f, e, w, h, vs) => {
    const { centre, zoom } = frameInPlot(f, e, w, h, insets, vs);
    expect(Math.abs(centre[0] * f.normal[0] + centre[1] * f.normal[1] + centre[2] * f.normal[2] - f.position)).toBeLessThan(1e-6);
    const [x0, y0] = pixel(f, centre, zoom, w, h, vs, e[0], e[2]);
    const [x1, y1] = pixel(f, centre, zoom, w, h, vs, e[1], e[3]);
    // Inside the plot area (margin 1.15 along the tighter direction: 7.5 % free each side there) …
    expect(x0).toBeGreaterThanOrEqual(insets.left - 1e-6);
    expect(x1).toBeLessThanOrEqual(w - insets.right + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(insets.bottom - 1e-6);
    expect(y1).toBeLessThanOrEqual(h - insets.top + 1e-6);
    // … centred in it …
    expect((x0 + x1) / 2).toBeCloseTo((insets.left + w - insets.right) / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo((insets.bottom + h - insets.top) / 2, 6);
    // … and filling it along one direction to 1 / 1.15.
    const fill = Math.max((x1 - x0) / (w - insets.left - insets.right), (y1 - y0) / (h - insets.top - insets.bottom));
    expect(fill).toBeCloseTo(1 / 1.15, 6);
  });
});
