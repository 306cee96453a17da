/**
 * `lode envelope`, `lode solids` and `lode holes`: the files the app's Export menu writes, from the
 * CLI, byte for byte (exportFile fed with the app's own envelope function), read back, and a DXF
 * domain solid standing in for the OBJ one. The domain fixture's lode slab (tests/fixtures/gstat/
 * domains/lode.obj) is a parallelepiped 150 × 150 m in plan and 16 m thick vertically: 360,000 m³.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { sceneReader } from '../src/cli/context';
import { readObj, readStl } from '../src/io/mesh';
import { sceneSchema } from '../src/io/scene/schema';
import { meshVolume } from '../src/engine/isosurface/meshMeasures';
import { estimateAll, loadSceneData, localRunner, planEstimate } from '../src/pipeline';
import { envelopeContour, envelopeMesh } from '../src/pipeline/envelopeContour';
import { initialCutoff } from '../src/pipeline/initialCutoff';
import { exportFile } from '../src/ui/files/exportFiles';
import { vtkArrays, xmlAttributes, xmlSection } from './vtkArrays';
import { dxfFace, dxfText } from './dxfText';
import { cliToFile, csvRows } from './cliToFile';

const DIR = resolve(__dirname, 'fixtures/gstat/domains');
const tmp = mkdtempSync(join(tmpdir(), 'lode-mesh-export-'));
const SLAB = readObj(readFileSync(`${DIR}/lode.obj`, 'utf8'), 'lode.obj');
const SLAB_VOLUME = 150 * 150 * 16;

// The slab as a DXF: one triangle 3DFACE (fourth corner = third) per triangle of the OBJ.
const corner = (v: number) => Array.from(SLAB.positions.slice(3 * v, 3 * v + 3));
const faces = Array.from({ length: SLAB.indices.length / 3 }, (_, t) => {
  const [a, b, c] = SLAB.indices.slice(3 * t, 3 * t + 3);
  return dxfFace([corner(a), corner(b), corner(c), corner(c)]);
});
writeFileSync(join(tmp, 'lode.dxf'), dxfText(...faces));

/** The domain fixture scene with its solid from `solid`, data read from the fixture folder, written to tmp. */
function sceneFile(name: string, solid: string, extra: object = {}): string {
  const base = JSON.parse(readFileSync(`${DIR}/scene.json`, 'utf8'));
  const scene = {
    ...base, ...extra,
    data: { collars: { path: `${DIR}/collars.csv` }, assays: { path: `${DIR}/assays.csv` } },
    domains: { ...base.domains, solids: [{ code: '1', path: solid }], envelope: { type: 'domain' } },
  };
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(scene));
  return file;
}
const DXF_SCENE = sceneFile('dxf.json', 'lode.dxf');
const OBJ_SCENE = sceneFile('obj.json', `${DIR}/lode.obj`);

const run = (command: string, scene: string, out: string) => cliToFile(tmp, command, scene, out);
const rows = csvRows;

/** The envelope as the app computes it (envelopeContour at the view's starting cutoff, then the worker's isosurface call). */
async function appEnvelope(file: string) {
  const scene = sceneSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const data = await loadSceneData(scene, sceneReader(file));
  const plan = await planEstimate(scene, data);
  const estimates = await estimateAll(plan, localRunner());
  const contour = await envelopeContour(scene, plan, estimates, localRunner(), initialCutoff(scene, data.samples));
  return { scene, mesh: envelopeMesh(plan.grid, contour!) };
}

describe('a DXF domain solid', () => {
  it('gives the same block domains and estimate as the OBJ it was written from', async () => {
    const dxf = await run('estimate', DXF_SCENE, 'dxf-est.txt');
    expect(rows(dxf)[0].at(-1)).toBe('DOMAIN');
    expect(rows(dxf).filter((r) => r.at(-1) === '1').length).toBeGreaterThan(100);
    expect(dxf).toBe(await run('estimate', OBJ_SCENE, 'obj-est.txt'));
  });
});

describe('lode envelope', () => {
  it('prints the volume of the app\'s envelope and writes the app\'s OBJ and STL files', async () => {
    const app = await appEnvelope(DXF_SCENE);
    const appVolume = meshVolume(app.mesh);
    const csv = rows(await run('envelope', DXF_SCENE, 'env.csv'));
    expect(csv[0]).toEqual(['ENVELOPE', 'LEVEL', 'VOLUME', 'AREA', 'TRIANGLES']);
    expect(csv[1][0]).toBe('domain 1 solid (blocks inside its solid)');
    expect(Number(csv[1][2])).toBeCloseTo(appVolume, 6);
    expect(Number(csv[1][4])).toBe(app.mesh.indices.length / 3);
    expect(Math.abs(Number(csv[1][2]) / SLAB_VOLUME - 1)).toBeLessThan(0.06); // blocks of the slab, contoured at 0.5

    const state = { scene: app.scene, envelope: app.mesh } as unknown as Parameters<typeof exportFile>[0];
    const obj = await run('envelope', DXF_SCENE, 'env.obj');
    expect(obj).toBe([...(await exportFile(state, 'envelope.obj')).pieces].join(''));
    const stl = await run('envelope', DXF_SCENE, 'env.stl');
    expect(stl).toBe([...(await exportFile(state, 'envelope.stl')).pieces].join(''));
    for (const back of [readObj(obj, 'env.obj'), readStl(new TextEncoder().encode(stl), 'env.stl')]) {
      expect(back.indices.length).toBe(app.mesh.indices.length);
      expect(meshVolume(back) / appVolume).toBeCloseTo(1, 6); // world coordinates to 0.1 mm
    }
  });
});

