import DxfParser from 'dxf-parser';
import type { IEntity, IPolylineEntity } from 'dxf-parser';
import type { TriangleMesh } from '../../engine/mesh/types.ts';
import { MeshError } from './meshError.ts';
import { vertexMerger } from './vertexMerger.ts';

interface Group { code: number; value: number | string | boolean }
interface Scanner { next(): Group; lastReadGroup: Group }
type Corner = [number, number, number];
interface FaceEntity { type: '3DFACE'; corners: Corner[] }

/**
 * Reads a 3DFACE's four corners (groups 10–13, 20–23, 30–33) up to the next entity. Registered in
 * place of dxf-parser 1.1's own 3DFACE handler, which drops the fourth corner whenever another group
 * (edge flags 70, extended data) follows it and so turns quads into triangles
 * (gdsestimating/dxf-parser#112, open). The parser's entity loop expects `lastReadGroup` to be the next
 * entity's group 0, as scanner.next() leaves it.
 */
class Face3dHandler {
  ForEntityName = '3DFACE' as const;
  parseEntity(scanner: Scanner): FaceEntity {
    const corners: Corner[] = [0, 1, 2, 3].map(() => [NaN, NaN, NaN]);
    for (let g = scanner.next(); g.code !== 0; g = scanner.next()) {
      const axis = Math.floor(g.code / 10) - 1, corner = g.code % 10;
      if (axis >= 0 && axis <= 2 && corner <= 3) corners[corner][axis] = Number(g.value);
    }
    return { type: '3DFACE', corners };
  }
}

const BINARY_SENTINEL = 'AutoCAD Binary DXF';

/**
 * Reads the faces of an ASCII DXF's ENTITIES section as one triangle mesh: each 3DFACE (a quad
 * split along its first diagonal, or a triangle when its fourth corner repeats the third) and each
 * polyface mesh (POLYLINE with flag 64: vertex records 64+128 give the corners, face records 128
 * list 1-based vertex numbers, negative for an invisible edge). Identical corners are merged, so
 * a closed solid comes back with shared edges; degenerate triangles are dropped. Coordinates are
 * taken as they are, in the scene's unit ($INSUNITS is not applied). Faces inside blocks placed by
 * INSERT are not read. Reference: AutoCAD DXF Reference, 3DFACE, POLYLINE and VERTEX group codes.
 */
export function readDxf(bytes: Uint8Array, file: string): TriangleMesh {
  const text = new TextDecoder().decode(bytes);
  if (text.startsWith(BINARY_SENTINEL)) throw new MeshError(file, undefined, 'a binary DXF; save it as ASCII DXF', 'mesh-dxf-binary');
  let entities: IEntity[];
  // dxf-parser reports a group code it does not know with console.log, which would land in the CLI's
  // standard output (the CSV); the parse is synchronous, so it is silenced for its duration only.
  const log = console.log;
  console.log = () => {};
  try {
    const parser = new DxfParser();
    parser.registerEntityHandler(Face3dHandler as unknown as Parameters<DxfParser['registerEntityHandler']>[0]);
    entities = parser.parseSync(text)?.entities ?? [];
  } catch (e) {
    throw new MeshError(file, undefined, `not a readable DXF file (${(e as Error).message})`, 'mesh-dxf-format', { reason: (e as Error).message });
  } finally {
    console.log = log;
  }
  const merge = vertexMerger();
  const indices: number[] = [];
  const triangle = (a: number, b: number, c: number) => { if (a !== b && b !== c && a !== c) indices.push(a, b, c); };
  const found = new Map<string, number>();
  let faceNo = 0;
  for (const entity of entities) {
    found.set(entity.type, (found.get(entity.type) ?? 0) + 1);
    if (entity.type === '3DFACE') {
      faceNo++;
      const c = (entity as unknown as FaceEntity).corners;
      const missing = c.findIndex((p, k) => k < 3 && p.some((v) => !Number.isFinite(v)));
      if (missing >= 0) throw new MeshError(file, undefined, `3DFACE ${faceNo} has no corner ${missing + 1} (groups 1${missing}, 2${missing}, 3${missing})`, 'mesh-dxf-face', { face: faceNo, corner: missing + 1 });
      const ix = c.filter((p) => p.every(Number.isFinite)).map((p) => merge.add(p[0], p[1], p[2]));
      triangle(ix[0], ix[1], ix[2]);
      if (ix.length === 4 && ix[3] !== ix[2]) triangle(ix[0], ix[2], ix[3]);
    } else if (entity.type === 'POLYLINE' && (entity as IPolylineEntity).isPolyfaceMesh) {
      readPolyface(entity as IPolylineEntity, merge.add, triangle, file);
    }
  }
  if (indices.length === 0) {
    const list = [...found].map(([t, n]) => `${t} ×${n}`).join(', ') || 'none';
    throw new MeshError(file, undefined, `no 3DFACE or polyface-mesh faces in its ENTITIES section (entities found: ${list}; faces inside blocks placed by INSERT are not read: explode them first)`, 'mesh-dxf-empty', { entities: list });
  }
  return { positions: merge.positions(), indices: Uint32Array.from(indices), name: file };
}

/** Adds a polyface mesh's faces (fan-triangulated) to the mesh being built. */
function readPolyface(pl: IPolylineEntity, add: (x: number, y: number, z: number) => number, triangle: (a: number, b: number, c: number) => void, file: string): void {
  const corners: number[] = [];
  for (const v of pl.vertices) {
    if (v.polyfaceMeshVertex && v.threeDPolylineMesh) {
      corners.push(add(v.x ?? 0, v.y ?? 0, v.z ?? 0));
    } else if (v.polyfaceMeshVertex) {
      const refs = [v.faceA, v.faceB, v.faceC, v.faceD].filter((r) => r !== undefined && r !== 0).map((r) => Math.abs(r));
      const bad = refs.find((r) => r > corners.length);
      if (bad !== undefined) throw new MeshError(file, undefined, `a polyface face refers to vertex ${bad} but the mesh has ${corners.length} vertices before it`, 'mesh-dxf-face-index', { index: bad, count: corners.length });
      for (let k = 1; k + 1 < refs.length; k++) triangle(corners[refs[0] - 1], corners[refs[k] - 1], corners[refs[k + 1] - 1]);
    }
  }
}
