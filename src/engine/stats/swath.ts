import type { BlockGrid } from '../types';
import { blockCount } from '../grid/blockGrid';

/** Slices along one axis of a grid, with the composite and block means in each. */
export interface Swath {
  /** 0 = X, 1 = Y, 2 = Z. */
  axis: 0 | 1 | 2;
  /** Lower and upper coordinate of each slice [from, to); the last slice also holds its upper edge. */
  from: Float64Array;
  to: Float64Array;
  /** Weighted (length-weighted for composites) mean of the samples in each slice; NaN when none. */
  sampleMean: Float64Array;
  /** Samples (with a finite value) in each slice. */
  sampleCount: Int32Array;
  /** Mean of the finite block estimates whose centroid is in each slice; NaN when none. */
  blockMean: Float64Array;
  /** Estimated blocks in each slice. */
  blockCount: Int32Array;
}

/** Samples of one element: coordinates, values (NaN = missing) and optional weights (lengths). */
export interface SwathSamples {
  x: Float64Array; y: Float64Array; z: Float64Array; v: Float64Array;
  weight?: Float64Array;
}

/**
 * Swath plot data (e.g. Sinclair & Blackwell, Applied Mineral Inventory Estimation, 2002, §15.6):
 * slices of `width` along `axis` from the grid's lower edge (first centroid − size/2) to its upper
 * edge, the last slice cut at the upper edge. A sample belongs to slice floor((c − lower) / width)
 * when lower ≤ c ≤ upper; samples outside the grid's span are left out. Blocks count by centroid.
 */
export function swath(grid: BlockGrid, axis: 0 | 1 | 2, width: number, samples: SwathSamples, blocks: Float64Array): Swath {
  if (!(width > 0 && Number.isFinite(width))) throw new Error(`swath: slice width must be a positive number, got ${width}`);
  const total = blockCount(grid);
  if (blocks.length !== total) throw new Error(`swath: ${blocks.length} block values for a grid of ${total} blocks`);
  const lower = grid.origin[axis] - grid.size[axis] / 2;
  const upper = lower + grid.count[axis] * grid.size[axis];
  const n = Math.max(1, Math.ceil((upper - lower) / width - 1e-9));
  const from = Float64Array.from({ length: n }, (_, k) => lower + k * width);
  const to = Float64Array.from({ length: n }, (_, k) => Math.min(upper, lower + (k + 1) * width));
  const slice = (c: number) => (c < lower || c > upper ? -1 : Math.min(n - 1, Math.floor((c - lower) / width)));

  const sw = new Float64Array(n), swv = new Float64Array(n), sampleCount = new Int32Array(n);
  const coord = axis === 0 ? samples.x : axis === 1 ? samples.y : samples.z;
  for (let i = 0; i < samples.v.length; i++) {
    const v = samples.v[i];
    if (!Number.isFinite(v)) continue;
    const k = slice(coord[i]);
    if (k < 0) continue;
    const w = samples.weight ? samples.weight[i] : 1;
    sw[k] += w; swv[k] += w * v; sampleCount[k]++;
  }

  // Block b's index along the axis: b = i + nx·(j + ny·k).
  const [nx, ny] = grid.count;
  const stride = axis === 0 ? 1 : axis === 1 ? nx : nx * ny, along = grid.count[axis];
  const sliceOfIndex = Int32Array.from({ length: along }, (_, i) => slice(grid.origin[axis] + i * grid.size[axis]));
  const bs = new Float64Array(n), blockCountOut = new Int32Array(n);
  for (let b = 0; b < total; b++) {
    const v = blocks[b];
    if (!Number.isFinite(v)) continue;
    const k = sliceOfIndex[Math.floor(b / stride) % along];
    bs[k] += v; blockCountOut[k]++;
  }
  return {
    axis, from, to, sampleCount, blockCount: blockCountOut,
    sampleMean: sw.map((w, k) => (sampleCount[k] > 0 && w > 0 ? swv[k] / w : NaN)),
    blockMean: bs.map((s, k) => (blockCountOut[k] > 0 ? s / blockCountOut[k] : NaN)),
  };
}
