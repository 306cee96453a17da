import type { BlockGrid, SampleSet, Vec3 } from '../engine/types';
import { medianNearestXY, niceNumber } from './spacing';

/** Options of defaultGrid. */
export interface GridDefaultsOptions {
  /** Composite length (length unit): the least block height for drillhole data. */
  compositeLength?: number;
  /** Upper bound on the block count; block sizes double until the grid fits (default 2,000,000). */
  maxBlocks?: number;
}

/** A grid derived from the data, with the figures it was derived from. */
export interface DerivedGrid {
  grid: BlockGrid;
  /** Typical horizontal data spacing (length unit): median nearest-neighbour distance of holes (or samples) in plan. */
  spacing: number;
  /** One line saying how the grid was chosen. */
  reason: string;
}

function extent(a: Float64Array): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < a.length; i++) { const v = a[i]; if (v < lo) lo = v; if (v > hi) hi = v; }
  return [lo, hi];
}

/** Plan position of each hole (mean of its samples), for the spacing between holes. */
function holePositions(s: SampleSet): { x: Float64Array; y: Float64Array } | null {
  const nh = s.holeIds.length;
  if (nh < 2) return null;
  const sx = new Float64Array(nh), sy = new Float64Array(nh), c = new Float64Array(nh);
  for (let i = 0; i < s.x.length; i++) {
    const h = s.hole[i];
    if (h < 0 || !Number.isFinite(s.x[i]) || !Number.isFinite(s.y[i])) continue;
    sx[h] += s.x[i]; sy[h] += s.y[i]; c[h]++;
  }
  const x: number[] = [], y: number[] = [];
  for (let h = 0; h < nh; h++) if (c[h] > 0) { x.push(sx[h] / c[h]); y.push(sy[h] / c[h]); }
  return x.length >= 2 ? { x: Float64Array.from(x), y: Float64Array.from(y) } : null;
}

/** Axis origin (first centroid) and count covering [lo, hi] with blocks of size, aligned to multiples of size. */
function axis(lo: number, hi: number, size: number): [number, number] {
  const start = Math.floor(lo / size) * size;
  const count = Math.max(1, Math.ceil((hi - start) / size - 1e-9));
  return [start + size / 2, count];
}

/**
 * A serious default block model for the data: horizontal block size half the typical
 * drillhole (or sample) spacing, rounded to 1-2-2.5-5; block height a quarter of that but
 * at least the composite length; extents of the samples padded by half the spacing (one
 * block vertically), aligned to whole blocks. 2-D data get one layer. Sizes double while the
 * grid would exceed maxBlocks.
 */
export function defaultGrid(samples: SampleSet, opts: GridDefaultsOptions = {}): DerivedGrid {
  const n = samples.x.length;
  if (n === 0) throw new Error('default grid: there are no samples to place a grid around');
  const [x0, x1] = extent(samples.x), [y0, y1] = extent(samples.y), [z0, z1] = extent(samples.z);
  if (![x0, x1, y0, y1, z0, z1].every(Number.isFinite)) throw new Error('default grid: sample coordinates are not finite');
  const holes = holePositions(samples);
  const measured = holes ? medianNearestXY(holes.x, holes.y) : medianNearestXY(samples.x, samples.y);
  const span = Math.max(x1 - x0, y1 - y0, z1 - z0, 1);
  const spacing = Number.isFinite(measured) && measured > 0 ? measured : span / 10;
  const flat = z1 - z0 < 1e-9;
  const maxBlocks = opts.maxBlocks ?? 2_000_000;
  let sxy = niceNumber(spacing / 2);
  let sz = flat ? 1 : niceNumber(Math.max(sxy / 4, opts.compositeLength ?? 0));
  const first = `${sxy}×${sxy}×${sz}`;
  for (let guard = 0; guard < 60; guard++) {
    const pad = Math.max(spacing / 2, sxy);
    const [ox, nx] = axis(x0 - pad, x1 + pad, sxy);
    const [oy, ny] = axis(y0 - pad, y1 + pad, sxy);
    const [oz, nz] = flat ? [z0, 1] : axis(z0 - sz, z1 + sz, sz);
    if (nx * ny * nz <= maxBlocks || guard === 59) {
      const grid: BlockGrid = { origin: [ox, oy, oz] as Vec3, size: [sxy, sxy, sz] as Vec3, count: [nx, ny, nz] as Vec3 };
      const what = holes ? 'drillhole spacing (median distance between holes in plan)' : 'sample spacing (median nearest-neighbour distance in plan)';
      const size = `${sxy}×${sxy}×${sz}`;
      const coarser = size === first ? '' : ` (${first} coarsened to stay within ${maxBlocks.toLocaleString('en-US')} blocks)`;
      return { grid, spacing, reason: `blocks ${size} from a ${what} of ${spacing.toPrecision(3)}${coarser}; ${nx}×${ny}×${nz} blocks over the samples' extent` };
    }
    sxy = niceNumber(sxy * 2);
    if (!flat) sz = niceNumber(sz * 2);
  }
  throw new Error('default grid: unreachable');
}
