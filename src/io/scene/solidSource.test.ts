import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneSchema } from './schema';
import { serializeScene } from './serializeScene';
import { solidBytes } from './solidSource';
import { readMesh } from '../mesh/readMesh';

const DIR = resolve(__dirname, '../../../tests/fixtures/gstat/domains');
const readFile = async (p: string) => readFileSync(`${DIR}/${p}`);

describe('domain solids in the scene file', () => {
  it('embeds a solid (gzip+base64) on save and reads back the same mesh after parsing the saved text', async () => {
    const scene = sceneSchema.parse({
      lode: 1, data: { collars: { path: 'collars.csv' }, assays: { path: 'assays.csv' } },
      domains: { column: 'LITH', estimate: ['1'], solids: [{ code: '1', path: 'lode.obj' }], envelope: { type: 'domain' } },
    });
    const text = await serializeScene(scene, { embed: true, readFile });
    const back = sceneSchema.parse(JSON.parse(text));
    const s = back.domains!.solids![0];
    expect(s.path).toBeUndefined();
    expect(s).toMatchObject({ code: '1', name: 'lode.obj' });
    expect(typeof s.gzip).toBe('string');
    const original = readMesh(await readFile('lode.obj'), 'lode.obj');
    const restored = readMesh(await solidBytes(s, readFile), s.name!);
    expect(Array.from(restored.positions)).toEqual(Array.from(original.positions));
    expect(Array.from(restored.indices)).toEqual(Array.from(original.indices));
    expect(back.domains).toMatchObject({ column: 'LITH', estimate: ['1'], envelope: { type: 'domain', probability: 0.5 } });
  });

  it('refuses an embedded solid without a file name', () => {
    const r = sceneSchema.safeParse({ lode: 1, data: { collars: { path: 'c.csv' } }, domains: { column: 'LITH', solids: [{ code: '1', text: 'v 0 0 0' }] } });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('an embedded solid needs a name');
  });
});
