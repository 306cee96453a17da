import { describe, expect, it } from 'vitest';
import { SolidIndex } from './solidIndex';
import type { TriangleMesh } from './types';
import { blockDomainsFromSolids } from '../domains/blockDomains';

/** Closed surface of a set of unit voxels (the faces between a filled and an empty voxel, two triangles each). */
function voxelSolid(filled: (i: number, j: number, k: number) => boolean, n: number): TriangleMesh {
  const pos: number[] = [], idx: number[] = [];
  const quad = (c: number[][]) => {
    const b = pos.length / 3;
    for (const p of c) pos.push(...p);
    idx.push(b, b + 1, b + 2, b, b + 2, b + 3);
  };
  for (let i = -1; i <= n; i++) for (let j = -1; j <= n; j++) for (let k = -1; k <= n; k++) {
    if (!filled(i, j, k)) continue;
    if (!filled(i + 1, j, k)) quad([[i + 1, j, k], [i + 1, j + 1, k], [i + 1, j + 1, k + 1], [i + 1, j, k + 1]]);
    if (!filled(i - 1, j, k)) quad([[i, j, k], [i, j, k + 1], [i, j + 1, k + 1], [i, j + 1, k]]);
    if (!filled(i, j + 1, k)) quad([[i, j + 1, k], [i, j + 1, k + 1], [i + 1, j + 1, k + 1], [i + 1, j + 1, k]]);
    if (!filled(i, j - 1, k)) quad([[i, j, k], [i + 1, j, k], [i + 1, j, k + 1], [i, j, k + 1]]);
    if (!filled(i, j, k + 1)) quad([[i, j, k + 1], [i + 1, j, k + 1], [i + 1, j + 1, k + 1], [i, j + 1, k + 1]]);
    if (!filled(i, j, k - 1)) quad([[i, j, k], [i, j + 1, k], [i + 1, j + 1, k], [i + 1, j, k]]);
  }
  return { positions: Float64Array.from(pos), indices: Uint32Array.from(idx), name: 'voxels' };
}

/** Deterministic uniform numbers in [0, 1) (a 32-bit LCG, Numerical Recipes constants). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** A box of half-widths h rotated by azimuth az (clockwise from north) and dip (negative down) about c: its mesh and its exact inside test. */
function rotatedBox(c: number[], h: number[], azDeg: number, dipDeg: number) {
  const az = azDeg * Math.PI / 180, dip = dipDeg * Math.PI / 180;
  // Local axes: u along strike-azimuth, plunging by dip; v horizontal perpendicular; w = u × v.
  const u = [Math.sin(az) * Math.cos(dip), Math.cos(az) * Math.cos(dip), Math.sin(dip)];
  const v = [Math.cos(az), -Math.sin(az), 0];
  const w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
  const unit = voxelSolid((i, j, k) => i === 0 && j === 0 && k === 0, 1);
  const pos = Float64Array.from(unit.positions);
  for (let p = 0; p < pos.length; p += 3) {
    const a = (2 * unit.positions[p] - 1) * h[0], b = (2 * unit.positions[p + 1] - 1) * h[1], d = (2 * unit.positions[p + 2] - 1) * h[2];
    for (let e = 0; e < 3; e++) pos[p + e] = c[e] + a * u[e] + b * v[e] + d * w[e];
  }
  const inside = (x: number, y: number, z: number) => {
    const r = [x - c[0], y - c[1], z - c[2]];
    const dot = (q: number[]) => r[0] * q[0] + r[1] * q[1] + r[2] * q[2];
    return Math.abs(dot(u)) < h[0] && Math.abs(dot(v)) < h[1] && Math.abs(dot(w)) < h[2];
  };
  return { mesh: { ...unit, positions: pos }, inside };
}

