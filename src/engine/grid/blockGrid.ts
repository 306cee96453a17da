import type { BlockGrid, Vec3 } from '../types';

/** Number of blocks in the grid. */
export function blockCount(g: BlockGrid): number {
  return g.count[0] * g.count[1] * g.count[2];
}

/** Flat index of block (i, j, k): X fastest, then Y, then Z (GSLIB order; vtk-js ImageData). */
export function blockIndex(g: BlockGrid, i: number, j: number, k: number): number {
  return (k * g.count[1] + j) * g.count[0] + i;
}

/** (i, j, k) of a flat block index, written into out. */
export function blockIjk(g: BlockGrid, index: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const nx = g.count[0], nxy = nx * g.count[1];
  const k = Math.floor(index / nxy), r = index - k * nxy, j = Math.floor(r / nx);
  out[0] = r - j * nx; out[1] = j; out[2] = k;
  return out;
}

/** Centroid of a flat block index, written into out. */
export function blockCentroid(g: BlockGrid, index: number, out: Vec3 = [0, 0, 0]): Vec3 {
  blockIjk(g, index, out);
  for (let a = 0; a < 3; a++) out[a] = g.origin[a] + out[a] * g.size[a];
  return out;
}

/** Volume of one block (unit³). */
export function blockVolume(g: BlockGrid): number {
  return g.size[0] * g.size[1] * g.size[2];
}
