import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BlockGrid, Vec3 } from '../types';
import { blockCentroid, blockCount } from '../grid/blockGrid';
import { isosurface } from './isosurface';
import { buildCaseTable } from './caseTable';
import { edgeCensus, meshArea, meshVolume } from './meshMeasures';

/** Field sampled at every block centroid. */
function sample(grid: BlockGrid, fn: (p: Vec3) => number): Float64Array {
  const out = new Float64Array(blockCount(grid));
  const p: Vec3 = [0, 0, 0];
  for (let b = 0; b < out.length; b++) out[b] = fn(blockCentroid(grid, b, p));
  return out;
}

describe('case table', () => {
  it('has no triangles for all-outside and all-inside cubes, one for a lone corner, two for a face', () => {
    const { caseOffset } = buildCaseTable();
    const tris = (p: number) => (caseOffset[p + 1] - caseOffset[p]) / 3;
    expect(tris(0)).toBe(0);
    expect(tris(255)).toBe(0);
    for (const c of [0, 1, 2, 3, 4, 5, 6, 7]) expect(tris(1 << c)).toBe(1);
    expect(tris(0b00001111)).toBe(2); // the z = 0 face inside: a quad
    expect(tris(0b10000001)).toBe(2); // opposite corners: two separate triangles
  });
});

