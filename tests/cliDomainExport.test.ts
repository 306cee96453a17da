/**
 * Block-model exports of a domain scene carry the domain, from the CLI (`lode estimate --out
 * F.csv|.dat|.vti`) and from the app's Export menu byte for byte (exportFile fed with the app's plan
 * and estimates): DOMAIN as the code in the CSV (DOMAIN_P too for an indicator model), as the code's
 * 1-based index with the code table in .dat and .vti; checked against the plain estimate CSV's DOMAIN
 * column. And `lode solids --out` = Export → Solids and surfaces. Scene: the domain fixture
 * (tests/fixtures/gstat/domains), with its lode solid, and without it (indicator model).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneReader } from '../src/cli/context';
import { sceneSchema } from '../src/io/scene/schema';
import { estimateAll, loadSceneData, localRunner, planEstimate } from '../src/pipeline';
import { exportFile, type ExportKind } from '../src/ui/files/exportFiles';
import { vtkArrays, xmlSection } from './vtkArrays';
import { cliToFile, csvRows } from './cliToFile';

const DIR = resolve(__dirname, 'fixtures/gstat/domains');
const tmp = mkdtempSync(join(tmpdir(), 'lode-domain-export-'));

function sceneFile(name: string, withSolid: boolean, extra: object = {}): string {
  const base = JSON.parse(readFileSync(`${DIR}/scene.json`, 'utf8'));
  const domains = withSolid ? { ...base.domains, solids: [{ code: '1', path: `${DIR}/lode.obj` }] } : { column: 'LITH', estimate: ['1'] };
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify({ ...base, ...extra, data: { collars: { path: `${DIR}/collars.csv` }, assays: { path: `${DIR}/assays.csv` } }, domains }));
  return file;
}

const run = (command: string, scene: string, out: string) => cliToFile(tmp, command, scene, out);
const table = csvRows;

/** The store state the app has after estimating the scene (its plan, grid and estimates). */
async function appState(file: string) {
  const scene = sceneSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const data = await loadSceneData(scene, sceneReader(file));
  const plan = await planEstimate(scene, data);
  const estimates = await estimateAll(plan, localRunner());
  return {
    scene, data, plan, grid: plan.grid, estimates, status: { running: false, progress: 1 }, report: data.report ?? null,
    blockResources: null, samples: data.samples, holes: data.holes, elements: plan.elements.map((p) => p.element), envelope: null,
  } as unknown as Parameters<typeof exportFile>[0];
}
const appText = async (s: Parameters<typeof exportFile>[0], kind: ExportKind) => [...(await exportFile(s, kind)).pieces].join('');

describe.each([
  { model: 'a solid', withSolid: true, extra: [] as string[] },
  { model: 'an indicator model', withSolid: false, extra: ['DOMAIN_P'] },
])('block-model exports of a domain scene with $model', { timeout: 60_000 }, ({ withSolid, extra }) => {
  it('carry DOMAIN (and DOMAIN_P) as the plain estimate CSV has them, the same bytes from the app', async () => {
    const file = sceneFile(`${withSolid ? 'solid' : 'indicator'}.json`, withSolid);
    const plain = table(await run('estimate', file, 'plain.txt'));
    const head = plain[0];
    expect(head.slice(-1 - extra.length)).toEqual([...extra, 'DOMAIN']);
    const domain = plain.slice(1).map((r) => r.at(-1)!);
    expect(new Set(domain)).toEqual(new Set(withSolid ? ['1', ''] : ['0', '1']));

    const csv = await run('estimate', file, 'blocks.csv');
    const t = table(csv);
    expect(t[0]).toEqual(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', ...head.slice(3)]);
    expect(t.slice(1).map((r) => [...r.slice(0, 3), ...r.slice(6)])).toEqual(plain.slice(1));

    const dat = await run('estimate', file, 'blocks.dat');
    const lines = dat.trimEnd().split('\n');
    // The code table of the title line, `; DOMAIN codes: 1=a 2=b; 0=none`: index k+1 is codes[k].
    const codes = /; DOMAIN codes: ([^;]*); 0=none$/.exec(lines[0])![1].split(' ').map((kv, k) => {
      expect(kv.startsWith(`${k + 1}=`)).toBe(true);
      return kv.slice(String(k + 1).length + 1);
    });
    expect([...codes].sort()).toEqual(['0', '1']); // the LITH codes, whether a block has them or not
    const nVars = Number(lines[1]);
    const col = lines.slice(2, 2 + nVars).indexOf('DOMAIN');
    expect(lines.slice(2 + nVars).map((l) => l.split(' ')[col])).toEqual(domain.map((c) => String(codes.indexOf(c) + 1)));

    const vti = await run('estimate', file, 'blocks.vti');
    expect(vtkArrays(xmlSection(vti, 'CellData')).arrays.get('DOMAIN')!.values).toEqual(domain.map((c) => codes.indexOf(c) + 1));
    expect(xmlSection(vti, 'FieldData')).toContain(`Name="DOMAIN_CODES" NumberOfTuples="${codes.length}"`);
    if (extra.length) {
      const p = vtkArrays(xmlSection(vti, 'CellData')).arrays.get('DOMAIN_P')!.values;
      expect(p.map(String)).toEqual(plain.slice(1).map((r) => r.at(-2)));
    }

    const app = await appState(file);
    expect(await appText(app, 'blocks.csv')).toBe(csv);
    expect(await appText(app, 'blocks.dat')).toBe(dat);
    expect(await appText(app, 'blocks.vti')).toBe(vti);
  });
});

describe('Export → Solids and surfaces', () => {
  it('writes the bytes of `lode solids --out` (OBJ and STL)', async () => {
    const file = sceneFile('meshes.json', true, { surfaces: [{ name: 'pit.obj', path: `${DIR}/lode.obj`, kind: 'pit' }] });
    const app = await appState(file);
    const obj = await run('solids', file, 'solids.obj');
    expect(obj.match(/^o .*$/gm)).toEqual([`o ${DIR}/lode.obj`, 'o pit.obj']);
    expect(await appText(app, 'solids.obj')).toBe(obj);
    expect(await appText(app, 'solids.stl')).toBe(await run('solids', file, 'solids.stl'));
  });
});
