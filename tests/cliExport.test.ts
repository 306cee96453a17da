import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { outFormat } from '../src/cli/outFormat';
import { vtkArrays, xmlAttributes, xmlSection } from './vtkArrays';
import { cliToFile } from './cliToFile';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lode-export-'));

// The four hand-made holes with a small search: 12 of the 48 blocks stay unestimated (NaN).
const SCENE = join(ROOT, 'tests/fixtures/scenes/tiny-sparse.json');

const run = (command: string, out: string) => cliToFile(tmp, command, SCENE, out);
const lines = (s: string) => s.trimEnd().split('\n');
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('lode estimate --out by extension', () => {
  let plain: string[][];
  beforeAll(async () => {
    plain = lines(await run('estimate', 'plain.txt')).map((l) => l.split(','));
  });

  it('the plain estimate CSV (stdout, .txt) is X,Y,Z and the fields, with unestimated blocks', () => {
    expect(plain[0]).toEqual(['X', 'Y', 'Z', 'AU', 'AU_VAR', 'AU_NS', 'AU_SLOPE', 'AU_PASS', 'AU_NH', 'AU_DIST']);
    expect(plain).toHaveLength(49);
    expect(plain.filter((r) => r[3] === 'NaN').length).toBeGreaterThan(0);
  });

  it('.csv: XC,YC,ZC,XINC,YINC,ZINC then the same fields, value for value', async () => {
    const t = lines(await run('estimate', 'blocks.csv')).map((l) => l.split(','));
    expect(t[0]).toEqual(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', ...plain[0].slice(3)]);
    expect(t.slice(1).map((r) => [...r.slice(0, 3), ...r.slice(6)])).toEqual(plain.slice(1));
    expect(t.slice(1).every((r) => r.slice(3, 6).join() === '10,10,2')).toBe(true);
  });

  it('.dat: GSLIB with the grid in the title, -999 where the plain CSV has NaN', async () => {
    const t = lines(await run('estimate', 'blocks.dat'));
    expect(t[0]).toBe('Lode block model: grid 4 95 10 4 195 10 3 45 2 (nx xmn xsiz ny ymn ysiz nz zmn zsiz); missing -999');
    expect(t.slice(1, 12)).toEqual(['10', 'X', 'Y', 'Z', ...plain[0].slice(3)]);
    expect(t.slice(12).map((l) => l.split(' '))).toEqual(plain.slice(1).map((r) => r.map((c) => (c === 'NaN' ? '-999' : c))));
  });

  it('.vti: ImageData whose cell arrays equal the plain CSV columns (NaN kept)', async () => {
    const xml = await run('estimate', 'blocks.vti');
    expect(xmlAttributes(xml, 'ImageData')).toEqual({ WholeExtent: '0 4 0 4 0 3', Origin: '90 190 44', Spacing: '10 10 2' });
    const { arrays, order } = vtkArrays(xml);
    expect(order).toEqual(plain[0].slice(3));
    expect(arrays.get('AU_NS')!.type).toBe('Int32');
    expect(arrays.get('AU_PASS')!.type).toBe('UInt8');
    order.forEach((name, c) => {
      const col = plain.slice(1).map((r) => Number(r[3 + c]));
      expect(arrays.get(name)!.values.every((v, b) => same(v, col[b])), name).toBe(true);
    });
  });
});

describe('lode composite --out x.vtp', () => {
  it('writes one two-point line per composite with the grades of the composite CSV', async () => {
    const csv = lines(await run('composite', 'comp.csv')).map((l) => l.split(','));
    const xml = await run('composite', 'comp.vtp');
    const n = csv.length - 1;
    expect(xmlAttributes(xml, 'Piece')).toMatchObject({ NumberOfPoints: String(2 * n), NumberOfLines: String(n) });
    const { arrays } = vtkArrays(xmlSection(xml, 'CellData'));
    const { arrays: points } = vtkArrays(xmlSection(xml, 'PointData'));
    for (const el of ['AU', 'CU']) {
      const want = csv.slice(1).map((r) => String(Number(r[csv[0].indexOf(el)])));
      expect(arrays.get(el)!.values.map(String)).toEqual(want);
      expect(points.get(el)!.values.map(String)).toEqual(want.flatMap((v) => [v, v]));
    }
    // The first composite of DH1 (vertical, collar 100,200,50) runs from 0 to 2 m: z 50 → 48; its CSV midpoint is z 49.
    expect(vtkArrays(xmlSection(xml, 'Points')).arrays.get('Points')!.values.slice(0, 6)).toEqual([100, 200, 50, 100, 200, 48]);
    expect(csv[1].slice(0, 6)).toEqual(['DH1', '0', '2', '100', '200', '49']);
  });
});

describe('--out extensions', () => {
  it('pick a format the command writes, give plain output for other names, and refuse another command\'s format', async () => {
    const est = ['csv', 'dat', 'gslib', 'vti'];
    expect(['a.CSV', 'b.dat', 'c.gslib', 'dir.x/m.vti', 'e.txt', 'f', 'g.vti.bak'].map((f) => outFormat(f, 'estimate', est))).toEqual(['csv', 'dat', 'gslib', 'vti', null, null, null]);
    expect(() => outFormat('holes.vtp', 'estimate', est)).toThrow('--out holes.vtp: estimate does not write .vtp files (it writes .csv, .dat, .gslib, .vti; .vtp is written by composite and holes)');
    expect(() => outFormat('m.vti', 'composite', ['csv', 'vtp'])).toThrow(/composite does not write .vti files/);
    const file = join(tmp, 'blocks.stl');
    const code = await main(['estimate', SCENE, '-o', file, '-t', '0', '-q']);
    expect(code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });
});
