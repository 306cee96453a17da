import type { TriangleMesh } from '../engine/mesh/types';
import { meshesObj, meshesStl } from '../engine/export';
import type { SceneData } from './sceneData';

/** One solid or surface of a scene, as `lode solids` lists it and its OBJ/STL exports write it. */
export interface SceneMesh { source: string; kind: string; name: string; mesh: TriangleMesh }

/**
 * The scene's meshes in the order every export writes them (`lode solids --out`, the app's
 * Export → Solids and surfaces): the domain solids (domains.solids), then the surfaces.
 */
export function sceneMeshes(d: Pick<SceneData, 'solids' | 'surfaces'>): SceneMesh[] {
  return [
    ...(d.solids ?? []).map((s, i) => ({ source: `domains.solids[${i}]`, kind: `domain ${s.code}`, name: s.mesh.name, mesh: s.mesh })),
    ...(d.surfaces ?? []).map((s, i) => ({ source: `surfaces[${i}]`, kind: s.source.kind, name: s.source.name, mesh: s.mesh })),
  ];
}

/** The scene's meshes as one OBJ (one object each) or ASCII STL (one solid each) file, in world coordinates: text pieces. */
export function sceneMeshesFile(d: Pick<SceneData, 'solids' | 'surfaces'>, format: 'obj' | 'stl'): Generator<string> {
  const meshes = sceneMeshes(d).map(({ name, mesh }) => ({ name, mesh }));
  return format === 'obj' ? meshesObj(meshes) : meshesStl(meshes);
}
