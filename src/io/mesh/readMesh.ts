import type { TriangleMesh } from '../../engine/mesh/types.ts';
import { MeshError } from './meshError.ts';
import { readObj } from './readObj.ts';
import { readStl } from './readStl.ts';
import { readDxf } from './readDxf.ts';

/** File extensions readMesh understands. */
export const MESH_EXTENSIONS = ['obj', 'stl', 'dxf'] as const;

/** Reads a triangle mesh by its file extension (.obj, .stl or .dxf, any case). */
export function readMesh(bytes: Uint8Array, file: string): TriangleMesh {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  if (ext === 'obj') return readObj(new TextDecoder().decode(bytes), file);
  if (ext === 'stl') return readStl(bytes, file);
  if (ext === 'dxf') return readDxf(bytes, file);
  throw new MeshError(file, undefined, `unknown mesh format “.${ext}” (readable: ${MESH_EXTENSIONS.map((e) => '.' + e).join(', ')})`, 'mesh-format', { ext, formats: MESH_EXTENSIONS.join(', ') });
}

/** True when the file name has a mesh extension. */
export function isMeshFile(file: string): boolean {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  return (MESH_EXTENSIONS as readonly string[]).includes(ext);
}
