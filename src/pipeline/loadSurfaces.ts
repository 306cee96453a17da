import { strToU8 } from 'fflate';
import type { TriangleMesh } from '../engine/mesh/types';
import { readMesh } from '../io/mesh';
import type { Scene } from '../io/scene/schema';
import type { SurfaceSource } from '../io/scene/schemaSurfaces';
import { base64ToBytes, gunzipBounded, type ReadFile } from '../io/scene/tableSource';
import { InputError } from './inputError';
import { meshInputError } from './meshInputError';

/** A scene surface read from its file. */
export interface LoadedSurface { source: SurfaceSource; mesh: TriangleMesh }

/** Bytes of a surface file: embedded (gzip+base64) or read through readFile (a path relative to the scene). */
async function surfaceBytes(s: SurfaceSource, key: string, readFile: ReadFile): Promise<Uint8Array> {
  if (s.gzip !== undefined) {
    try {
      return gunzipBounded(base64ToBytes(s.gzip));
    } catch (e) {
      throw new InputError(`${key} (${s.name}): the embedded file is not valid gzip+base64 (${(e as Error).message})`, 'surface-embedded', { key, file: s.name }, key);
    }
  }
  const content = await readFile(s.path!);
  return typeof content === 'string' ? strToU8(content) : content;
}

/** Reads every surface of a scene (OBJ/STL/DXF); a file that cannot be read throws, naming it and the line. */
export async function loadSurfaces(scene: Pick<Scene, 'surfaces'>, readFile: ReadFile): Promise<LoadedSurface[]> {
  const out: LoadedSurface[] = [];
  for (const [i, source] of (scene.surfaces ?? []).entries()) {
    const bytes = await surfaceBytes(source, `surfaces[${i}]`, readFile);
    let mesh: TriangleMesh;
    try {
      mesh = readMesh(bytes, source.name);
    } catch (e) {
      throw meshInputError(e, `surfaces[${i}]`, source.name);
    }
    out.push({ source, mesh });
  }
  return out;
}
