import { gzipSync } from 'fflate';
import { isMeshFile, readMesh } from '../../io/mesh';
import type { SurfaceSource } from '../../io/scene/schemaSurfaces';
import { bytesToBase64 } from '../../io/scene/tableSource';
import { useLode } from '../../store';
import { MAX_FILE_BYTES } from './readFiles';
import { CodedError } from '../../io/userMessage';

/** The kind a file name suggests: topography (topo, dtm, dem, surface), pit, fault, else solid. */
export function kindOfName(name: string): SurfaceSource['kind'] {
  const n = name.toLowerCase();
  if (/topo|dtm|dem|terrain|surface/.test(n)) return 'topography';
  if (/pit|shell/.test(n)) return 'pit';
  if (/fault/.test(n)) return 'fault';
  return 'solid';
}

const COLOURS: Record<SurfaceSource['kind'], string> = { topography: '#8fae7a', pit: '#c9a46a', fault: '#d46a6a', solid: '#7aa6d4' };

/** A scene surface of a dropped OBJ/STL/DXF file, embedded (gzip+base64); the file is read first so a bad one is refused with its line. */
export function surfaceOfFile(name: string, bytes: Uint8Array): SurfaceSource {
  readMesh(bytes, name);
  const kind = kindOfName(name);
  return { name, gzip: bytesToBase64(gzipSync(bytes)), kind, color: COLOURS[kind], opacity: kind === 'solid' ? 0.7 : 0.5, visible: true, excludeAbove: false };
}

/** Splits dropped files: OBJ/STL/DXF meshes (added to the scene's surfaces) and the rest (tables, scenes). */
export function splitMeshFiles(files: File[]): { meshes: File[]; others: File[] } {
  return { meshes: files.filter((f) => isMeshFile(f.name)), others: files.filter((f) => !isMeshFile(f.name)) };
}

/** Adds OBJ/STL/DXF files to the open scene's surfaces (replacing one of the same name). */
export async function addSurfaceFiles(files: File[]): Promise<void> {
  const store = useLode.getState();
  if (!store.scene) throw new CodedError('open a scene before adding surfaces', 'surface-needs-scene');
  const added: SurfaceSource[] = [];
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) throw new CodedError(`${f.name}: file is too large`, 'file-too-large', { file: f.name, mb: Math.round(f.size / 1048576), max: MAX_FILE_BYTES / 1048576 });
    added.push(surfaceOfFile(f.name, new Uint8Array(await f.arrayBuffer())));
  }
  store.editScene((s) => ({ ...s, surfaces: [...(s.surfaces ?? []).filter((x) => !added.some((a) => a.name === x.name)), ...added] }));
}
