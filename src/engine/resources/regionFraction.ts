import { blockCentroid, blockCount } from '../grid/blockGrid';
import type { BlockGrid, Vec3 } from '../types';
import { regionBounds, type Region } from './regions';

/** Area of a polygon (shoelace formula), absolute. */
function area(p: [number, number][]): number {
  let s = 0;
  for (let i = 0, j = p.length - 1; i < p.length; j = i++) s += (p[j][0] + p[i][0]) * (p[j][1] - p[i][1]);
  return Math.abs(s) / 2;
}

/**
 * The part of a polygon inside an axis-aligned rectangle (Sutherland & Hodgman 1974, clipping by
 * each edge of the convex window in turn). A concave polygon may come out with zero-width
 * connecting edges; its shoelace area is still the area of the intersection.
 */
export function clipToRectangle(poly: [number, number][], x0: number, y0: number, x1: number, y1: number): [number, number][] {
  let out = poly;
  const edges: [(p: [number, number]) => boolean, (a: [number, number], b: [number, number]) => [number, number]][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  for (const [inside, cross] of edges) {
    const src = out;
    out = [];
    for (let i = 0; i < src.length; i++) {
      const a = src[(i + src.length - 1) % src.length], b = src[i];
      if (inside(b)) { if (!inside(a)) out.push(cross(a, b)); out.push(b); } else if (inside(a)) out.push(cross(a, b));
    }
    if (out.length === 0) break;
  }
  return out;
}

/**
 * Share (0–1) of each block's volume inside a region (a prism: polygon in plan between zmin and
 * zmax): the area of the polygon clipped to the block's footprint over the footprint's area, times
 * the overlap of [zmin, zmax] with the block's height over that height. Exact for prisms.
 */
export function regionFraction(grid: BlockGrid, region: Region): Float64Array {
  const { x0: px0, x1: px1, y0: py0, y1: py1, z0, z1 } = regionBounds(region);
  const n = blockCount(grid);
  const out = new Float64Array(n);
  const [sx, sy, sz] = grid.size;
  const c: Vec3 = [0, 0, 0];
  for (let b = 0; b < n; b++) {
    blockCentroid(grid, b, c);
    const bx0 = c[0] - sx / 2, bx1 = c[0] + sx / 2, by0 = c[1] - sy / 2, by1 = c[1] + sy / 2;
    if (bx1 <= px0 || bx0 >= px1 || by1 <= py0 || by0 >= py1) continue;
    const dz = Math.min(z1, c[2] + sz / 2) - Math.max(z0, c[2] - sz / 2);
    if (!(dz > 0)) continue;
    const a = area(clipToRectangle(region.polygon, bx0, by0, bx1, by1));
    out[b] = Math.min(1, (a / (sx * sy)) * (dz / sz));
  }
  return out;
}