describe('SolidIndex (point in solid by ray parity)', () => {
  it('a unit cube: inside, outside, and rays through the diagonal edge of its faces', () => {
    const cube = new SolidIndex(voxelSolid((i, j, k) => i === 0 && j === 0 && k === 0, 1));
    expect(cube.contains(0.5, 0.5, 0.5)).toBe(true); // the ray runs along the diagonal shared by two top triangles
    expect(cube.contains(0.25, 0.75, 0.1)).toBe(true);
    expect(cube.contains(0.5, 0.5, 1.5)).toBe(false);
    expect(cube.contains(0.5, 0.5, -0.5)).toBe(false);
    expect(cube.contains(1.5, 0.5, 0.5)).toBe(false);
    expect(cube.crossings(0.5, 0.5).sort()).toEqual([0, 1]);
  });

  it('an octahedron: a ray through its apex vertex (shared by four faces) counts it once', () => {
    const P = [[0, 0, 1], [1, 0, 0], [0, 1, 0], [-1, 0, 0], [0, -1, 0], [0, 0, -1]];
    const F = [[0, 1, 2], [0, 2, 3], [0, 3, 4], [0, 4, 1], [5, 2, 1], [5, 3, 2], [5, 4, 3], [5, 1, 4]];
    const oct = new SolidIndex({ positions: Float64Array.from(P.flat()), indices: Uint32Array.from(F.flat()), name: 'oct' });
    expect(oct.crossings(0, 0)).toHaveLength(2);
    expect(oct.contains(0, 0, 0)).toBe(true);
    expect(oct.contains(0, 0, -2)).toBe(false);
    expect(oct.contains(0, 0, 2)).toBe(false);
    expect(oct.contains(0.5, 0, 0)).toBe(true); // on the projection of an edge between two upper faces
    expect(oct.contains(0.3, 0.3, 0.3)).toBe(true);
    expect(oct.contains(0.4, 0.4, 0.4)).toBe(false); // |x|+|y|+|z| = 1.2 > 1
  });

  it('a rotated slab: 4000 random points agree with the exact inside test of the rotated box', () => {
    const { mesh, inside } = rotatedBox([500, 1000, 200], [40, 15, 3], 30, -40);
    const s = new SolidIndex(mesh);
    const rnd = lcg(7);
    let agree = 0, inCount = 0;
    for (let q = 0; q < 4000; q++) {
      const x = 450 + 100 * rnd(), y = 950 + 100 * rnd(), z = 160 + 80 * rnd();
      const want = inside(x, y, z);
      if (want) inCount++;
      if (s.contains(x, y, z) === want) agree++;
    }
    expect(inCount).toBeGreaterThan(50);
    expect(agree).toBe(4000);
  });

  it('a non-convex ring (3×3×2 voxels without the middle column), with rays along shared edges', () => {
    const ring = (i: number, j: number, k: number) => i >= 0 && i < 3 && j >= 0 && j < 3 && k >= 0 && k < 2 && !(i === 1 && j === 1);
    const s = new SolidIndex(voxelSolid(ring, 3));
    expect(s.contains(1.5, 1.5, 1)).toBe(false); // the hole
    expect(s.contains(1.5, 1.5, -1)).toBe(false);
    expect(s.contains(0.5, 1.5, 1)).toBe(true);
    // x = 1, y = 0.5: the ray runs along the vertical face between voxels (0,0) and (1,0) and through edges of their top/bottom quads.
    expect(s.contains(1, 0.5, 0.5)).toBe(true);
    expect(s.contains(1, 0.5, 2.5)).toBe(false);
    // A ray through a vertex shared by four voxels' top faces (x = 1, y = 1 borders the hole: corner of 3 filled voxels).
    expect(s.contains(2, 2, 1.5)).toBe(true);
    const rnd = lcg(11);
    for (let q = 0; q < 2000; q++) {
      const x = -0.5 + 4 * rnd(), y = -0.5 + 4 * rnd(), z = -0.5 + 3 * rnd();
      expect(s.contains(x, y, z)).toBe(ring(Math.floor(x), Math.floor(y), Math.floor(z)));
    }
  });

  it('classifies a block grid by solid (first solid wins), grid points on voxel edges included', () => {
    const ring = (i: number, j: number, k: number) => i >= 0 && i < 3 && j >= 0 && j < 3 && k >= 0 && k < 2 && !(i === 1 && j === 1);
    const s = new SolidIndex(voxelSolid(ring, 3));
    // X on voxel faces every other block (rays through the faces' edges), Y and Z never on a face.
    const grid = { origin: [-0.5, -0.25, -0.25] as [number, number, number], size: [0.5, 0.5, 0.5] as [number, number, number], count: [9, 9, 6] as [number, number, number] };
    const d = blockDomainsFromSolids(grid, [s]);
    let n = 0;
    for (let k = 0; k < 6; k++) for (let j = 0; j < 9; j++) for (let i = 0; i < 9; i++) {
      const x = -0.5 + 0.5 * i, y = -0.25 + 0.5 * j, z = -0.25 + 0.5 * k;
      const b = (k * 9 + j) * 9 + i;
      const fy = Math.floor(y), fz = Math.floor(z);
      // A centroid on a face between two filled voxels is inside; on the solid's own surface it is ambiguous: skipped.
      const want = Number.isInteger(x) ? ring(x - 1, fy, fz) && ring(x, fy, fz) : ring(Math.floor(x), fy, fz);
      if (Number.isInteger(x) && ring(x - 1, fy, fz) !== ring(x, fy, fz)) continue;
      expect(d[b], `block ${i},${j},${k}`).toBe(want ? 0 : -1);
      n++;
    }
    expect(n).toBeGreaterThan(150);
  });
});
