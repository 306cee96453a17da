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

/** Extent of a coordinate over the samples that carry a value (all samples when `use` is null). */
function extent(a: Float64Array, use: Uint8Array | null): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    if (use && !use[i]) continue;
    const v = a[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Share of the samples left outside at each end of each axis by the default grid (outlying holes). */
export const GRID_TRIM = 0.01;

/**
 * Extent of a coordinate over the samples with a value. When the range from the GRID_TRIM to
 * the 1 − GRID_TRIM quantile (nearest rank) is less than 80 % of the full range, that range:
 * a few outlying holes far from the rest then do not stretch the grid over empty ground; evenly
 * spread data keep their full extent.
 */
function trimmedExtent(a: Float64Array, use: Uint8Array | null): [number, number] {
  const v: number[] = [];
  for (let i = 0; i < a.length; i++) if ((!use || use[i]) && Number.isFinite(a[i])) v.push(a[i]);
  const n = v.length;
  const k = Math.floor(n * GRID_TRIM);
  const s = Float64Array.from(v).sort();
  if (k === 0 || s[n - 1 - k] - s[k] >= 0.8 * (s[n - 1] - s[0])) return [s[0], s[n - 1]];
  return [s[k], s[n - 1 - k]];
}

/** Number of samples (with a value) outside the box. */
function outside(s: SampleSet, use: Uint8Array | null, box: [number, number][]): number {
  let n = 0;
  for (let i = 0; i < s.x.length; i++) {
    if (use && !use[i]) continue;
    if (s.x[i] < box[0][0] || s.x[i] > box[0][1] || s.y[i] < box[1][0] || s.y[i] > box[1][1] || s.z[i] < box[2][0] || s.z[i] > box[2][1]) n++;
  }
  return n;
}

/** 1 for each sample with a finite value of some element (null when there are no elements: every sample counts). */
function withValue(s: SampleSet): Uint8Array | null {
  const els = Object.values(s.values);
  if (els.length === 0) return null;
  const use = new Uint8Array(s.x.length);
  let any = 0;
  for (const v of els) for (let i = 0; i < v.length; i++) if (!use[i] && Number.isFinite(v[i])) { use[i] = 1; any++; }
  return any > 0 ? use : null;
}

/**
 * Typical spacing of holes in plan: the larger of the median nearest-neighbour distance between
 * hole positions and √(area / holes) over their bounding rectangle (the mean spacing were the
 * holes spread evenly). The second keeps fans of holes drilled from one pad, whose positions lie
 * a few metres apart, from making the blocks tiny.
 */
function holeSpacing(h: { x: Float64Array; y: Float64Array }): number {
  const nn = medianNearestXY(h.x, h.y);
  const [x0, x1] = extent(h.x, null), [y0, y1] = extent(h.y, null);
  const even = Math.sqrt(((x1 - x0) * (y1 - y0)) / h.x.length);
  return Math.max(Number.isFinite(nn) ? nn : 0, even);
}

/** Plan position of each hole (mean of its samples with a value), for the spacing between holes. */
function holePositions(s: SampleSet, use: Uint8Array | null, box: [number, number][]): { x: Float64Array; y: Float64Array } | null {
  const nh = s.holeIds.length;
  if (nh < 2) return null;
  const sx = new Float64Array(nh), sy = new Float64Array(nh), c = new Float64Array(nh);
  for (let i = 0; i < s.x.length; i++) {
    const h = s.hole[i];
    if (h < 0 || (use && !use[i]) || !Number.isFinite(s.x[i]) || !Number.isFinite(s.y[i])) continue;
    sx[h] += s.x[i]; sy[h] += s.y[i]; c[h]++;
  }
  const x: number[] = [], y: number[] = [];
  for (let h = 0; h < nh; h++) {
    if (!(c[h] > 0)) continue;
    const px = sx[h] / c[h], py = sy[h] / c[h];
    if (px >= box[0][0] && px <= box[0][1] && py >= box[1][0] && py <= box[1][1]) { x.push(px); y.push(py); }
  }
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
 * drillhole spacing (holeSpacing; sample spacing for point data), rounded to 1-2-2.5-5; block
 * height a quarter of that but at least the composite length; the extent of the samples that
 * carry a value (composites, not collars or unsampled hole sections; trimmedExtent: the outermost
 * 0.5 % on each side of each axis left out), padded by half the spacing (one block vertically),
 * aligned to whole blocks. 2-D data get one layer. Sizes double
 * while the grid would exceed maxBlocks.
 */
export function defaultGrid(samples: SampleSet, opts: GridDefaultsOptions = {}): DerivedGrid {
  const n = samples.x.length;
  if (n === 0) throw new Error('default grid: there are no samples to place a grid around');
  const use = withValue(samples);
  const [x0, x1] = trimmedExtent(samples.x, use), [y0, y1] = trimmedExtent(samples.y, use), [z0, z1] = trimmedExtent(samples.z, use);
  if (![x0, x1, y0, y1, z0, z1].every(Number.isFinite)) throw new Error('default grid: sample coordinates are not finite');
  const box: [number, number][] = [[x0, x1], [y0, y1], [z0, z1]];
  const holes = holePositions(samples, use, box);
  const measured = holes ? holeSpacing(holes) : medianNearestXY(samples.x, samples.y);
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
      const what = holes ? 'drillhole spacing (in plan: the larger of the median distance between holes and √(area / holes))' : 'sample spacing (median nearest-neighbour distance in plan)';
      const size = `${sxy}×${sxy}×${sz}`;
      const coarser = size === first ? '' : ` (${first} coarsened to stay within ${maxBlocks.toLocaleString('en-US')} blocks)`;
      const out = outside(samples, use, [[ox - sxy / 2, ox + (nx - 0.5) * sxy], [oy - sxy / 2, oy + (ny - 0.5) * sxy], flat ? [-Infinity, Infinity] : [oz - sz / 2, oz + (nz - 0.5) * sz]]);
      const left = out > 0 ? ` (${out.toLocaleString('en-US')} outlying samples, beyond the ${100 * GRID_TRIM} %–${100 - 100 * GRID_TRIM} % quantiles of an axis with a long sparse tail, left outside)` : '';
      return { grid, spacing, reason: `blocks ${size} from a ${what} of ${spacing.toPrecision(3)}${coarser}; ${nx}×${ny}×${nz} blocks over the extent of the samples with a value${left}` };
    }
    sxy = niceNumber(sxy * 2);
    if (!flat) sz = niceNumber(sz * 2);
  }
  throw new Error('default grid: unreachable');
}
