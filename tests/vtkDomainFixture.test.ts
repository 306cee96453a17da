/**
 * A domain scene's .vti read back by VTK: tests/fixtures/vtk/tiny-domains.vti is what `lode estimate
 * --out` wrote for tests/fixtures/scenes/tiny-domains.json (an indicator model), and its .json what
 * VTK 9 (Debian python3-vtk9, scripts/vtk/read-vtk.py) read from it. VTK's DOMAIN cell array, looked
 * up in its DOMAIN_CODES field-data string array, must equal the estimate CSV's DOMAIN column, and
 * every other cell array the CSV column of its name. Regenerate with tests/fixtures/vtk/README.md.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/vtk');
const SCENE = join(ROOT, 'tests/fixtures/scenes/tiny-domains.json');
const tmp = mkdtempSync(join(tmpdir(), 'lode-vtkdom-'));

interface VtkJson {
  cells: number;
  cellData: Record<string, { type: string; values: (number | null)[] }>;
  fieldData: Record<string, { type: string; values: string[] }>;
}

async function lode(out: string): Promise<string> {
  const file = join(tmp, out);
  expect(await main(['estimate', SCENE, '-o', file, '-t', '0', '-q'])).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('a domain scene\'s .vti, read by VTK', () => {
  let csv: string[][];
  const v: VtkJson = JSON.parse(readFileSync(join(FIX, 'tiny-domains.vti.json'), 'utf8'));
  beforeAll(async () => { csv = (await lode('blocks.txt')).trimEnd().split('\n').map((l) => l.split(',')); });

  it('is the file Lode writes today for the scene', async () => {
    expect(await lode('blocks.vti')).toBe(readFileSync(join(FIX, 'tiny-domains.vti'), 'utf8'));
  });

  it('VTK\'s DOMAIN (index into DOMAIN_CODES, 1-based) is the CSV\'s DOMAIN code; the other arrays its columns', () => {
    expect(v.fieldData.DOMAIN_CODES).toEqual({ type: 'vtkStringArray', values: ['0', '1'] });
    expect(v.cells).toBe(125);
    const names = csv[0].slice(3);
    expect(Object.keys(v.cellData)).toEqual(names);
    const domain = csv.slice(1).map((r) => r.at(-1));
    expect(v.cellData.DOMAIN.values.map((k) => (k ? v.fieldData.DOMAIN_CODES.values[k - 1] : ''))).toEqual(domain);
    expect(new Set(domain)).toEqual(new Set(['0', '1']));
    names.slice(0, -1).forEach((name, c) => expect(v.cellData[name].values, name).toEqual(csv.slice(1).map((r) => (r[3 + c] === 'NaN' ? null : Number(r[3 + c])))));
  });
});
