import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { parseCliArgs } from '../src/cli/args';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TINY = join(ROOT, 'tests/fixtures/scenes/tiny.json');
const tmp = mkdtempSync(join(tmpdir(), 'lode-swath-'));

async function lode(...args: string[]): Promise<{ header: string[]; rows: string[][] }> {
  const out = join(tmp, `${args.join('_').replace(/\W+/g, '')}.csv`);
  expect(await main([...args, '-o', out, '-t', '0', '-q'])).toBe(0);
  const lines = readFileSync(out, 'utf8').trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

describe('lode swath', () => {
  it('equals slices computed here from `lode composite` and `lode estimate` (tiny scene, Z, width 2)', async () => {
    const comp = await lode('composite', TINY);
    const est = await lode('estimate', TINY);
    const sw = await lode('swath', TINY, '--axis', 'Z', '--width', '2');
    expect(sw.header).toEqual(['AXIS', 'FROM', 'TO', 'AU_COMP_MEAN', 'AU_COMP_N', 'AU_BLOCK_MEAN', 'AU_BLOCK_N']);
    // Grid: first centroid z 45, size 2, 3 levels: lower edge 44, upper 50 → slices [44,46) [46,48) [48,50].
    expect(sw.rows.map((r) => [r[0], r[1], r[2]])).toEqual([['Z', '44', '46'], ['Z', '46', '48'], ['Z', '48', '50']]);
    const c = (name: string) => comp.header.indexOf(name), e = (name: string) => est.header.indexOf(name);
    for (const [k, row] of sw.rows.entries()) {
      const lo = 44 + 2 * k, hi = lo + 2, last = k === 2;
      const inSlice = (z: number) => z >= lo && (z < hi || (last && z <= hi));
      let w = 0, wv = 0, n = 0;
      for (const r of comp.rows) {
        const z = Number(r[c('Z')]), v = Number(r[c('AU')]), len = Number(r[c('TO')]) - Number(r[c('FROM')]);
        if (Number.isFinite(v) && inSlice(z)) { w += len; wv += len * v; n++; }
      }
      let bs = 0, bn = 0;
      for (const r of est.rows) {
        const z = Number(r[e('ZC')]), v = Number(r[e('AU')]); // estimate --out x.csv: the block-model CSV XC..ZINC
        if (Number.isFinite(v) && inSlice(z)) { bs += v; bn++; }
      }
      expect(Number(row[4])).toBe(n);
      expect(Number(row[6])).toBe(bn);
      if (n) expect(Number(row[3])).toBeCloseTo(wv / w, 12); else expect(row[3]).toBe('NaN');
      expect(Number(row[5])).toBeCloseTo(bs / bn, 12);
    }
    expect(sw.rows.reduce((a, r) => a + Number(r[6]), 0)).toBe(48);
  });

  it('defaults to all three axes and 5 block sizes; rejects bad options', async () => {
    const sw = await lode('swath', TINY);
    expect(sw.rows.map((r) => r[0])).toEqual(['X', 'Y', 'Z']);
    expect(sw.rows[2].slice(1, 3)).toEqual(['44', '50']); // 5 × 2 = 10 wide, cut at the grid's upper edge
    expect(() => parseCliArgs(['swath', TINY, '--axis', 'W'])).toThrow(/--axis: expected X, Y or Z, got "W"/);
    expect(() => parseCliArgs(['swath', TINY, '--width', '0'])).toThrow(/--width: expected a positive number/);
    expect(() => parseCliArgs(['xval', TINY, '--axis', 'X'])).toThrow(/options of swath/);
    expect(parseCliArgs(['swath', TINY, '--axis', 'y', '--width', '25'])).toMatchObject({ axis: 'Y', width: 25 });
  });
});
