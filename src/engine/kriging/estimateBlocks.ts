import { blockCount } from '../grid/blockGrid';
import type { BlockEstimates, BlockGrid, EstimationData, KrigingType, SearchParams, VariogramModel, Vec3 } from '../types';
import { Estimator } from './estimator';
import { CONDITION_LIMIT } from './krigingSystem';

/** A block-model estimation: blocks [start, end) of the grid (default: all). */
export interface EstimateRequest {
  data: EstimationData;
  grid: BlockGrid;
  model: VariogramModel;
  search: SearchParams;
  kriging: KrigingType;
  /** Discretization points per block [nx, ny, nz]; [1, 1, 1] = point kriging at the centroids. */
  discretization: Vec3;
  method?: 'kriging' | 'idw';
  idwPower?: number;
  /** Centre of the search frame when data is a subset of a larger set (that set's searchFrameCentre), so results equal the whole set's. */
  searchCentre?: Vec3;
  /** Per grid block, 0 = not estimated here (outside the domain of this run: left NaN, counted in `outside`); absent = every block. */
  active?: Uint8Array;
  start?: number;
  end?: number;
  /** Blocks not to estimate (1 = skip, GSLIB order; e.g. air above a topography): left NaN and counted as unestimated. */
  exclude?: Uint8Array;
}

/** Point (or block-centred) estimation at target locations [start, end). */
export interface PointRequest {
  data: EstimationData;
  model: VariogramModel;
  search: SearchParams;
  kriging: KrigingType;
  x: Float64Array; y: Float64Array; z: Float64Array;
  /** Optional block support centred on each target: size and discretization. */
  block?: { size: Vec3; discretization: Vec3 };
  method?: 'kriging' | 'idw';
  idwPower?: number;
  start?: number;
  end?: number;
}

/**
 * Per-block results plus where the estimate is weak, counted over the range (BlockEstimates:
 * unestimated, singular, ill-conditioned, negative weights). Counts add up across chunks.
 */
export type EstimateResult = BlockEstimates;

export type Progress = (done: number, total: number) => void;

/** How often (in targets) progress is reported (callers throttle by time; a slow target set still moves). */
export const PROGRESS_EVERY = 128;

/** A prepared block estimation: the index is built once; run() any sub-range (e.g. per worker chunk). */
export interface PreparedEstimation {
  estimator: Estimator;
  /** Number of blocks in the grid. */
  total: number;
  run(start?: number, end?: number, onProgress?: Progress): EstimateResult;
}

/** Build the spatial index and scratch for a block-model estimation. */
export function prepareEstimator(req: EstimateRequest): PreparedEstimation {
  const g = req.grid;
  for (let a = 0; a < 3; a++) {
    if (!Number.isInteger(g.count[a]) || g.count[a] < 1) throw new Error(`grid: count must be three integers ≥ 1, got [${g.count.join(', ')}]`);
    if (!(g.size[a] > 0)) throw new Error(`grid: size must be three positive numbers, got [${g.size.join(', ')}]`);
    if (!Number.isFinite(g.origin[a])) throw new Error(`grid: origin must be three finite numbers, got [${g.origin.join(', ')}]`);
  }
  const estimator = new Estimator({ ...req, blockSize: g.size });
  const total = blockCount(g);
  const nx = g.count[0], nxy = nx * g.count[1];
  return {
    estimator, total,
    run(start = req.start ?? 0, end = req.end ?? total, onProgress?: Progress) {
      checkRange(start, end, total);
      return runRange(estimator, start, end, onProgress, req.exclude, req.active, (b, c) => {
        const k = Math.floor(b / nxy), r = b - k * nxy, j = Math.floor(r / nx), i = r - j * nx;
        c[0] = g.origin[0] + i * g.size[0];
        c[1] = g.origin[1] + j * g.size[1];
        c[2] = g.origin[2] + k * g.size[2];
      });
    },
  };
}

/** Estimate blocks [start, end) of the grid (GSLIB order) by kriging or IDW. */
export function estimateBlocks(req: EstimateRequest, onProgress?: Progress): EstimateResult {
  return prepareEstimator(req).run(req.start, req.end, onProgress);
}

/** Estimate at target points [start, end) (point kriging, or blocks centred there with req.block). */
export function estimatePoints(req: PointRequest, onProgress?: Progress): EstimateResult {
  const n = req.x.length;
  if (req.y.length !== n || req.z.length !== n) throw new Error(`targets: x, y, z lengths differ (${n}, ${req.y.length}, ${req.z.length})`);
  const estimator = new Estimator({ ...req, blockSize: req.block?.size, discretization: req.block?.discretization });
  const start = req.start ?? 0, end = req.end ?? n;
  checkRange(start, end, n);
  return runRange(estimator, start, end, onProgress, undefined, undefined, (b, c) => { c[0] = req.x[b]; c[1] = req.y[b]; c[2] = req.z[b]; });
}

function checkRange(start: number, end: number, total: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > total || start > end) {
    throw new Error(`range [${start}, ${end}) is not within [0, ${total})`);
  }
}

function runRange(
  e: Estimator, start: number, end: number, onProgress: Progress | undefined, exclude: Uint8Array | undefined, active: Uint8Array | undefined,
  centre: (index: number, out: Float64Array) => void,
): EstimateResult {
  const len = end - start;
  const res: EstimateResult = {
    start,
    estimate: new Float64Array(len).fill(NaN), variance: new Float64Array(len).fill(NaN),
    slope: new Float64Array(len).fill(NaN), nSamples: new Int32Array(len), nHoles: new Int32Array(len),
    meanDistance: new Float64Array(len).fill(NaN), pass: new Uint8Array(len), singular: 0, unestimated: 0,
    illConditioned: 0, negativeWeights: 0, maxCondition: 0,
  };
  const c = new Float64Array(3);
  if (active) res.outside = 0;
  for (let s = 0; s < len; s++) {
    if (exclude && exclude[start + s]) { res.unestimated++; continue; }
    if (active && !active[start + s]) { res.outside!++; continue; }
    centre(start + s, c);
    const status = e.estimateAt(c[0], c[1], c[2]);
    res.nSamples[s] = e.nSamples;
    res.nHoles[s] = e.nHoles;
    res.meanDistance[s] = e.meanDistance;
    if (status > 0) {
      res.estimate[s] = e.estimate; res.variance[s] = e.variance; res.slope[s] = e.slope;
      res.pass[s] = status;
      const k = e.condition;
      if (k > CONDITION_LIMIT) res.illConditioned++;
      if (k > res.maxCondition) res.maxCondition = k;
      if (e.negativeWeight) res.negativeWeights++;
    } else if (status < 0) res.singular++;
    else res.unestimated++;
    if (onProgress && (s + 1) % PROGRESS_EVERY === 0) onProgress(s + 1, len);
  }
  onProgress?.(len, len);
  return res;
}
