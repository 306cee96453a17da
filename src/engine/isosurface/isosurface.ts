import type { BlockGrid, TriangleMesh, Vec3 } from '../types';
import { buildCaseTable, edgeCorner } from './caseTable';

/**
 * Isosurface of a block-model field by marching cubes (Lorensen & Cline 1987) on the lattice of
 * block centroids.
 *
 * Why marching cubes rather than surface nets: its vertices lie on lattice edges at the linearly
 * interpolated crossing, so the surface passes exactly through f = level along every edge (surface
 * nets average crossings and drift off it), and with the face-consistent case table (caseTable.ts)
 * it is a closed, consistently wound 2-manifold, so the enclosed volume is well defined.
 *
 * Blocks with NaN and the one-block padding around the grid count as below the level, so the
 * surface always closes. On an edge from a block at/above the level to such a missing block the
 * vertex is put halfway, on the face between the two blocks: where the field is missing the surface
 * follows the block boundaries. A block is inside when its value is >= level (as the cutoff).
 * Normals are per-vertex, the area-weighted mean of the adjacent triangle normals, pointing out of
 * the region above the level (towards lower values); triangles are counter-clockwise seen from there.
 */

export interface IsosurfaceOptions {
  /**
   * Positions are written relative to this point (same unit as the grid), and the mesh carries it as
   * `origin`. Pass the scene's local origin for large real-world coordinates: float32 positions of
   * world coordinates like 7,005,000 m are only good to 0.5 m. Default [0, 0, 0] (world coordinates).
   */
  origin?: Vec3;
}

const TABLE = buildCaseTable();
const EDGE_AXIS = new Uint8Array(12);
const EDGE_D = new Uint8Array(36);
for (let e = 0; e < 12; e++) {
  const c = edgeCorner(e);
  EDGE_AXIS[e] = e >> 2;
  EDGE_D[e * 3] = c & 1; EDGE_D[e * 3 + 1] = (c >> 1) & 1; EDGE_D[e * 3 + 2] = (c >> 2) & 1;
}

/** Growable typed arrays for the output. */
class F32 {
  a = new Float32Array(3 * 4096); n = 0;
  push3(x: number, y: number, z: number): void {
    if (this.n + 3 > this.a.length) { const b = new Float32Array(this.a.length * 2); b.set(this.a); this.a = b; }
    this.a[this.n++] = x; this.a[this.n++] = y; this.a[this.n++] = z;
  }
}
class U32 {
  a = new Uint32Array(3 * 8192); n = 0;
  push(v: number): void {
    if (this.n === this.a.length) { const b = new Uint32Array(this.a.length * 2); b.set(this.a); this.a = b; }
    this.a[this.n++] = v;
  }
}

