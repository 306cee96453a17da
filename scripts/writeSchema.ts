/**
 * Writes public/scene.schema.json, the JSON Schema of scene files, generated from the zod
 * schema (src/io/scene/schema.ts). Run: `node --import tsx scripts/writeSchema.ts`.
 * tests/sceneSchemaFile.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCENE_VERSION, sceneSchema } from '../src/io/scene/schema';

/** The JSON Schema text (input form: fields with defaults are optional), with a trailing newline. */
export function sceneJsonSchemaText(): string {
  const schema = z.toJSONSchema(sceneSchema, { io: 'input', unrepresentable: 'any' });
  const doc = {
    $schema: schema.$schema,
    $id: 'https://lode.invalid/scene.schema.json',
    title: `Lode scene file, format ${SCENE_VERSION}`,
    description: 'Data, parameters and view of a Lode deposit scene. Paths are relative to the scene file. Generated from src/io/scene/schema.ts by scripts/writeSchema.ts.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Path of the published schema. */
export const SCHEMA_FILE = fileURLToPath(new URL('../public/scene.schema.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, sceneJsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
