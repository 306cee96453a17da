import { blockCentroid, blockCount } from '../grid/blockGrid';
import type { BlockGrid, Vec3 } from '../types';

/** A prism: a polygon in plan (X, Y, scene units) between two elevations (open when absent). */
export interface Region {
  name: string;
  polygon: [number, number][];
  zmin?: number;
  zmax?: number;
}

/** Whether (x, y) is inside a simple polygon (even–odd ray casting, W. R. Franklin's PNPOLY). */
export function pointInPolygon(x: number, y: number, poly: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A rectangle in plan as a region polygon (corners counter-clockwise). */
export function boxRegion(name: string, min: Vec3, max: Vec3): Region {
  return { name, polygon: [[min[0], min[1]], [max[0], min[1]], [max[0], max[1]], [min[0], max[1]]], zmin: min[2], zmax: max[2] };
}

/** The region's plan bounding box and Z limits (±Infinity when open); throws for a polygon of fewer than 3 corners. */
export function regionBounds(region: Region): { x0: number; x1: number; y0: number; y1: number; z0: number; z1: number } {
  if (region.polygon.length < 3) throw new Error(`region "${region.name}": a polygon needs at least 3 corners`);
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const [x, y] of region.polygon) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  return { x0, x1, y0, y1, z0: region.zmin ?? -Infinity, z1: region.zmax ?? Infinity };
}

/**
 * Blocks of the grid whose centroid is inside the region (1) or not (0): the centroid-in rule, a
 * block counts whole or not at all. Bounding-box test first, then the polygon.
 */
export function regionMask(grid: BlockGrid, region: Region): Uint8Array {
  const { x0, x1, y0, y1, z0, z1 } = regionBounds(region);
  const n = blockCount(grid);
  const out = new Uint8Array(n);
  const c: Vec3 = [0, 0, 0];
  for (let b = 0; b < n; b++) {
    blockCentroid(grid, b, c);
    if (c[0] < x0 || c[0] > x1 || c[1] < y0 || c[1] > y1 || c[2] < z0 || c[2] > z1) continue;
    if (pointInPolygon(c[0], c[1], region.polygon)) out[b] = 1;
  }
  return out;
}
