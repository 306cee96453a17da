import type { Vec3 } from '../types';
import { linesInChunks } from './fields';

/** A mesh to write: an isosurface (float32, normals, origin) or a mesh read from a file (float64, world coordinates). */
export interface ExportMesh {
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
  normals?: ArrayLike<number>;
  /** When present, positions are relative to this point. */
  origin?: Vec3;
}

/** A named mesh of a file holding several (one OBJ object or STL solid each). */
export interface NamedMesh { name: string; mesh: ExportMesh }

/**
 * World coordinate of a mesh vertex as text: origin + float32 position, rounded to 0.1 mm (1e-4
 * units). A float32 position is itself only good to ~1e-7 of its magnitude, so more digits carry noise.
 */
function coord(origin: number, p: number): string {
  return String(Math.round((origin + p) * 1e4) / 1e4);
}

function* vertices(mesh: ExportMesh): Generator<[string, string, string]> {
  const o = mesh.origin ?? [0, 0, 0], p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) yield [coord(o[0], p[i]), coord(o[1], p[i + 1]), coord(o[2], p[i + 2])];
}

/**
 * Wavefront OBJ of triangle meshes in world coordinates: one object per mesh (`o name`), `v`
 * vertices, `vn` normals when the mesh has them, `f` faces (1-based across the file, counter-clockwise
 * as in the mesh). Yields text pieces.
 */
export function* meshesObj(meshes: NamedMesh[]): Generator<string> {
  yield '# Lode\n';
  let first = 1;
  for (const { name, mesh } of meshes) {
    yield `o ${name.replace(/\s+/g, '_')}\n`;
    const n = mesh.normals;
    const hasNormals = !!n && n.length === mesh.positions.length && n.length > 0;
    const base = first;
    yield* linesInChunks((function* lines() {
      for (const [x, y, z] of vertices(mesh)) yield `v ${x} ${y} ${z}`;
      if (hasNormals) for (let i = 0; i < n.length; i += 3) yield `vn ${n[i]} ${n[i + 1]} ${n[i + 2]}`;
      const ix = mesh.indices;
      for (let t = 0; t < ix.length; t += 3) {
        const a = ix[t] + base, b = ix[t + 1] + base, c = ix[t + 2] + base;
        yield hasNormals ? `f ${a}//${a} ${b}//${b} ${c}//${c}` : `f ${a} ${b} ${c}`;
      }
    })());
    first += mesh.positions.length / 3;
  }
}

/** Wavefront OBJ of one triangle mesh (meshesObj). */
export function meshObj(mesh: ExportMesh, name = 'mesh'): Generator<string> {
  return meshesObj([{ name, mesh }]);
}

/**
 * ASCII STL of a triangle mesh in world coordinates: each facet with its unit normal (from the
 * vertex order, right-hand rule) and three vertices. ASCII rather than binary STL because binary STL
 * stores float32, which cannot hold real-world coordinates (e.g. 7,005,000 m) to better than 0.5 m.
 */
export function* meshStl(mesh: ExportMesh, name = 'mesh'): Generator<string> {
  const solid = name.replace(/\s+/g, '_');
  const v = [...vertices(mesh)];
  const o = mesh.origin ?? [0, 0, 0], p = mesh.positions, ix = mesh.indices;
  const at = (i: number, a: number) => o[a] + p[i * 3 + a];
  yield `solid ${solid}\n`;
  yield* linesInChunks((function* facets() {
    for (let t = 0; t < ix.length; t += 3) {
      const [a, b, c] = [ix[t], ix[t + 1], ix[t + 2]];
      const u = [0, 1, 2].map((k) => at(b, k) - at(a, k)), w = [0, 1, 2].map((k) => at(c, k) - at(a, k));
      const nx = u[1] * w[2] - u[2] * w[1], ny = u[2] * w[0] - u[0] * w[2], nz = u[0] * w[1] - u[1] * w[0];
      const len = Math.hypot(nx, ny, nz) || 1;
      yield `facet normal ${nx / len} ${ny / len} ${nz / len}\n outer loop\n  vertex ${v[a].join(' ')}\n  vertex ${v[b].join(' ')}\n  vertex ${v[c].join(' ')}\n endloop\nendfacet`;
    }
  })());
  yield `endsolid ${solid}\n`;
}

/** ASCII STL of several meshes: one `solid … endsolid` block each, one after the other (as most readers, Lode's included, accept). */
export function* meshesStl(meshes: NamedMesh[]): Generator<string> {
  for (const { name, mesh } of meshes) yield* meshStl(mesh, name);
}
