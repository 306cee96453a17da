import { strToU8 } from 'fflate';
import type { Scene } from '../../io/scene/schema';
import type { SolidSource } from '../../io/scene/schemaDomains';
import { base64ToBytes, gunzipBounded, type ReadFile } from '../../io/scene/tableSource';
import { readMesh } from '../../io/mesh/readMesh';
import type { TriangleMesh } from '../../engine/mesh/types';
import { codeOf } from '../../io/userMessage';
import { InputError } from '../inputError';

/** A domain solid of the scene, read. */
export interface DomainSolid { code: string; mesh: TriangleMesh }

/** The bytes of a solid source: its file (through readFile), embedded text, or embedded gzip+base64. */
export async function solidBytes(src: SolidSource, readFile: ReadFile): Promise<Uint8Array> {
  if (src.path !== undefined) {
    const c = await readFile(src.path);
    return typeof c === 'string' ? strToU8(c) : c;
  }
  if (src.text !== undefined) return strToU8(src.text);
  return gunzipBounded(base64ToBytes(src.gzip ?? ''));
}

/** Reads the scene's domain solids (domains.solids) in order; errors name the scene field and the file. */
export async function readSolids(scene: Scene, readFile: ReadFile): Promise<DomainSolid[]> {
  const list = scene.domains?.solids ?? [];
  return Promise.all(list.map(async (src, i) => {
    const key = `domains.solids[${i}]`;
    const file = src.name ?? src.path ?? key;
    try {
      return { code: src.code, mesh: readMesh(await solidBytes(src, readFile), file) };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const c = codeOf(e);
      throw c ? new InputError(`${key}: ${msg}`, c.code, c.params, key) : new InputError(`${key}: ${file}: ${msg}`, 'table-unreadable', { file }, key);
    }
  }));
}
