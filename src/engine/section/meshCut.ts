import type { SlabFrame } from './slab';
import { planeDistance } from './slab';

/**
 * Where a triangle mesh crosses the section plane: line segments (pairs of xyz points, flat, real
 * coordinates), one per triangle the plane passes through. Vertices exactly on the plane count as
 * on the positive side, so a triangle touching the plane at one vertex gives no segment.
 * `positions` are flat xyz, `indices` three per triangle (absent = consecutive vertices);
 * `offset` is added to every vertex (a local origin).
 */
export function meshPlaneSegments(f: SlabFrame, positions: ArrayLike<number>, indices?: ArrayLike<number> | null, offset: [number, number, number] = [0, 0, 0]): Float64Array {
  const nTri = Math.floor((indices ? indices.length : positions.length / 3) / 3);
  const out: number[] = [];
  const p = [0, 0, 0].map(() => [0, 0, 0]);
  const d = [0, 0, 0];
  for (let t = 0; t < nTri; t++) {
    for (let k = 0; k < 3; k++) {
      const vi = indices ? indices[t * 3 + k] : t * 3 + k;
      for (let c = 0; c < 3; c++) p[k][c] = positions[vi * 3 + c] + offset[c];
      d[k] = planeDistance(f, p[k][0], p[k][1], p[k][2]);
    }
    const pos = d.map((x) => x >= 0);
    if (pos[0] === pos[1] && pos[1] === pos[2]) continue;
    // The lone vertex (on its own side) and its two edges cross the plane.
    const lone = pos[0] === pos[1] ? 2 : pos[0] === pos[2] ? 1 : 0;
    for (const other of [(lone + 1) % 3, (lone + 2) % 3]) {
      const s = d[lone] / (d[lone] - d[other]);
      for (let c = 0; c < 3; c++) out.push(p[lone][c] + s * (p[other][c] - p[lone][c]));
    }
  }
  return Float64Array.from(out);
}
