import type { TriangleMesh } from '../../engine/mesh/types.ts';
import { MeshError } from './meshError.ts';

/**
 * Reads a Wavefront OBJ file's geometry: `v x y z` vertices and `f` faces (polygons are
 * fan-triangulated; indices may be 1-based positive or negative = relative to the last vertex
 * read; `v/vt/vn` forms keep the vertex part). Other statements (vt, vn, o, g, s, usemtl, …)
 * are ignored. Throws a MeshError naming the line for a malformed vertex or face.
 * Format: Wavefront "Object Files (.obj)" specification, Appendix B1 of the Advanced Visualizer manual.
 */
export function readObj(text: string, file: string): TriangleMesh {
  const positions: number[] = [];
  const indices: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li];
    // A backslash at the end continues the statement on the next line.
    while (line.endsWith('\\') && li + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++li];
    const hash = line.indexOf('#');
    const words = (hash >= 0 ? line.slice(0, hash) : line).trim().split(/\s+/);
    const lineNo = li + 1;
    if (words[0] === 'v') {
      if (words.length < 4) throw new MeshError(file, lineNo, 'a vertex needs three coordinates', 'mesh-vertex', { text: line.trim() });
      for (let k = 1; k <= 3; k++) {
        const x = Number(words[k]);
        if (!Number.isFinite(x)) throw new MeshError(file, lineNo, `vertex coordinate “${words[k]}” is not a number`, 'mesh-vertex', { text: line.trim() });
        positions.push(x);
      }
    } else if (words[0] === 'f') {
      const nVert = positions.length / 3;
      const corner: number[] = [];
      for (let k = 1; k < words.length; k++) {
        const ref = words[k].split('/')[0];
        const n = Number(ref);
        if (!Number.isInteger(n) || n === 0) throw new MeshError(file, lineNo, `face vertex “${words[k]}” is not a vertex number`, 'mesh-face', { text: line.trim() });
        const idx = n > 0 ? n - 1 : nVert + n;
        if (idx < 0 || idx >= nVert) throw new MeshError(file, lineNo, `face refers to vertex ${n} but ${nVert} vertices are defined so far`, 'mesh-face-index', { index: n, count: nVert });
        corner.push(idx);
      }
      if (corner.length < 3) throw new MeshError(file, lineNo, 'a face needs at least three vertices', 'mesh-face', { text: line.trim() });
      for (let k = 1; k + 1 < corner.length; k++) indices.push(corner[0], corner[k], corner[k + 1]);
    }
  }
  if (indices.length === 0) throw new MeshError(file, undefined, 'no faces (f lines) found', 'mesh-empty');
  return { positions: Float64Array.from(positions), indices: Uint32Array.from(indices), name: file };
}