/** Isosurface of `values` (one per block, GSLIB order, NaN = missing) at `level`; positions in grid units relative to options.origin. */
export function isosurface(grid: BlockGrid, values: Float64Array | Float32Array, level: number,
  options: IsosurfaceOptions = {}): TriangleMesh {
  const [nx, ny, nz] = grid.count;
  if (![nx, ny, nz].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error(`isosurface: grid count must be positive integers, got [${grid.count.join(', ')}]`);
  }
  if (values.length !== nx * ny * nz) {
    throw new Error(`isosurface: ${values.length} values for a grid of ${nx}×${ny}×${nz} = ${nx * ny * nz} blocks`);
  }
  if (!Number.isFinite(level)) throw new Error(`isosurface: level must be a finite number, got ${level}`);
  const origin = options.origin ?? [0, 0, 0];

  // Padded lattice: point (I, J, K) is block (I-1, J-1, K-1); the outer layer is missing.
  const px = nx + 2, py = ny + 2, pz = nz + 2, pxy = px * py;
  const f = new Float64Array(px * py * pz).fill(NaN);
  const inside = new Uint8Array(px * py * pz);
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      const src = (k * ny + j) * nx, dst = ((k + 1) * py + j + 1) * px + 1;
      for (let i = 0; i < nx; i++) {
        const v = values[src + i];
        f[dst + i] = v;
        if (v >= level) inside[dst + i] = 1;
      }
    }
  }

  // World (relative) coordinate of lattice point index I along each axis: base + I·size.
  const base = [0, 1, 2].map((a) => grid.origin[a] - grid.size[a] - origin[a]);
  const [sx, sy, sz] = grid.size;
  const cornerOffset = [0, 1, px, px + 1, pxy, pxy + 1, pxy + px, pxy + px + 1];

  // Vertex id per lattice edge, for the two point layers of the current cell layer (x and y edges)
  // and the z edges between them; -1 = not made yet.
  const xe = [new Int32Array(pxy), new Int32Array(pxy)];
  const ye = [new Int32Array(pxy), new Int32Array(pxy)];
  const ze = new Int32Array(pxy);
  xe[0].fill(-1); ye[0].fill(-1);

  const pos = new F32();
  const idx = new U32();
  const cellEdge = new Int32Array(15); // at most 5 triangles per cube
  const { caseOffset, caseEdges } = TABLE;

  for (let K = 0; K < pz - 1; K++) {
    const top = (K + 1) & 1;
    xe[top].fill(-1); ye[top].fill(-1); ze.fill(-1);
    for (let J = 0; J < py - 1; J++) {
      for (let I = 0; I < px - 1; I++) {
        const p0 = (K * py + J) * px + I;
        let pattern = 0;
        for (let c = 0; c < 8; c++) pattern |= inside[p0 + cornerOffset[c]] << c;
        if (pattern === 0 || pattern === 255) continue;
        const t0 = caseOffset[pattern], t1 = caseOffset[pattern + 1];
        for (let t = t0; t < t1; t++) {
          const e = caseEdges[t];
          const dx = EDGE_D[e * 3], dy = EDGE_D[e * 3 + 1], dz = EDGE_D[e * 3 + 2];
          const axis = EDGE_AXIS[e];
          const slot = (J + dy) * px + I + dx;
          const cache = axis === 0 ? xe[(K + dz) & 1] : axis === 1 ? ye[(K + dz) & 1] : ze;
          let v = cache[slot];
          if (v < 0) {
            const a = p0 + cornerOffset[(dx) | (dy << 1) | (dz << 2)];
            const b = a + (axis === 0 ? 1 : axis === 1 ? px : pxy);
            const fa = f[a], fb = f[b];
            // Linear interpolation along the edge; halfway (the block face) next to a missing block.
            const s = fa === fa && fb === fb ? (level - fa) / (fb - fa) : 0.5;
            const X = I + dx, Y = J + dy, Z = K + dz;
            v = pos.n / 3;
            pos.push3(
              base[0] + (X + (axis === 0 ? s : 0)) * sx,
              base[1] + (Y + (axis === 1 ? s : 0)) * sy,
              base[2] + (Z + (axis === 2 ? s : 0)) * sz);
            cache[slot] = v;
          }
          cellEdge[t - t0] = v;
        }
        for (let t = 0; t < t1 - t0; t++) idx.push(cellEdge[t]);
      }
    }
  }

  const positions = pos.a.slice(0, pos.n);
  const indices = idx.a.slice(0, idx.n);
  return { positions, normals: vertexNormals(positions, indices), indices, origin: [origin[0], origin[1], origin[2]] };
}

/** Unit per-vertex normals: area-weighted sum of the adjacent (counter-clockwise) triangle normals. */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const acc = new Float64Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t] * 3, b = indices[t + 1] * 3, c = indices[t + 2] * 3;
    const ux = positions[b] - positions[a], uy = positions[b + 1] - positions[a + 1], uz = positions[b + 2] - positions[a + 2];
    const vx = positions[c] - positions[a], vy = positions[c + 1] - positions[a + 1], vz = positions[c + 2] - positions[a + 2];
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    acc[a] += nx; acc[a + 1] += ny; acc[a + 2] += nz;
    acc[b] += nx; acc[b + 1] += ny; acc[b + 2] += nz;
    acc[c] += nx; acc[c + 1] += ny; acc[c + 2] += nz;
  }
  const out = new Float32Array(positions.length);
  for (let i = 0; i < acc.length; i += 3) {
    const l = Math.hypot(acc[i], acc[i + 1], acc[i + 2]);
    if (l > 0) { out[i] = acc[i] / l; out[i + 1] = acc[i + 1] / l; out[i + 2] = acc[i + 2] / l; }
    else out[i + 2] = 1;
  }
  return out;
}
