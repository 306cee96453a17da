import { describe, expect, it } from 'vitest';
import { readDxf, readMesh, MeshError } from './index.ts';
import { SolidIndex } from '../../engine/mesh/solidIndex.ts';
import { edgeCensus, meshVolume } from '../../engine/isosurface/meshMeasures.ts';

import { dxfCubeFaces as cubeFaces, dxfFace as face, dxfText as dxf } from '../../../tests/dxfText.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function thrown(fn: () => unknown): MeshError {
  try { fn(); } catch (e) { return e as MeshError; }
  throw new Error('expected a MeshError');
}

describe('readDxf', () => {
  const cube = readDxf(enc(dxf(...cubeFaces(1000, 2000, 300, 10))), 'cube.dxf');

  it('reads a cube of quad 3DFACEs as 8 shared corners and 12 triangles, closed and outward-wound', () => {
    expect(cube.positions.length / 3).toBe(8);
    expect(cube.indices.length / 3).toBe(12);
    expect(edgeCensus(cube)).toEqual({ edges: 18, notTwo: 0, misoriented: 0 });
    expect(meshVolume(cube)).toBeCloseTo(1000, 6); // 10³, positive: outward winding kept
    expect(cube.name).toBe('cube.dxf');
  });

  it('gives point-in-solid answers of the cube', () => {
    const ix = new SolidIndex(cube);
    expect(ix.contains(1005, 2005, 305)).toBe(true);
    expect(ix.contains(1000.01, 2009.99, 300.01)).toBe(true);
    expect(ix.contains(1005, 2005, 310.01)).toBe(false);
    expect(ix.contains(999.99, 2005, 305)).toBe(false);
    expect(ix.contains(1015, 2015, 305)).toBe(false);
  });

  it('reads a triangle 3DFACE (fourth corner repeating the third) as one triangle', () => {
    const m = readDxf(enc(dxf(face([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0]]))), 't.dxf');
    expect(Array.from(m.indices)).toEqual([0, 1, 2]);
  });

  it('reads a polyface mesh (a tetrahedron, one face with an invisible edge)', () => {
    const vtx = (x: number, y: number, z: number) => ['0', 'VERTEX', '8', '0', '10', String(x), '20', String(y), '30', String(z), '70', '192'].join('\n');
    const fc = (...r: number[]) => ['0', 'VERTEX', '8', '0', '10', '0', '20', '0', '30', '0', '70', '128', ...r.flatMap((v, k) => [`7${k + 1}`, String(v)])].join('\n');
    const pl = ['0', 'POLYLINE', '8', '0', '66', '1', '10', '0', '20', '0', '30', '0', '70', '64', '71', '4', '72', '4',
      vtx(0, 0, 0), vtx(6, 0, 0), vtx(0, 6, 0), vtx(0, 0, 6),
      fc(1, 3, 2), fc(1, 2, -4), fc(2, 3, 4), fc(1, 4, 3), '0', 'SEQEND', '8', '0'].join('\n');
    const m = readMesh(enc(dxf(pl)), 'tet.DXF');
    expect(m.positions.length / 3).toBe(4);
    expect(Array.from(m.indices)).toEqual([0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2]);
    expect(meshVolume(m)).toBeCloseTo(36, 9); // 6³ / 6
    expect(new SolidIndex(m).contains(1, 1, 1)).toBe(true);
    expect(new SolidIndex(m).contains(3, 3, 1)).toBe(false); // x + y + z = 7 > 6
  });

  it('refuses a DXF with no faces, naming what it holds', () => {
    const line = ['0', 'LINE', '8', '0', '10', '0', '20', '0', '30', '0', '11', '1', '21', '1', '31', '1'].join('\n');
    const e = thrown(() => readDxf(enc(dxf(line, line)), 'lines.dxf'));
    expect(e.code).toBe('mesh-dxf-empty');
    expect(e.message).toBe('lines.dxf: no 3DFACE or polyface-mesh faces in its ENTITIES section (entities found: LINE ×2; faces inside blocks placed by INSERT are not read: explode them first)');
    expect(e.params.entities).toBe('LINE ×2');
  });

  it('refuses a 3DFACE missing a corner, a polyface face out of range, binary and broken files', () => {
    const noThird = ['0', '3DFACE', '10', '0', '20', '0', '30', '0', '11', '1', '21', '0', '31', '0'].join('\n');
    expect(thrown(() => readDxf(enc(dxf(face([[0, 0, 0], [1, 0, 0], [0, 1, 0]]), noThird)), 'f.dxf')).message)
      .toBe('f.dxf: 3DFACE 2 has no corner 3 (groups 12, 22, 32)');
    const pl = ['0', 'POLYLINE', '66', '1', '70', '64', '0', 'VERTEX', '10', '0', '20', '0', '30', '0', '70', '192',
      '0', 'VERTEX', '10', '0', '20', '0', '30', '0', '70', '128', '71', '1', '72', '5', '73', '1', '0', 'SEQEND'].join('\n');
    const e = thrown(() => readDxf(enc(dxf(pl)), 'p.dxf'));
    expect([e.code, e.params.index, e.params.count]).toEqual(['mesh-dxf-face-index', 5, 1]);
    expect(thrown(() => readDxf(enc('AutoCAD Binary DXF\r\n\x1a\0'), 'b.dxf')).code).toBe('mesh-dxf-binary');
    expect(thrown(() => readDxf(enc('0\nSECTION\n2\nENTITIES\n0\n3DFACE\n10\n'), 'cut.dxf')).code).toBe('mesh-dxf-format');
    expect(thrown(() => readDxf(enc(''), 'empty.dxf')).code).toBe('mesh-dxf-format');
  });
});
