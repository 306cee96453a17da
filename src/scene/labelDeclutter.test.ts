import { describe, expect, it } from 'vitest';
import { declutterLabels } from './labelDeclutter';

const shown = (m: Uint8Array) => Array.from(m).flatMap((v, i) => (v ? [i] : []));

describe('label declutter', () => {
  it('keeps the nearest of overlapping labels and every label that fits', () => {
    // 0 and 1 overlap (10 px apart, 40 px wide); 1 is nearer. 2 is far away on screen.
    const m = declutterLabels({ x: [100, 110, 400], y: [100, 100, 100], depth: [5, 1, 9], width: [40, 40, 40], height: 12, gap: 0 });
    expect(shown(m)).toEqual([1, 2]);
  });

  it('boxes sit above their anchors: labels one line apart vertically both fit', () => {
    const m = declutterLabels({ x: [100, 100, 100], y: [100, 112, 118], depth: [1, 2, 3], width: [40, 40, 40], height: 12, gap: 0 });
    // 100 → box [88, 100), 112 → [100, 112): touching, not overlapping; 118 → [106, 118) overlaps the second.
    expect(shown(m)).toEqual([0, 1]);
  });

  it('skips labels that are not candidates (off screen)', () => {
    const m = declutterLabels({ x: [0, 0], y: [0, 300], depth: [1, 2], width: [30, 30], height: 12, candidate: Uint8Array.of(0, 1) });
    expect(shown(m)).toEqual([1]);
  });

  it('on a dense cluster shows no two overlapping boxes, and matches a brute-force greedy pass', () => {
    let s = 17;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const n = 600;
    const x = Array.from({ length: n }, () => rnd() * 800), y = Array.from({ length: n }, () => rnd() * 500);
    const depth = Array.from({ length: n }, () => rnd()), width = Array.from({ length: n }, () => 20 + rnd() * 40);
    const m = declutterLabels({ x, y, depth, width, height: 14, gap: 2 });
    const box = (i: number) => [x[i] - (width[i] + 2) / 2, y[i] - 16, width[i] + 2, 16];
    const overlap = (i: number, j: number) => {
      const [a, b, c, d] = box(i), [e, f, g, h] = box(j);
      return a < e + g && e < a + c && b < f + h && f < b + d;
    };
    const kept: number[] = [];
    for (const i of Array.from({ length: n }, (_, k) => k).sort((p, q) => depth[p] - depth[q])) {
      if (kept.every((j) => !overlap(i, j))) kept.push(i);
    }
    expect(shown(m)).toEqual(kept.sort((p, q) => p - q));
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.length).toBeLessThan(n / 2);
  });
});