describe('isosurface', () => {
  // A sphere of radius 30 on anisotropic blocks, at real-world coordinates, positions relative to its centre.
  const centre: Vec3 = [2_300_000, 7_005_000, 1_500];
  const R = 30;
  const size: Vec3 = [2, 3, 2.5];
  const count: Vec3 = [36, 24, 30];
  const grid: BlockGrid = {
    origin: [centre[0] - (count[0] - 1) * size[0] / 2 - 0.37, centre[1] - (count[1] - 1) * size[1] / 2 + 0.21, centre[2] - (count[2] - 1) * size[2] / 2],
    size, count,
  };
  const dist = (p: Vec3) => Math.hypot(p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]);
  const sphere = sample(grid, (p) => R - dist(p));
  const mesh = isosurface(grid, sphere, 0, { origin: centre });

  it('of a sphere field is a closed, consistently wound surface', () => {
    expect(mesh.indices.length).toBeGreaterThan(3000);
    const census = edgeCensus(mesh);
    expect(census.notTwo).toBe(0);
    expect(census.misoriented).toBe(0);
    expect(mesh.origin).toEqual(centre);
  });

  it('of a sphere field encloses 4/3 π R³ and has area 4 π R² within 2 %', () => {
    const v = meshVolume(mesh), a = meshArea(mesh);
    expect(Math.abs(v / (4 / 3 * Math.PI * R ** 3) - 1)).toBeLessThan(0.02);
    expect(Math.abs(a / (4 * Math.PI * R ** 2) - 1)).toBeLessThan(0.02);
  });

  it('has vertices on the level set and normals pointing down the gradient (outward)', () => {
    let worst = 0, minDot = 1;
    for (let v = 0; v < mesh.positions.length; v += 3) {
      const x = mesh.positions[v], y = mesh.positions[v + 1], z = mesh.positions[v + 2];
      const r = Math.hypot(x, y, z);
      worst = Math.max(worst, Math.abs(R - r));
      minDot = Math.min(minDot, (x * mesh.normals[v] + y * mesh.normals[v + 1] + z * mesh.normals[v + 2]) / r);
    }
    // Linear interpolation of R − r along an edge of length h ≤ 3 errs by at most h²/(8R) ≈ 0.04.
    expect(worst).toBeLessThan(0.05);
    expect(minDot).toBeGreaterThan(0.95);
  });

  it('puts vertices exactly where a linear field crosses the level', () => {
    const g: BlockGrid = { origin: [10, 20, 30], size: [1, 2, 0.5], count: [9, 8, 7] };
    const lin = (p: Vec3) => 0.5 * p[0] - 0.25 * p[1] + 2 * p[2];
    const level = lin([14.3, 27.1, 31.6]);
    const m = isosurface(g, Float32Array.from(sample(g, lin)), level, { origin: [14, 27, 31] });
    expect(m.indices.length).toBeGreaterThan(0);
    let worst = 0;
    for (let v = 0; v < m.positions.length; v += 3) {
      const p: Vec3 = [14 + m.positions[v], 27 + m.positions[v + 1], 31 + m.positions[v + 2]];
      // Skip the closing caps at the grid boundary (vertices on the padding, outside the block centroids).
      const inGrid = [0, 1, 2].every((a) => p[a] >= g.origin[a] - 1e-4 && p[a] <= g.origin[a] + (g.count[a] - 1) * g.size[a] + 1e-4);
      if (inGrid) worst = Math.max(worst, Math.abs(lin(p) - level));
    }
    expect(worst).toBeLessThan(1e-5);
    expect(edgeCensus(m).notTwo).toBe(0);
  });

  it('gives no triangles for a constant field below the level, nor for an all-missing field', () => {
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [5, 4, 3] };
    expect(isosurface(g, new Float64Array(60).fill(2), 3).indices.length).toBe(0);
    expect(isosurface(g, new Float64Array(60).fill(NaN), 3).indices.length).toBe(0);
  });

  it('closes a constant field above the level on the outer faces of the grid blocks', () => {
    const g: BlockGrid = { origin: [100, 200, 300], size: [2, 3, 4], count: [5, 4, 3] };
    const m = isosurface(g, new Float64Array(60).fill(5), 3, { origin: [100, 200, 300] });
    expect(edgeCensus(m).notTwo).toBe(0);
    // The closing surface cuts the corners of the box (an octahedral bevel): bounded by the box.
    const box = 10 * 12 * 12;
    const v = meshVolume(m);
    expect(v).toBeLessThan(box);
    expect(v).toBeGreaterThan(0.8 * box);
    for (let i = 0; i < m.positions.length; i += 3) {
      for (let a = 0; a < 3; a++) {
        const x = m.positions[i + a];
        expect(x).toBeGreaterThanOrEqual(-g.size[a] / 2 - 1e-6);
        expect(x).toBeLessThanOrEqual((g.count[a] - 0.5) * g.size[a] + 1e-6);
      }
    }
  });

  it('wraps a single block above the level in the octahedron through its face centres', () => {
    const g: BlockGrid = { origin: [0, 0, 0], size: [2, 4, 6], count: [3, 3, 3] };
    const values = new Float64Array(27); // 0 everywhere, 1 in the middle block
    values[13] = 1;
    const m = isosurface(g, values, 0.5);
    expect(m.indices.length / 3).toBe(8);
    // Octahedron with half-diagonals 1, 2, 3 (half the block size): V = 4/3 · 1 · 2 · 3 = 8.
    expect(meshVolume(m)).toBeCloseTo(8, 5);
    // The same with missing neighbours (and the padding): vertices at the block faces too.
    const lone = new Float64Array(27).fill(NaN);
    lone[13] = 7;
    expect(meshVolume(isosurface(g, lone, 0.5))).toBeCloseTo(8, 5);
  });

  it('is closed and outward-wound for any field, with missing blocks, at any level', () => {
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1.5, 2], count: [4, 3, 3] };
    const value = fc.oneof(
      { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 8 },
      { arbitrary: fc.constant(NaN), weight: 1 });
    fc.assert(fc.property(
      fc.array(value, { minLength: 36, maxLength: 36 }),
      fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (vals, level) => {
        const m = isosurface(g, Float64Array.from(vals), level);
        const census = edgeCensus(m);
        return census.notTwo === 0 && census.misoriented === 0 && meshVolume(m) >= -1e-9;
      }), { numRuns: 2000, seed: 42 });
  });

  it('is closed on a large noisy field with missing blocks (many ambiguous faces)', () => {
    const n = 30;
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [n, n, n] };
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const vals = sample(g, ([x, y, z]) => (rnd() < 0.02 ? NaN : Math.sin(x / 3) * Math.cos(y / 4) + Math.sin(z / 2) + 0.6 * rnd()));
    const m = isosurface(g, vals, 0.4);
    expect(m.indices.length / 3).toBeGreaterThan(20000);
    const census = edgeCensus(m);
    expect(census.notTwo).toBe(0);
    expect(census.misoriented).toBe(0);
  });

  it('rejects a value array of the wrong length and a non-finite level', () => {
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [2, 2, 2] };
    expect(() => isosurface(g, new Float64Array(7), 0)).toThrow(/7 values for a grid of 2×2×2 = 8 blocks/);
    expect(() => isosurface(g, new Float64Array(8), NaN)).toThrow(/level must be a finite number/);
  });
});
