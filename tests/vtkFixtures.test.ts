/**
 * Files Lode writes, read back by VTK: tests/fixtures/vtk holds a .vti and a .vtp that `lode` wrote
 * for tests/fixtures/scenes/tiny-sparse.json, and what VTK 9 (Debian python3-vtk9) read from them
 * (scripts/vtk/read-vtk.py → *.json). Here Lode runs the same scene again: its files must still be
 * those bytes, and what VTK read must equal Lode's estimate CSV and composite CSV.
 * Regenerate (after a deliberate format change) with the commands in tests/fixtures/vtk/README.md.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliToFile, csvRows } from './cliToFile';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/vtk');
const SCENE = join(ROOT, 'tests/fixtures/scenes/tiny-sparse.json');
const tmp = mkdtempSync(join(tmpdir(), 'lode-vtkfix-'));

interface VtkJson {
  vtk: string; dimensions: number[]; origin: number[]; spacing: number[]; cells: number; cellCentres: number[];
  points: number[]; lines: number[][];
  cellData: Record<string, { type: string; values: (number | null)[] }>;
  pointData: Record<string, { type: string; values: (number | null)[] }>;
}
const vtkRead = (f: string): VtkJson => JSON.parse(readFileSync(join(FIX, `${f}.json`), 'utf8'));

const lode = (command: string, out: string) => cliToFile(tmp, command, SCENE, out);
const table = csvRows;
/** A CSV cell as VTK's JSON has it: NaN → null. */
const asJson = (c: string) => (c === 'NaN' ? null : Number(c));

describe('.vti written by Lode, read by VTK', () => {
  let csv: string[][];
  beforeAll(async () => { csv = table(await lode('estimate', 'blocks.txt')); });

  it('is the file Lode writes today for the scene', async () => {
    expect(await lode('estimate', 'blocks.vti')).toBe(readFileSync(join(FIX, 'tiny-sparse.vti'), 'utf8'));
  });

  it('VTK sees the grid: 4×4×3 cells from corner 90,190,44 with 10×10×2 spacing, cell centres = the CSV centroids in row order', () => {
    const v = vtkRead('tiny-sparse.vti');
    expect(v.vtk).toMatch(/^9\./);
    expect([v.dimensions, v.origin, v.spacing, v.cells]).toEqual([[5, 5, 4], [90, 190, 44], [10, 10, 2], 48]);
    expect(v.cellCentres).toEqual(csv.slice(1).flatMap((r) => r.slice(0, 3).map(Number)));
  });

  it('every cell array VTK read equals the estimate CSV column, unestimated blocks NaN', () => {
    const v = vtkRead('tiny-sparse.vti');
    const names = csv[0].slice(3);
    expect(Object.keys(v.cellData)).toEqual(names);
    expect(Object.keys(v.pointData)).toEqual([]);
    expect(v.cellData.AU_NS.type).toBe('int');
    names.forEach((name, c) => expect(v.cellData[name].values, name).toEqual(csv.slice(1).map((r) => asJson(r[3 + c]))));
    const nan = v.cellData.AU.values.filter((x) => x === null).length;
    expect(nan).toBe(12);
  });
});

describe('.vtp of composites written by Lode, read by VTK', () => {
  let csv: string[][];
  beforeAll(async () => { csv = table(await lode('composite', 'comp.csv')); });

  it('is the file Lode writes today for the scene', async () => {
    expect(await lode('composite', 'comp.vtp')).toBe(readFileSync(join(FIX, 'tiny-composites.vtp'), 'utf8'));
  });

  it('VTK sees one two-point line per composite, centred on the CSV position, with the CSV grades, FROM and TO', () => {
    const v = vtkRead('tiny-composites.vtp');
    const rows = csv.slice(1), col = (name: string) => csv[0].indexOf(name);
    expect(v.lines).toEqual(rows.map((_, i) => [2 * i, 2 * i + 1]));
    rows.forEach((r, i) => {
      // The holes are straight, so the composite's midpoint on the trace is the middle of its segment.
      for (let a = 0; a < 3; a++) expect((v.points[6 * i + a] + v.points[6 * i + 3 + a]) / 2).toBeCloseTo(Number(r[3 + a]), 9);
      const len = Math.hypot(...[0, 1, 2].map((a) => v.points[6 * i + 3 + a] - v.points[6 * i + a]));
      expect(len).toBeCloseTo(Number(r[col('TO')]) - Number(r[col('FROM')]), 9);
    });
    for (const name of ['AU', 'CU', 'FROM', 'TO']) expect(v.cellData[name].values, name).toEqual(rows.map((r) => asJson(r[col(name)])));
    expect(v.pointData.AU.values).toEqual(rows.flatMap((r) => [asJson(r[col('AU')]), asJson(r[col('AU')])]));
  });
});

describe('.vtp of desurveyed holes written by `lode holes`, read by VTK', () => {
  it('is the file Lode writes today, and VTK sees one polyline per hole through the CSV stations with their MD', async () => {
    expect(await lode('holes', 'holes.vtp')).toBe(readFileSync(join(FIX, 'tiny-holes.vtp'), 'utf8'));
    const rows = table(await lode('holes', 'holes.csv')).slice(1);
    const v = vtkRead('tiny-holes.vtp');
    expect(v.points).toEqual(rows.flatMap((r) => r.slice(2, 5).map(Number)));
    expect(v.pointData.MD.values).toEqual(rows.map((r) => Number(r[1])));
    const ids = [...new Set(rows.map((r) => r[0]))];
    expect(v.lines).toEqual(ids.map((id) => rows.flatMap((r, i) => (r[0] === id ? [i] : []))));
    expect(v.cellData.HOLE.values).toEqual(ids.map((_, h) => h));
  });
});
