import type { TriangleMesh } from '../types';

/**
 * Enclosed volume of a closed, outward-wound triangle mesh (unit³), by the divergence theorem:
 * V = Σ v0 · (v1 × v2) / 6 over the triangles (signed tetrahedra from the origin).
 */
export function meshVolume(mesh: Pick<TriangleMesh, 'indices'> & { positions: ArrayLike<number> }): number {
  const p = mesh.positions, ix = mesh.indices;
  let v = 0;
  for (let t = 0; t < ix.length; t += 3) {
    const a = ix[t] * 3, b = ix[t + 1] * 3, c = ix[t + 2] * 3;
    v += p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1])
      + p[a + 1] * (p[b + 2] * p[c] - p[b] * p[c + 2])
      + p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
  }
  return v / 6;
}

/** Surface area of a triangle mesh (unit²): Σ |(v1 − v0) × (v2 − v0)| / 2. */
export function meshArea(mesh: TriangleMesh): number {
  const p = mesh.positions, ix = mesh.indices;
  let s = 0;
  for (let t = 0; t < ix.length; t += 3) {
    const a = ix[t] * 3, b = ix[t + 1] * 3, c = ix[t + 2] * 3;
    const ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
    const vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
    s += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
  }
  return s / 2;
}

/** Edge census of a mesh: how many undirected edges are used by exactly two triangles, and how many are not. */
export interface EdgeCensus {
  edges: number;
  /** Edges used by a number of triangles other than two (0 for a closed 2-manifold). */
  notTwo: number;
  /** Edges whose two triangles run along them in the same direction (0 when consistently wound). */
  misoriented: number;
}

/** Count edges not shared by exactly two triangles, and inconsistently wound ones. */
export function edgeCensus(mesh: Pick<TriangleMesh, 'indices'> & { positions: ArrayLike<number> }): EdgeCensus {
  const ix = mesh.indices;
  const nv = mesh.positions.length / 3;
  // Key of directed edge a→b; count uses of each undirected edge and of each direction.
  const uses = new Map<number, number>();
  const forward = new Map<number, number>();
  for (let t = 0; t < ix.length; t += 3) {
    for (let s = 0; s < 3; s++) {
      const a = ix[t + s], b = ix[t + (s + 1) % 3];
      const key = Math.min(a, b) * nv + Math.max(a, b);
      uses.set(key, (uses.get(key) ?? 0) + 1);
      if (a < b) forward.set(key, (forward.get(key) ?? 0) + 1);
    }
  }
  let notTwo = 0, misoriented = 0;
  for (const [key, n] of uses) {
    if (n !== 2) notTwo++;
    else if ((forward.get(key) ?? 0) !== 1) misoriented++;
  }
  return { edges: uses.size, notTwo, misoriented };
}
