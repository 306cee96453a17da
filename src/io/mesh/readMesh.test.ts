import { describe, expect, it } from 'vitest';
import { readMesh, readObj, readStl, MeshError } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** A binary STL of the given triangles (each 9 numbers), header optionally starting with "solid". */
function binaryStl(tris: number[][], header = 'binary'): Uint8Array {
  const buf = new ArrayBuffer(84 + 50 * tris.length);
  const bytes = new Uint8Array(buf);
  bytes.set(enc(header).slice(0, 80));
  const view = new DataView(buf);
  view.setUint32(80, tris.length, true);
  tris.forEach((t, i) => t.forEach((v, k) => view.setFloat32(84 + 50 * i + 12 + 4 * k, v, true)));
  return bytes;
}

function thrown(fn: () => unknown): MeshError {
  try { fn(); } catch (e) { return e as MeshError; }
  throw new Error('expected a MeshError');
}

describe('readObj', () => {
  it('reads vertices and fan-triangulates a quad, with v/vt/vn forms', () => {
    const m = readObj('# square\nv 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nvn 0 0 1\nf 1//1 2//1 3//1 4//1\n', 'sq.obj');
    expect(Array.from(m.positions)).toEqual([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]);
    expect(Array.from(m.indices)).toEqual([0, 1, 2, 0, 2, 3]);
    expect(m.name).toBe('sq.obj');
  });

  it('resolves negative indices relative to the last vertex read', () => {
    const m = readObj('v 0 0 0\nv 1 0 0\nv 0 1 0\nf -3 -2 -1\nv 5 5 5\nf -4 -1 -2\n', 'neg.obj');
    expect(Array.from(m.indices)).toEqual([0, 1, 2, 0, 3, 2]);
  });

  it('names the line of a face that refers to a vertex not yet defined', () => {
    const e = thrown(() => readObj('v 0 0 0\nv 1 0 0\nv 0 1 0\n\nf 1 2 7\n', 'bad.obj'));
    expect(e).toBeInstanceOf(MeshError);
    expect(e.line).toBe(5);
    expect(e.message).toBe('bad.obj line 5: face refers to vertex 7 but 3 vertices are defined so far');
    expect(e.code).toBe('mesh-face-index');
  });

  it('names the line of a non-numeric coordinate and of a two-vertex face', () => {
    expect(thrown(() => readObj('v 0 0 0\nv 1 x 0\n', 'a.obj')).message).toBe('a.obj line 2: vertex coordinate “x” is not a number');
    expect(thrown(() => readObj('v 0 0 0\nv 1 0 0\nf 1 2\n', 'b.obj')).line).toBe(3);
  });

  it('refuses a file with no faces', () => {
    expect(thrown(() => readObj('v 0 0 0\n', 'pts.obj')).code).toBe('mesh-empty');
  });
});

describe('readStl', () => {
  const ascii = `solid cube
  facet normal 0 0 -1
    outer loop
      vertex 0 0 0
      vertex 0 1 0
      vertex 1 1 0
    endloop
  endfacet
  facet normal 0 0 -1
    outer loop
      vertex 0 0 0
      vertex 1 1 0
      vertex 1 0 0
    endloop
  endfacet
endsolid cube
`;

  it('reads ASCII STL and merges shared corners', () => {
    const m = readStl(enc(ascii), 'a.stl');
    expect(m.positions.length).toBe(4 * 3);
    expect(Array.from(m.indices)).toEqual([0, 1, 2, 0, 2, 3]);
    expect(Array.from(m.positions.slice(9))).toEqual([1, 0, 0]);
  });

  it('reads binary STL, even when its header starts with "solid"', () => {
    const tris = [[0, 0, 0, 0, 1, 0, 1, 1, 0], [0, 0, 0, 1, 1, 0, 1, 0, 0.5]];
    for (const header of ['binary', 'solid exported by a CAD program']) {
      const m = readStl(binaryStl(tris, header), 'b.stl');
      expect(Array.from(m.indices)).toEqual([0, 1, 2, 0, 2, 3]);
      expect(Array.from(m.positions.slice(9))).toEqual([1, 0, 0.5]);
    }
  });

  it('names the line of a facet with a wrong vertex count', () => {
    const bad = ascii.replace('      vertex 1 1 0\n    endloop', '    endloop');
    const e = thrown(() => readStl(enc(bad), 'bad.stl'));
    expect(e.message).toBe('bad.stl line 7: a facet has 2 vertices instead of 3');
  });

  it('refuses something that is neither ASCII nor binary STL', () => {
    expect(thrown(() => readStl(enc('hello world'), 'x.stl')).code).toBe('mesh-stl-format');
  });
});

describe('readMesh', () => {
  it('dispatches by extension and refuses unknown ones', () => {
    expect(readMesh(enc('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n'), 'T.OBJ').indices.length).toBe(3);
    expect(thrown(() => readMesh(enc(''), 'x.ply')).message).toBe('x.ply: unknown mesh format “.ply” (readable: .obj, .stl, .dxf)');
  });
});
