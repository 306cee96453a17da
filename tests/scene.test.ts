import { describe, expect, it } from 'vitest';
import { gzipSync, strToU8 } from 'fflate';
import {
  parseScene, parseJsonText, serializeScene, readTableSource, embedTable, gunzipBounded, bytesToBase64,
  SceneError, type SceneInput,
} from '../src/io/scene';

/** The example scene of the scene-file specification, accepted verbatim. */
const ISSUE_EXAMPLE = `{ "lode": 1,
  "data": { "collars": {"path": "collar.csv"}, "surveys": {"path": "survey.csv"},
            "assays": {"path": "assay.csv"} },
  "composite": { "length": 2 },
  "estimate": {
    "elements": ["AU"],
    "variograms": { "AU": { "nugget": 0.2, "structures": [
        { "type": "spherical", "sill": 0.8, "ranges": [120, 60, 20], "angles": [30, -20, 0] } ] } },
    "search": { "ranges": [150, 100, 40], "angles": [30, -20, 0],
                "minSamples": 4, "maxSamples": 24, "maxPerHole": 0 },
    "discretization": [1, 1, 1],
    "grid": { "origin": [0, 0, 0], "size": [10, 10, 5], "count": [50, 40, 30] } } }`;

function errorOf(fn: () => unknown): SceneError {
  try { fn(); } catch (e) { if (e instanceof SceneError) return e; throw e; }
  throw new Error('expected a SceneError');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of a parsed JSON document
function withEdit(edit: (s: Record<string, any>) => void): string {
  const s = JSON.parse(ISSUE_EXAMPLE);
  edit(s);
  return JSON.stringify(s, null, 2);
}

describe('parseScene', () => {
  it('accepts the issue example and fills defaults', () => {
    const s = parseScene(ISSUE_EXAMPLE, 'scene.json');
    expect(s.units).toBe('m');
    expect(s.estimate?.kriging).toEqual({ type: 'ordinary' });
    expect(s.estimate?.search?.maxPerOctant).toBe(0);
    expect(s.estimate?.variograms.AU.structures[0].ranges).toEqual([120, 60, 20]);
    expect(s.composite).toEqual({ length: 2, residual: 'append', minFraction: 0.5 });
    expect(s.import.belowDetection.rule).toBe('half');
    expect(s.view?.colormap).toBe('viridis');
  });

  it('accepts point samples and simple kriging', () => {
    const s = parseScene(JSON.stringify({ lode: 1, data: { samples: { path: 'points.csv' } },
      estimate: { elements: ['V'], kriging: { type: 'simple', mean: 2.3 }, search: { ranges: [20, 20, 20] } } }), 'p.json');
    expect(s.estimate?.kriging).toEqual({ type: 'simple', mean: 2.3 });
    expect(s.composite).toBeUndefined();
  });

  it('reports JSON syntax errors with line and column', () => {
    const text = '{ "lode": 1,\n  "data": { "samples": {"path": "p.csv"} },\n  "units": "m",\n}';
    const e = errorOf(() => parseScene(text, 'bad.json'));
    expect(e.line).toBe(4);
    expect(e.column).toBe(1);
    expect(e.message).toMatch(/^bad\.json: invalid JSON at line 4, column 1/);
  });

  it('guards the version: missing, foreign, newer, malformed', () => {
    expect(errorOf(() => parseScene('{"type":"excalidraw","version":2}', 'x.json')).message)
      .toBe('x.json: not a Lode scene: the format version field "lode" is missing');
    expect(errorOf(() => parseScene('[1,2]', 'x.json')).message).toMatch(/not a Lode scene: expected a JSON object/);
    expect(errorOf(() => parseScene('{"lode": 2, "data": {}}', 'x.json')).message)
      .toBe('x.json: lode: scene format 2 was written by a newer Lode; this version reads format 1 and older');
    expect(errorOf(() => parseScene('{"lode": "1"}', 'x.json')).message).toMatch(/lode: the format version must be a whole number/);
  });

  it('names the field of a schema error', () => {
    const e = errorOf(() => parseScene(withEdit((s) => { s.estimate.search.ranges[1] = -2; }), 's.json'));
    expect(e.message).toBe('s.json: estimate.search.ranges[1]: must be > 0 (got -2)');
    expect(e.field).toBe('estimate.search.ranges[1]');
  });

  it('names unknown fields, wrong types, enums and missing fields', () => {
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.serch = {}; }), 's.json')).message)
      .toBe('s.json: estimate.serch: unknown field');
    expect(errorOf(() => parseScene(withEdit((s) => { s.composite.length = '2'; }), 's.json')).message)
      .toBe('s.json: composite.length: must be a number (got "2")');
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.variograms.AU.structures[0].type = 'cubic'; }), 's.json')).message)
      .toBe('s.json: estimate.variograms.AU.structures[0].type: must be one of "spherical", "exponential", "gaussian" (got "cubic")');
    expect(errorOf(() => parseScene(withEdit((s) => { delete s.estimate.grid.size; }), 's.json')).message)
      .toBe('s.json: estimate.grid.size: is required (a list)');
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.search.minSamples = 30; }), 's.json')).message)
      .toBe('s.json: estimate.search.minSamples: minSamples (30) must not exceed maxSamples (24)');
    expect(errorOf(() => parseScene(withEdit((s) => { s.data.collars = { path: 'a.csv', text: 'x' }; }), 's.json')).message)
      .toBe('s.json: data.collars: give exactly one of path, text or gzip');
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.discretization = [1, 1.5, 1]; }), 's.json')).message)
      .toBe('s.json: estimate.discretization[1]: must be a whole number (got 1.5)');
  });

  it('refuses, naming the field, what the engine could not run (bad input, not an internal error)', () => {
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.search.passes = [{ scale: 2, minSamples: 30 }]; }), 's.json')).message)
      .toBe('s.json: estimate.search.passes[0].minSamples: pass 2 would take at least 30 and at most 24 samples; minSamples must not exceed maxSamples');
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.search.passes = [{ scale: 2 }, { scale: 3, maxSamples: 2 }]; }), 's.json')).message)
      .toBe('s.json: estimate.search.passes[1].maxSamples: pass 3 would take at least 4 and at most 2 samples; minSamples must not exceed maxSamples');
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.variograms.AU = { nugget: 0, structures: [{ type: 'spherical', sill: 0, ranges: [1, 1, 1] }] }; }), 's.json')).message)
      .toBe('s.json: estimate.variograms.AU.structures: the total sill (nugget plus the sills of the structures) must be > 0');
    expect(errorOf(() => parseScene(withEdit((s) => { s.estimate.grid.count = [100000, 100000, 1000]; }), 's.json')).message)
      .toBe('s.json: estimate.grid.count: 10,000,000,000,000 blocks is more than Lode handles (at most 50,000,000); use larger blocks');
    expect(errorOf(() => parseScene(withEdit((s) => { s.import = { belowDetection: { rule: 'value' } }; }), 's.json')).message)
      .toBe('s.json: import.belowDetection.value: rule \'value\' needs a value, e.g. {"rule": "value", "value": 0.001}');
    expect(() => parseScene(withEdit((s) => { s.import = { belowDetection: { rule: 'value', value: 0.001 } }; s.estimate.grid.count = [500, 400, 250]; }), 's.json')).not.toThrow();
  });

  it('refuses prototype keys and leaves Object.prototype alone', () => {
    const text = withEdit((s) => { s.estimate.variograms = JSON.parse('{"__proto__": {"polluted": 1}}'); })
      .replace('"variograms": {}', '"variograms": {"__proto__": {"polluted": 1}}');
    expect(text).toContain('__proto__');
    expect(errorOf(() => parseScene(text, 's.json')).message).toBe('s.json: the key "__proto__" is not allowed in a scene file');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds the size of the text', () => {
    expect(errorOf(() => parseJsonText('{"lode":1}'.padEnd(2000, ' '), 'big.json', 1000)).message)
      .toMatch(/^big\.json: file is too large/);
  });

  it('treats strings as plain text (no interpretation)', () => {
    const s = parseScene(JSON.stringify({ lode: 1, name: '<img src=x onerror=alert(1)>', data: { samples: { text: 'X,Y,V\n1,2,3\n' } } }), 'x.json');
    expect(s.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('table sources and serialization', () => {
  const csv = 'HOLEID,X,Y,Z\r\nA,1,2,3\r\n"B, 2",4,5,6\r\n';

  it('embeds tables as gzip+base64 and reads them back', async () => {
    const input: SceneInput = { lode: 1, data: { collars: { path: 'sub/collar.csv' }, surveys: { text: 'HOLEID,AT,AZ,DIP\n' } } };
    const scene = parseScene(JSON.stringify(input), 's.json');
    const asked: string[] = [];
    const text = await serializeScene(scene, { embed: true, readFile: async (p) => { asked.push(p); return csv; } });
    expect(asked).toEqual(['sub/collar.csv']);
    const back = parseScene(text, 'saved.json');
    expect(back.data.collars?.path).toBeUndefined();
    expect(back.data.collars?.name).toBe('collar.csv');
    const t = await readTableSource(back.data.collars!, async () => { throw new Error('no file access expected'); }, 'data.collars');
    expect(t).toEqual({ name: 'collar.csv', text: csv });
    expect((await readTableSource(back.data.surveys!, async () => '', 'data.surveys')).text).toBe('HOLEID,AT,AZ,DIP\n');
  });

  it('reads paths through readFile, gunzipping .gz bytes', async () => {
    const gz = gzipSync(strToU8(csv));
    const t = await readTableSource({ path: 'c.csv.gz' }, async (p) => { expect(p).toBe('c.csv.gz'); return gz; });
    expect(t).toEqual({ name: 'c.csv.gz', text: csv });
  });

  it('bounds decompression (a small file must not expand without limit)', () => {
    const bomb = gzipSync(new Uint8Array(5_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => gunzipBounded(bomb, 1_000_000)).toThrow(/expands to more than/);
    expect(gunzipBounded(bomb, 5_000_000).length).toBe(5_000_000);
  });

  it('reports bad embedded data by its key', async () => {
    await expect(readTableSource({ gzip: 'not base64 !!' }, async () => '', 'data.assays'))
      .rejects.toThrow(/^data\.assays\.gzip: not valid gzip\+base64 data/);
    await expect(readTableSource({ gzip: bytesToBase64(strToU8('plain')) }, async () => '', 'data.assays'))
      .rejects.toThrow(/^data\.assays\.gzip/);
  });

  it('keeps format and column mapping when embedding', () => {
    const t = embedTable('a', 'dir/points.dat', { format: 'gslib', columns: { X: 'Xlocation' } });
    expect(t).toMatchObject({ name: 'points.dat', format: 'gslib', columns: { X: 'Xlocation' } });
  });
});
