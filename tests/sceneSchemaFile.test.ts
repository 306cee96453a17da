import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, sceneJsonSchemaText } from '../scripts/writeSchema';

describe('public/scene.schema.json', () => {
  it('is up to date with src/io/scene/schema.ts (run: node --import tsx scripts/writeSchema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(sceneJsonSchemaText());
  });

  it('describes the version field and the data section', () => {
    const s = JSON.parse(sceneJsonSchemaText());
    expect(s.properties.lode.const).toBe(1);
    expect(s.required).toEqual(expect.arrayContaining(['lode', 'data']));
    expect(Object.keys(s.properties.data.properties)).toEqual(['collars', 'surveys', 'assays', 'intervals', 'samples']);
  });
});
