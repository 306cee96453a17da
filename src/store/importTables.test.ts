import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindsDistinct, needsMapping, sceneFromTables, sniffTables, tableComplete } from './importTables';

const GOLD = new URL('../../sample-models/synthetic-gold/', import.meta.url);
const read = (name: string, dir: URL = GOLD) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') });
const LITHOLOGY = read('lithology.csv', new URL('../../tests/fixtures/data/', import.meta.url));
const GOLD_FILES = [read('collars.csv'), read('surveys.csv'), read('assays.csv')];
const COPPER = fileURLToPath(new URL('../../../shared/datasets/copper_creek/', import.meta.url));
if (!existsSync(COPPER)) console.log('importTables.test: ../shared/datasets/copper_creek not found; its test is skipped');

describe('sniffTables: recognising dropped tables', () => {
  it('a table of FROM/TO and text columns only is an interval table; with the other three nothing is asked', () => {
    const t = sniffTables([...GOLD_FILES, LITHOLOGY]);
    expect(t.map((x) => [x.name, x.kind, x.unsure ?? null])).toEqual([
      ['collars.csv', 'collars', null], ['surveys.csv', 'surveys', null], ['assays.csv', 'assays', null], ['lithology.csv', 'intervals', null]]);
    expect(t[3].columns).toEqual({ HOLEID: 'hole_id', FROM: 'depth_from', TO: 'depth_to' });
    expect(needsMapping(t)).toBe(false);
    const scene = sceneFromTables(t, null);
    expect(scene.data.intervals?.map((s) => s.name)).toEqual(['lithology.csv']);
    expect(scene.data.assays?.name).toBe('assays.csv');
  });

  it('names the file it is unsure about: two assay-like tables are both marked duplicate; skipping one completes the set', () => {
    const assays2 = { name: 'assays2.csv', text: GOLD_FILES[2].text };
    const t = sniffTables([...GOLD_FILES, assays2]);
    expect(t.map((x) => x.unsure ?? null)).toEqual([null, null, 'duplicate', 'duplicate']);
    expect(needsMapping(t)).toBe(true);
    expect(kindsDistinct(t)).toBe(false);
    const chosen = t.map((x) => (x.name === 'assays2.csv' ? { ...x, kind: 'skip' as const } : x));
    expect(kindsDistinct(chosen) && chosen.every(tableComplete)).toBe(true);
    const scene = sceneFromTables(chosen, null);
    expect(Object.keys(scene.data).sort()).toEqual(['assays', 'collars', 'surveys']);
  });

  it('an unrecognised table is marked unknown; a HOLEID/FROM/TO table without other columns is ambiguous', () => {
    const t = sniffTables([GOLD_FILES[0], { name: 'notes.csv', text: 'a,b\n1,2\n' }, { name: 'runs.csv', text: 'HOLEID,FROM,TO\nSG001,0,2\n' }]);
    expect(t.map((x) => [x.kind, x.unsure ?? null])).toEqual([['collars', null], [null, 'unknown'], ['assays', 'ambiguous']]);
    // Several interval tables are allowed; all skipped is not a scene.
    expect(kindsDistinct([{ ...t[0], kind: 'intervals' }, { ...t[2], kind: 'intervals' }])).toBe(true);
    expect(kindsDistinct(t.map((x) => ({ ...x, kind: 'skip' as const })))).toBe(false);
  });

  it('reads only the head of a large file to recognise it', () => {
    const big = { name: 'big.csv', text: GOLD_FILES[2].text + 'SG001,"unterminated\n' };
    // The broken last record lies beyond the sniffed head: recognised, the import reports it later.
    expect(sniffTables([big])[0].kind).toBe('assays');
  });

  it.runIf(existsSync(COPPER))('Copper Creek: collar, survey, assay and lithology are recognised, lithology as intervals', () => {
    const files = ['collar.csv', 'survey.csv', 'assay.csv', 'lithology.csv'].map((n) => ({ name: n, text: readFileSync(COPPER + n, 'utf8') }));
    const t = sniffTables(files);
    expect(t.map((x) => x.kind)).toEqual(['collars', 'surveys', 'assays', 'intervals']);
    expect(t[3].columns).toEqual({ HOLEID: 'hole_ID', FROM: 'depth_from', TO: 'to_depth' });
    expect(needsMapping(t)).toBe(false);
  });
});