describe('lode solids', () => {
  it('lists the solids with their closed volume and writes them as one OBJ / STL', async () => {
    const file = sceneFile('solids.json', 'lode.dxf', { surfaces: [{ name: 'lode.obj', path: `${DIR}/lode.obj`, kind: 'pit' }] });
    const csv = rows(await run('solids', file, 'solids.csv'));
    expect(csv).toEqual([
      ['NAME', 'SOURCE', 'KIND', 'VERTICES', 'TRIANGLES', 'CLOSED', 'VOLUME'],
      ['lode.dxf', 'domains.solids[0]', 'domain 1', '8', '12', 'yes', String(SLAB_VOLUME)],
      ['lode.obj', 'surfaces[0]', 'pit', '8', '12', 'yes', String(SLAB_VOLUME)],
    ]);
    const obj = await run('solids', file, 'solids.obj');
    expect(obj.match(/^o .*$/gm)).toEqual(['o lode.dxf', 'o lode.obj']);
    const back = readObj(obj, 'solids.obj');
    expect([back.positions.length / 3, back.indices.length / 3]).toEqual([16, 24]);
    expect(meshVolume(back)).toBeCloseTo(2 * SLAB_VOLUME, 6);
    const stl = readStl(new TextEncoder().encode(await run('solids', file, 'solids.stl')), 'solids.stl');
    expect(stl.indices.length / 3).toBe(24);
    expect(meshVolume(stl)).toBeCloseTo(2 * SLAB_VOLUME, 6);
  });
});

describe('a surface file that cannot be read', () => {
  it('is bad input (exit 2), named by its scene field and file, with nothing written on standard output', async () => {
    writeFileSync(join(tmp, 'lines.dxf'), dxfText(['0', 'LINE', '8', '0', '10', '0', '20', '0', '30', '0', '11', '1', '21', '1', '31', '1', '1071', 'x'].join('\n')));
    const file = sceneFile('bad-surface.json', 'lode.dxf', { surfaces: [{ name: 'lines.dxf', path: 'lines.dxf' }] });
    const out: string[] = [], err: string[] = [];
    const [o, e] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
    process.stdout.write = ((c: string) => { out.push(String(c)); return true; }) as typeof process.stdout.write;
    process.stderr.write = ((c: string) => { err.push(String(c)); return true; }) as typeof process.stderr.write;
    try {
      expect(await main(['solids', file, '-q'])).toBe(2);
    } finally {
      process.stdout.write = o; process.stderr.write = e;
    }
    expect(out).toEqual([]);
    expect(err.join('')).toContain('lode: surfaces[0]: lines.dxf: no 3DFACE or polyface-mesh faces in its ENTITIES section (entities found: LINE ×1;');
  });
});

describe('lode holes', () => {
  const TINY = resolve(__dirname, 'fixtures/scenes/tiny-sparse.json');
  it('writes the desurveyed traces as the app\'s CSV and as VTK polylines', async () => {
    const scene = sceneSchema.parse(JSON.parse(readFileSync(TINY, 'utf8')));
    const data = await loadSceneData(scene, sceneReader(TINY));
    const csv = await run('holes', TINY, 'holes.csv');
    expect(csv).toBe([...(await exportFile({ scene, holes: data.holes } as unknown as Parameters<typeof exportFile>[0], 'holes.csv')).pieces].join(''));
    const t = rows(csv);
    expect(t[0]).toEqual(['HOLEID', 'MD', 'X', 'Y', 'Z']);
    expect(t[1]).toEqual(['DH1', '0', '100', '200', '50']); // DH1's collar
    const xml = await run('holes', TINY, 'holes.vtp');
    expect(xmlAttributes(xml, 'Piece')).toMatchObject({ NumberOfPoints: String(t.length - 1), NumberOfLines: String(new Set(t.slice(1).map((r) => r[0])).size) });
    expect(vtkArrays(xmlSection(xml, 'Points')).arrays.get('Points')!.values).toEqual(t.slice(1).flatMap((r) => r.slice(2).map(Number)));
  });

  it('refuses a scene of point samples', async () => {
    expect(await main(['holes', resolve(__dirname, 'fixtures/scenes/cluster-sk.json'), '-q'])).toBe(2);
  });
});
