import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRowsCsv } from './blockRows';
import { csvNumber } from './csvText';
import type { BlockGrid } from '../types';

const grid: BlockGrid = { origin: [0.1, -5, 1e6 + 0.5], size: [0.3, 10, 2.5], count: [3, 2, 2] };

/** The rows cell by cell with String(v) (NaN as "NaN"): what blockRowsCsv must equal byte for byte. */
function reference(g: BlockGrid, start: number, n: number, lead: number[], cols: ArrayLike<number>[]): string {
  let text = '';
  for (let s = 0; s < n; s++) {
    const b = start + s, nx = g.count[0], nxy = nx * g.count[1];
    const k = Math.floor(b / nxy), j = Math.floor((b - k * nxy) / nx), i = b - k * nxy - j * nx;
    const cells = [g.origin[0] + i * g.size[0], g.origin[1] + j * g.size[1], g.origin[2] + k * g.size[2], ...lead, ...cols.map((c) => c[s])];
    text += `${cells.map((v) => (Number.isNaN(v) ? 'NaN' : String(v))).join(',')}\n`;
  }
  return text;
}

describe('blockRowsCsv', () => {
  it('writes each cell as String(v) does, NaN as NaN, for awkward numbers', () => {
    const odd = [NaN, -0, 0, 1e21, 1e-7, 9.999999999999999e-8, 5e-324, -1.7976931348623157e308, 0.1 + 0.2, 123456789012345680000, 2 ** 53 + 2, -42];
    const col = Float64Array.from(odd);
    const ints = Int32Array.from(odd.map((_, i) => i * 1000 - 3));
    const got = blockRowsCsv({ ...grid, count: [12, 1, 1] }, 0, odd.length, [0.3, 10], [col, ints]);
    expect(got).toBe(reference({ ...grid, count: [12, 1, 1] }, 0, odd.length, [0.3, 10], [col, ints]));
    expect(got.split('\n')[0]).toBe('0.1,-5,1000000.5,0.3,10,NaN,-3');
    expect(got.split('\n')[1]).toBe('0.4,-5,1000000.5,0.3,10,0,997');
  });

  it('falls back to cell-by-cell text when a value is infinite (JSON would write null)', () => {
    const col = Float64Array.from([1.5, Infinity, -Infinity, NaN]);
    const g: BlockGrid = { ...grid, count: [4, 1, 1] };
    const got = blockRowsCsv(g, 0, 4, [], [col]);
    expect(got).toBe(reference(g, 0, 4, [], [col]));
    expect(got.split('\n').map((l) => l.split(',')[3])).toEqual(['1.5', 'Infinity', '-Infinity', 'NaN', undefined]);
  });

  it('equals the cell-by-cell text for any doubles and any range of the grid', () => {
    fc.assert(fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 11 }), (vals, start) => {
      const n = Math.min(vals.length, 12 - start);
      const col = Float64Array.from(vals.slice(0, n));
      expect(blockRowsCsv(grid, start, n, [], [col, col])).toBe(reference(grid, start, n, [], [col, col]));
      expect(csvNumber(NaN)).toBe('NaN');
    }), { numRuns: 500 });
  });

  it('writes nothing for no rows', () => {
    expect(blockRowsCsv(grid, 3, 0, [], [])).toBe('');
  });
});
