import type { TriangleMesh } from '../../engine/mesh/types.ts';
import { MeshError } from './meshError.ts';
import { vertexMerger } from './vertexMerger.ts';

/**
 * Reads an STL file, binary or ASCII. Binary: 80-byte header, uint32 triangle count, then
 * 50 bytes per triangle (normal, three vertices as float32 little-endian, 2-byte attribute).
 * ASCII: `solid … facet normal … outer loop vertex x y z ×3 endloop endfacet … endsolid`.
 * The file is binary when its size is exactly 84 + 50 × count (many binary files also start
 * with "solid", so the first word alone cannot tell). Identical vertices are merged, so a
 * closed solid comes back with shared edges. Normals are ignored (recomputed from winding).
 */
export function readStl(bytes: Uint8Array, file: string): TriangleMesh {
  if (bytes.byteLength >= 84) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.getUint32(80, true);
    if (bytes.byteLength === 84 + 50 * count) return readBinary(view, count, file);
  }
  const text = new TextDecoder().decode(bytes);
  if (!/^\s*solid\b/i.test(text)) {
    throw new MeshError(file, undefined, `not an STL file: neither ASCII (“solid …”) nor binary (size ${bytes.byteLength} bytes does not match 84 + 50 × triangles)`, 'mesh-stl-format', { size: bytes.byteLength });
  }
  return readAscii(text, file);
}

function readBinary(view: DataView, count: number, file: string): TriangleMesh {
  if (count === 0) throw new MeshError(file, undefined, 'the binary STL holds no triangles', 'mesh-empty');
  const merge = vertexMerger();
  const indices = new Uint32Array(count * 3);
  for (let t = 0; t < count; t++) {
    const base = 84 + 50 * t + 12;
    for (let c = 0; c < 3; c++) {
      const o = base + 12 * c;
      const x = view.getFloat32(o, true), y = view.getFloat32(o + 4, true), z = view.getFloat32(o + 8, true);
      if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
        throw new MeshError(file, undefined, `triangle ${t + 1} has a coordinate that is not a finite number`, 'mesh-stl-nan', { triangle: t + 1 });
      }
      indices[3 * t + c] = merge.add(x, y, z);
    }
  }
  return { positions: merge.positions(), indices, name: file };
}

function readAscii(text: string, file: string): TriangleMesh {
  const merge = vertexMerger();
  const indices: number[] = [];
  let facet: number[] | null = null;
  let facetLine = 0;
  const lines = text.split(/\r?\n/);
  for (let li = 0; li < lines.length; li++) {
    const words = lines[li].trim().split(/\s+/);
    const key = words[0].toLowerCase();
    const lineNo = li + 1;
    if (key === 'facet') {
      if (facet) throw new MeshError(file, lineNo, `facet opened at line ${facetLine} is not closed by “endfacet”`, 'mesh-stl-facet', { start: facetLine });
      facet = [];
      facetLine = lineNo;
    } else if (key === 'vertex') {
      if (!facet) throw new MeshError(file, lineNo, 'a vertex outside a facet', 'mesh-stl-facet', { start: lineNo });
      const xyz = words.slice(1, 4).map(Number);
      if (words.length < 4 || xyz.some((v) => !Number.isFinite(v))) {
        throw new MeshError(file, lineNo, 'a vertex needs three numeric coordinates', 'mesh-vertex', { text: lines[li].trim() });
      }
      facet.push(merge.add(xyz[0], xyz[1], xyz[2]));
    } else if (key === 'endfacet') {
      if (!facet || facet.length !== 3) {
        throw new MeshError(file, lineNo, `a facet has ${facet?.length ?? 0} vertices instead of 3`, 'mesh-stl-vertices', { n: facet?.length ?? 0 });
      }
      indices.push(facet[0], facet[1], facet[2]);
      facet = null;
    }
  }
  if (facet) throw new MeshError(file, facetLine, `facet opened at line ${facetLine} is not closed by “endfacet”`, 'mesh-stl-facet', { start: facetLine });
  if (indices.length === 0) throw new MeshError(file, undefined, 'no facets found', 'mesh-empty');
  return { positions: merge.positions(), indices: Uint32Array.from(indices), name: file };
}
