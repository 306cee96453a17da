/**
 * `lode estimate --tile K/N` of scenes with domains, merged, is byte for byte one run's estimate CSV
 * (DOMAIN_P and DOMAIN included): block domains from a solid, and from an indicator model kriged
 * tile by tile; whole Z-levels (N ≤ levels) and block ranges (N > levels).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';

const DIR = resolve(__dirname, 'fixtures/gstat/domains');
const tmp = mkdtempSync(join(tmpdir(), 'lode-domain-tiles-'));
const base = JSON.parse(readFileSync(`${DIR}/scene.json`, 'utf8'));
const data = { collars: { path: `${DIR}/collars.csv` }, assays: { path: `${DIR}/assays.csv` } };

async function lode(...args: string[]): Promise<void> {
  expect(await main([...args, '-t', '0', '-q'])).toBe(0);
}

/** One run's CSV and the merge of its N tiles. */
async function oneRunAndTiles(name: string, domains: object, n: number): Promise<[string, string]> {
  const scene = join(tmp, `${name}.json`);
  writeFileSync(scene, JSON.stringify({ ...base, data, domains }));
  await lode('estimate', scene, '-o', join(tmp, `${name}.txt`));
  const tiles = [];
  for (let k = 0; k < n; k++) {
    tiles.push(join(tmp, `${name}-${k}.csv`));
    await lode('estimate', scene, '--tile', `${k}/${n}`, '-o', tiles[k]);
  }
  await lode('merge', scene, ...tiles.reverse(), '-o', join(tmp, `${name}-merged.csv`));
  return [readFileSync(join(tmp, `${name}.txt`), 'utf8'), readFileSync(join(tmp, `${name}-merged.csv`), 'utf8')];
}

describe('tiles of domain scenes', { timeout: 60_000 }, () => {
  it('domains from a solid: 4 tiles of whole Z-levels and 40 block ranges merge to one run', async () => {
    const domains = { ...base.domains, solids: [{ code: '1', path: `${DIR}/lode.obj` }] };
    const [one, merged] = await oneRunAndTiles('solid', domains, 4);
    expect(one.split('\n')[0].endsWith(',DOMAIN')).toBe(true);
    expect(one.split('\n').filter((l) => l.endsWith(',1')).length).toBe(900);
    expect(merged).toBe(one);
    expect((await oneRunAndTiles('solid-ranges', domains, 40))[1]).toBe(one);
  });

  it('domains from the indicator model: DOMAIN_P and DOMAIN of 3 tiles equal one run', async () => {
    const [one, merged] = await oneRunAndTiles('indicator', { column: 'LITH', estimate: ['1'] }, 3);
    expect(one.split('\n')[0].split(',').slice(-2)).toEqual(['DOMAIN_P', 'DOMAIN']);
    expect(merged).toBe(one);
  });
});
