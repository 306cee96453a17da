import type { BlockGrid } from '../types';
import { blockCount } from './blockGrid';

/** Blocks [start, end) of one tile of a grid (GSLIB order), and the Z-levels it spans when it holds whole levels. */
export interface TileRange {
  start: number;
  end: number;
  /** Z-levels [from, to) when the tile is made of whole levels (n ≤ levels); undefined for block ranges. */
  levels?: [number, number];
}

/**
 * Tile k (from 0) of n: contiguous whole Z-levels, levels ⌊k·nz/n⌋ to ⌊(k+1)·nz/n⌋, when n is at
 * most the number of levels; else blocks ⌊k·N/n⌋ to ⌊(k+1)·N/n⌋ of the N blocks. Tiles 0..n−1 cover
 * the grid once, in grid order, so their outputs concatenate to one run's.
 */
export function tileRange(g: BlockGrid, k: number, n: number): TileRange {
  const total = blockCount(g), nz = g.count[2], slice = g.count[0] * g.count[1];
  if (!Number.isInteger(n) || n < 1 || n > total) throw new Error(`tile count must be an integer from 1 to the ${total} blocks of the grid, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k >= n) throw new Error(`tile index must be an integer from 0 to ${n - 1}, got ${k}`);
  if (n <= nz) {
    const from = Math.floor((k * nz) / n), to = Math.floor(((k + 1) * nz) / n);
    return { start: from * slice, end: to * slice, levels: [from, to] };
  }
  return { start: Math.floor((k * total) / n), end: Math.floor(((k + 1) * total) / n) };
}
