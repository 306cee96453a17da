import type { Vec3 } from '../types';
import { finiteSamples } from './experimental';
import { buildPairGrid, forEachPair } from './pairGrid';

/** Two orthonormal axes spanning the plane of a map: cell (ix, iy) holds offsets ≈ ix·cell·u + iy·cell·v. */
export interface MapPlaneAxes { u: Vec3; v: Vec3 }

export interface VariogramMapOptions {
  /** Cell size of the map along both plane axes (length units). */
  cell: number;
  /** Cells on each side of the centre: the map is (2·cells + 1)² cells. */
  cells: number;
  /** The map's plane (default: horizontal, u = east, v = north). */
  plane?: MapPlaneAxes;
  /** Only pairs whose offset across the plane is at most this are mapped (default: unlimited); `maxDz` is the older name for the horizontal map. */
  maxAcross?: number;
  maxDz?: number;
}

export interface VariogramMap {
  cell: number;
  /** Cells per side (2·cells + 1); cell (ix, iy) is at offset ((ix − cells)·cell, (iy − cells)·cell) along (u, v). */
  size: number;
  /** γ per cell, row-major with u fastest (iy·size + ix); NaN where no pairs. */
  gamma: Float64Array;
  pairs: Int32Array;
}

const HORIZONTAL: MapPlaneAxes = { u: [1, 0, 0], v: [0, 1, 0] };

/**
 * Variogram map in a plane: γ of the pairs whose offset, projected on the plane's axes (u, v),
 * rounds to each cell and whose offset across the plane is within `maxAcross` — for reading the
 * directions of anisotropy at a glance (Isaaks & Srivastava 1989, ch. 7). Each pair is entered at
 * (du, dv) and at (−du, −dv), so the map is centro-symmetric.
 */
export function variogramMap(
  x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, opts: VariogramMapOptions,
): VariogramMap {
  const { cell, cells } = opts;
  if (!(cell > 0) || !Number.isFinite(cell)) throw new Error(`variogram map: cell must be a positive number, got ${cell}`);
  if (!Number.isInteger(cells) || cells < 1) throw new Error(`variogram map: cells must be a positive integer, got ${cells}`);
  const { u, v: w } = opts.plane ?? HORIZONTAL;
  const n: Vec3 = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
  if (Math.abs(Math.hypot(...n) - 1) > 1e-6 || Math.abs(u[0] * w[0] + u[1] * w[1] + u[2] * w[2]) > 1e-6) {
    throw new Error('variogram map: the plane axes must be two orthogonal unit vectors');
  }
  const maxAcross = opts.maxAcross ?? opts.maxDz ?? Infinity;
  const size = 2 * cells + 1;
  const sum = new Float64Array(size * size), pairs = new Int32Array(size * size);
  const idx = finiteSamples(x, y, z, v);
  const reach = (cells + 0.5) * cell;
  const horizontal = !opts.plane || (Math.abs(n[0]) < 1e-12 && Math.abs(n[1]) < 1e-12);
  // A horizontal map without a limit across is of horizontal offsets only: pair on flattened coordinates.
  const flat = horizontal && !Number.isFinite(maxAcross);
  if (!flat && !Number.isFinite(maxAcross)) throw new Error('variogram map: a map in an inclined plane needs a limit across the plane');
  const zz = flat ? new Float64Array(z.length) : z;
  const grid = buildPairGrid(x, y, zz, idx, Math.hypot(reach * Math.SQRT2, flat ? 0 : maxAcross));
  forEachPair(grid, x, y, zz, (i, j, dx, dy, dz) => {
    if (!flat && Math.abs(dx * n[0] + dy * n[1] + dz * n[2]) > maxAcross) return;
    const ix = Math.round((dx * u[0] + dy * u[1] + dz * u[2]) / cell), iy = Math.round((dx * w[0] + dy * w[1] + dz * w[2]) / cell);
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
