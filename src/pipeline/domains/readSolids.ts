import type { Scene } from '../../io/scene/schema';
import type { ReadFile } from '../../io/scene/tableSource';
import { solidBytes } from '../../io/scene/solidSource';
import { readMesh } from '../../io/mesh/readMesh';
import type { TriangleMesh } from '../../engine/mesh/types';
import { meshInputError } from '../meshInputError';

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
      throw meshInputError(e, key, file);
    }
  }));
}
