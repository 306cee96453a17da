import type { Scene } from '../../io/scene/schema';
import type { ReadFile } from '../../io/scene/tableSource';
import { solidBytes } from '../../io/scene/solidSource';
import { readMesh } from '../../io/mesh/readMesh';
import type { TriangleMesh } from '../../engine/mesh/types';
import { codeOf } from '../../io/userMessage';
import { InputError } from '../inputError';

/** A domain solid of the scene, read. */
export interface DomainSolid { code: string; mesh: TriangleMesh }


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
