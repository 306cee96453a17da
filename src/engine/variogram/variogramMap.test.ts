import { describe, expect, it } from 'vitest';
import { variogramMap } from './variogramMap';

const f64 = (a: number[]) => Float64Array.from(a);

describe('variogramMap', () => {
  it('hand values on a 1-D transect, centro-symmetric', () => {
    // x = 0, 1, 2 with values 1, 3, 2: offset ±1 → diffs 2, 1 → γ = 5/4; offset ±2 → diff 1 → 1/2.
    const m = variogramMap(f64([0, 1, 2]), new Float64Array(3), new Float64Array(3), f64([1, 3, 2]), { cell: 1, cells: 2 });
    const at = (ix: number, iy: number) => (iy + 2) * m.size + ix + 2;
    expect(m.size).toBe(5);
    expect(m.gamma[at(1, 0)]).toBe(1.25);
    expect(m.gamma[at(-1, 0)]).toBe(1.25);
    expect(m.gamma[at(2, 0)]).toBe(0.5);
    expect(m.pairs[at(2, 0)]).toBe(1);
    expect(m.gamma[at(0, 1)]).toBeNaN();
  });

  it('matches a brute-force map on random 3-D data with a dz limit', () => {
    let s = 42;
    const rand = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
    const n = 600, cell = 8, cells = 6, maxDz = 5;
    const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), v = new Float64Array(n);
    for (let i = 0; i < n; i++) { x[i] = rand() * 200; y[i] = rand() * 200; z[i] = rand() * 30; v[i] = x[i] / 50 + rand(); }
    const m = variogramMap(x, y, z, v, { cell, cells, maxDz });
    const size = 2 * cells + 1, sum = new Array(size * size).fill(0), cnt = new Array(size * size).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      if (i === j || Math.abs(z[j] - z[i]) > maxDz) continue;
      const ix = Math.round((x[j] - x[i]) / cell), iy = Math.round((y[j] - y[i]) / cell);
      if (Math.abs(ix) > cells || Math.abs(iy) > cells) continue;
      const c = (iy + cells) * size + ix + cells;
      cnt[c]++; sum[c] += (v[i] - v[j]) ** 2;
    }
    expect(Array.from(m.pairs)).toEqual(cnt);
    cnt.forEach((c, k) => expect(m.gamma[k]).toBeCloseTo(sum[k] / (2 * c), 10));
  });
});
