import { finiteSamples } from './experimental';
import { buildPairGrid, forEachPair } from './pairGrid';

export interface VariogramMapOptions {
  /** Cell size of the map in X and Y (length units). */
  cell: number;
  /** Cells on each side of the centre: the map is (2·cells + 1)² cells. */
  cells: number;
  /** Only pairs with |dz| ≤ this are mapped (default: unlimited). */
  maxDz?: number;
}

export interface VariogramMap {
  cell: number;
  /** Cells per side (2·cells + 1); cell (ix, iy) is at offset ((ix − cells)·cell, (iy − cells)·cell). */
  size: number;
  /** γ per cell, row-major with X fastest (iy·size + ix); NaN where no pairs. */
  gamma: Float64Array;
  pairs: Int32Array;
}

/**
 * Horizontal variogram map: γ of the pairs whose offset (dx, dy) rounds to each cell, for
 * reading the directions of anisotropy at a glance (Isaaks & Srivastava 1989, ch. 7). Each
 * pair is entered at (dx, dy) and at (−dx, −dy), so the map is centro-symmetric.
 */
export function variogramMap(
  x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, opts: VariogramMapOptions,
): VariogramMap {
  const { cell, cells } = opts;
  if (!(cell > 0) || !Number.isFinite(cell)) throw new Error(`variogram map: cell must be a positive number, got ${cell}`);
  if (!Number.isInteger(cells) || cells < 1) throw new Error(`variogram map: cells must be a positive integer, got ${cells}`);
  const maxDz = opts.maxDz ?? Infinity;
  const size = 2 * cells + 1;
  const sum = new Float64Array(size * size), pairs = new Int32Array(size * size);
  const idx = finiteSamples(x, y, z, v);
  const reach = (cells + 0.5) * cell;
  // Without a dz limit the map is of horizontal offsets only: pair on flattened coordinates.
  const zz = Number.isFinite(maxDz) ? z : new Float64Array(z.length);
  const grid = buildPairGrid(x, y, zz, idx, Math.hypot(reach * Math.SQRT2, Number.isFinite(maxDz) ? maxDz : 0));
  forEachPair(grid, x, y, zz, (i, j, dx, dy, dz) => {
    if (Math.abs(dz) > maxDz) return;
    const ix = Math.round(dx / cell), iy = Math.round(dy / cell);
    if (Math.abs(ix) > cells || Math.abs(iy) > cells) return;
    const d = v[i] - v[j], d2 = d * d;
    const a = (iy + cells) * size + ix + cells, b = (cells - iy) * size + cells - ix;
    sum[a] += d2; pairs[a]++;
    sum[b] += d2; pairs[b]++;
  });
  const gamma = new Float64Array(size * size);
  for (let c = 0; c < gamma.length; c++) gamma[c] = pairs[c] ? sum[c] / (2 * pairs[c]) : NaN;
  return { cell, size, gamma, pairs };
}
