/**
 * Domains in a scene of point samples (data.samples, no drillholes): domains.column names a column
 * of the points file. The domain fixture's assay intervals written as points (HOLEID,X,Y,Z,AU,LITH
 * at the interval midpoints, the numeric LITH codes included) estimate exactly as the drillhole scene.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { sceneSchema } from '../src/io/scene/schema';
import { loadSceneData } from '../src/pipeline';

const DIR = resolve(__dirname, 'fixtures/gstat/domains');
const tmp = mkdtempSync(join(tmpdir(), 'lode-point-domains-'));
const base = JSON.parse(readFileSync(`${DIR}/scene.json`, 'utf8'));

function write(name: string, text: string): string {
  writeFileSync(join(tmp, name), text);
  return join(tmp, name);
}

async function estimate(scene: string): Promise<{ code: number; text: string }> {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.txt`);
  const code = await main(['estimate', scene, '-o', out, '-t', '0', '-q']);
  return { code, text: code === 0 ? readFileSync(out, 'utf8') : '' };
}

describe('domains of point samples', () => {
  it('estimate as the drillholes they were taken from, block for block', async () => {
    const holes = { ...base, data: { collars: { path: `${DIR}/collars.csv` }, assays: { path: `${DIR}/assays.csv` } }, domains: { ...base.domains, solids: [{ code: '1', path: `${DIR}/lode.obj` }] } };
    const s = (await loadSceneData(sceneSchema.parse(holes), async (p) => readFileSync(p))).samples;
    const rows = Array.from(s.x, (_, i) => [s.holeIds[s.hole[i]], s.x[i], s.y[i], s.z[i], s.values.AU[i], s.domain![i]].join(','));
    write('points.csv', ['HOLEID,X,Y,Z,AU,LITH', ...rows, ''].join('\n'));
    const points = { ...holes, data: { samples: { path: 'points.csv' } } };
    const fromHoles = await estimate(write('holes.json', JSON.stringify(holes)));
    const fromPoints = await estimate(write('points.json', JSON.stringify(points)));
    expect(fromHoles.code).toBe(0);
    expect(fromPoints.code).toBe(0);
    expect(fromPoints.text.split('\n')[0].endsWith(',DOMAIN')).toBe(true);
    expect(fromPoints.text).toBe(fromHoles.text);
  });

  it('the indicator model of point codes (no solids) runs and codes every block', async () => {
    const points = { ...base, data: { samples: { path: 'points.csv' } }, domains: { column: 'lith', estimate: ['1'] } };
    const r = await estimate(write('points-indicator.json', JSON.stringify(points)));
    expect(r.code).toBe(0);
    const lines = r.text.trimEnd().split('\n');
    const domain = lines.slice(1).map((l) => l.split(',').at(-1));
    expect(lines[0].split(',').slice(-2)).toEqual(['DOMAIN_P', 'DOMAIN']);
    expect(new Set(domain)).toEqual(new Set(['0', '1']));
  });

  it('a domain column the points file does not have is refused, naming its text columns', async () => {
    write('points-rock.csv', 'X,Y,Z,AU,ROCK\n1,1,40,0.5,A\n2,2,41,0.7,B\n');
    const scene = write('points-missing.json', JSON.stringify({ ...base, data: { samples: { path: 'points-rock.csv' } }, domains: { column: 'LITH' } }));
    const err: string[] = [];
    const orig = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => { err.push(String(chunk)); return true; }) as typeof process.stderr.write;
    try {
      expect(await main(['estimate', scene, '-t', '0', '-q', '-o', join(tmp, 'x.txt')])).toBe(2);
    } finally {
      process.stderr.write = orig;
    }
    expect(err.join('')).toContain('domains.column: no column "LITH" in the point samples points-rock.csv (text columns: ROCK)');
  });
});
