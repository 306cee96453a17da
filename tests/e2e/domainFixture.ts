import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const DIR = join(ROOT, 'tests/fixtures/gstat/domains');

/** The lode solid of the domain fixture (a tilted slab, OBJ text). */
export const LODE_OBJ = readFileSync(join(DIR, 'lode.obj'), 'utf8');

/** The domain fixture's scene (tests/fixtures/gstat/domains: a tilted lode slab in background rock) as an object, its tables embedded. */
export function domainFixtureScene(): Record<string, unknown> & { domains?: Record<string, unknown> } {
  const scene = JSON.parse(readFileSync(join(DIR, 'scene.json'), 'utf8'));
  scene.data = { collars: { text: readFileSync(join(DIR, 'collars.csv'), 'utf8'), name: 'collars.csv' }, assays: { text: readFileSync(join(DIR, 'assays.csv'), 'utf8'), name: 'assays.csv' } };
  return scene;
}
