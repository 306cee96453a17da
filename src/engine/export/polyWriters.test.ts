import { describe, expect, it } from 'vitest';
import type { SampleSet, TriangleMesh } from '../types';
import { compositesCsv, compositesPolyData, holesCsv, holesPolyData, meshObj, meshStl, polyDataVtp } from '.';
import { desurvey } from '../drillholes/desurvey';
import { collarTable, surveyTable } from '../drillholes/testTables';
import { meshVolume } from '../isosurface/meshMeasures';
import { vtkArrays, xmlAttributes, xmlSection } from '../../../tests/vtkArrays';

const text = (g: Iterable<string>) => [...g].join('');

// Two holes: a vertical one (collar 100,200,50) and one dipping −45° due east (collar 0,0,0), 10 m each.
const holes = desurvey(
  collarTable([['V', 100, 200, 50, 10], ['E', 0, 0, 0, 10]]),
  surveyTable([['V', 0, 0, -90], ['V', 10, 0, -90], ['E', 0, 90, -45], ['E', 10, 90, -45]]),
).holes;
const samples: SampleSet = {
  x: Float64Array.of(100, 100, 2.5 * Math.SQRT1_2), y: Float64Array.of(200, 200, 0), z: Float64Array.of(49, 45, -2.5 * Math.SQRT1_2),
  hole: Int32Array.of(0, 0, 1), holeIds: ['V', 'E'],
  from: Float64Array.of(0, 2, 0), to: Float64Array.of(2, 8, 5),
  values: { AU: Float64Array.of(1.5, NaN, 3) }, domain: ['ox', 'ox', 'fresh, hard'],
};

describe('drillhole writers', () => {
  it('hole traces: CSV of stations and VTP polylines with MD', () => {
    expect(text(holesCsv(holes)).trimEnd().split('\n')).toEqual(['HOLEID,MD,X,Y,Z', 'V,0,100,200,50', 'V,10,100,200,40', 'E,0,0,0,0', `E,10,${holes.x[3]},${holes.y[3]},${holes.z[3]}`]);
    expect(holes.x[3]).toBeCloseTo(10 * Math.SQRT1_2, 12);
    const xml = text(polyDataVtp(holesPolyData(holes)));
    expect(xmlAttributes(xml, 'Piece')).toMatchObject({ NumberOfPoints: '4', NumberOfLines: '2', NumberOfVerts: '0' });
    const { arrays } = vtkArrays(xml);
    expect(arrays.get('Points')!.components).toBe(3);
    expect(arrays.get('Points')!.values.slice(0, 6)).toEqual([100, 200, 50, 100, 200, 40]);
    expect(arrays.get('connectivity')!.values).toEqual([0, 1, 2, 3]);
    expect(arrays.get('offsets')!.values).toEqual([2, 4]);
    expect(arrays.get('MD')!.values).toEqual([0, 10, 0, 10]);
    expect(arrays.get('HOLE')!.values).toEqual([0, 1]);
  });

  it('composites: CSV with the domain column (quoted when needed), VTP segments from FROM to TO on the trace', () => {
    expect(text(compositesCsv(samples, ['AU'], 'LITH')).trimEnd().split('\n')).toEqual([
      'HOLEID,FROM,TO,X,Y,Z,AU,LITH', 'V,0,2,100,200,49,1.5,ox', 'V,2,8,100,200,45,NaN,ox', `E,0,5,${samples.x[2]},0,${samples.z[2]},3,"fresh, hard"`,
    ]);
    const { arrays } = vtkArrays(text(polyDataVtp(compositesPolyData(samples, ['AU'], holes))));
    const p = arrays.get('Points')!.values;
    expect(p.slice(0, 12)).toEqual([100, 200, 50, 100, 200, 48, 100, 200, 48, 100, 200, 42]);
    const e = [5 * Math.SQRT1_2, 0, -5 * Math.SQRT1_2];
    p.slice(15, 18).forEach((v, a) => expect(v).toBeCloseTo(e[a], 9));
    expect(arrays.get('offsets')!.values).toEqual([2, 4, 6]);
    expect(arrays.get('FROM')!.values).toEqual([0, 2, 0]);
    expect(arrays.get('AU')!.values.map(String)).toEqual(['1.5', 'NaN', '3']);
    // Point data: each end of a segment carries its composite's grade.
    const { arrays: pts } = vtkArrays(xmlSection(text(polyDataVtp(compositesPolyData(samples, ['AU'], holes))), 'PointData'));
    expect(pts.get('AU')!.values.map(String)).toEqual(['1.5', '1.5', 'NaN', 'NaN', '3', '3']);
  });

  it('point samples (no intervals): vertices at X,Y,Z', () => {
    const pts: SampleSet = { ...samples, from: undefined, to: undefined, hole: Int32Array.of(-1, -1, -1) };
    const xml = text(polyDataVtp(compositesPolyData(pts, ['AU'], null)));
    expect(xmlAttributes(xml, 'Piece')).toMatchObject({ NumberOfPoints: '3', NumberOfVerts: '3', NumberOfLines: '0' });
    expect(xml).toContain('<Verts>');
    expect(vtkArrays(xml).arrays.get('Points')!.values).toEqual([100, 200, 49, 100, 200, 45, samples.x[2], 0, samples.z[2]]);
  });
});

// A unit cube at 1000,2000,300 (positions relative to that origin), 12 outward counter-clockwise triangles.
const cube: TriangleMesh = {
  origin: [1000, 2000, 300],
  positions: Float32Array.of(0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1),
  normals: new Float32Array(0),
  indices: Uint32Array.of(0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7),
};

/** Mesh back from OBJ text (v and f lines), in world coordinates. */
function readObj(s: string): TriangleMesh {
  const v: number[] = [], f: number[] = [];
  for (const l of s.split('\n')) {
    const t = l.split(' ');
    if (t[0] === 'v') v.push(+t[1], +t[2], +t[3]);
    if (t[0] === 'f') f.push(...t.slice(1).map((x) => Number(x.split('/')[0]) - 1));
  }
  return { positions: Float32Array.from(v), normals: new Float32Array(0), indices: Uint32Array.from(f) };
}

describe('mesh writers', () => {
  it('OBJ: world coordinates, 1-based faces in the mesh winding; the volume survives', () => {
    const obj = text(meshObj(cube, 'AU envelope'));
    expect(obj.split('\n').slice(0, 4)).toEqual(['# Lode', 'o AU_envelope', 'v 1000 2000 300', 'v 1001 2000 300']);
    expect(obj).toContain('\nf 1 3 2\n');
    const back = readObj(obj);
    const rel = { ...back, positions: Float32Array.from(back.positions, (p, i) => p - cube.origin![i % 3]) };
    expect(meshVolume(cube)).toBe(1);
    expect(meshVolume(rel)).toBeCloseTo(1, 9);
  });

  it('STL: ASCII facets with outward unit normals and world vertices', () => {
    const stl = text(meshStl(cube, 'cube'));
    const lines = stl.trimEnd().split('\n');
    expect(lines[0]).toBe('solid cube');
    expect(lines.at(-1)).toBe('endsolid cube');
    expect(lines.filter((l) => l.startsWith('facet normal'))).toHaveLength(12);
    expect(lines.slice(1, 8)).toEqual(['facet normal 0 0 -1', ' outer loop', '  vertex 1000 2000 300', '  vertex 1001 2001 300', '  vertex 1001 2000 300', ' endloop', 'endfacet']);
  });
});
