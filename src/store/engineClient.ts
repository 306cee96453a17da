/**
 * The store's door to the worker pool (workers/): one pool per page, one worker per core
 * (navigator.hardwareConcurrency), created on first use. Everything the store asks of
 * workers goes through here.
 */
import type { BlockJob } from '../engine/api';
import type { BlockEstimates, BlockGrid, TriangleMesh, Vec3 } from '../engine/types';
import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { prepareCutoffCurve, type CutoffCurveData } from '../engine/resources/cutoffCurve';
import { fitInProcess, type ModelFitter } from '../pipeline/planEstimate';
import { createBrowserPool } from '../../workers/browserPool';
import { newJobId, type WorkerPool } from '../../workers/pool';

/** A running estimate of one element. */
export interface EstimateRun {
  /** Resolves when every chunk has arrived; rejects on error (and with an AbortError on cancel). */
  done: Promise<void>;
  cancel(): void;
}

export interface EstimateCallbacks {
  /** A chunk of consecutive blocks (GSLIB order) has been estimated. */
  onChunk(chunk: BlockEstimates): void;
  /** Fraction done, 0..1. */
  onProgress(fraction: number): void;
}

let pool: WorkerPool | null = null;

/** The page's worker pool (one worker per core). */
export function getPool(): WorkerPool {
  pool ??= createBrowserPool();
  return pool;
}

/** Use this pool instead of the browser's (Node: tests drive the store with workers/nodePool). */
export function setPool(p: WorkerPool | null): void {
  pool = p;
}

/** True for the error a cancelled run rejects with. */
export function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AbortError';
}

/**
 * Starts a block estimation job in the pool, streaming chunks and progress; each chunk is written
 * into `into` (a full-grid result) before onChunk is called.
 */
export function startEstimate(job: Omit<BlockJob, 'id'>, into: EstimateResult, cb: EstimateCallbacks): EstimateRun {
  const controller = new AbortController();
  const done = getPool().estimateBlocks({ ...job, id: newJobId('estimate') }, {
    into,
    signal: controller.signal,
    onChunk: cb.onChunk,
    onProgress: (d, total) => cb.onProgress(total > 0 ? d / total : 1),
  }).then(() => undefined);
  return { done, cancel: () => controller.abort() };
}

/** The isosurface of a block estimate at a cutoff, computed in a worker; positions relative to `origin`. */
export function computeEnvelope(grid: BlockGrid, values: Float64Array, cutoff: number, origin: Vec3): Promise<TriangleMesh> {
  return getPool().call((api) => api.isosurface(grid, values, cutoff, { origin }));
}

/** True where Web Workers exist (the browser); elsewhere (unit tests in Node) work runs in process. */
export function haveWorkers(): boolean {
  return typeof Worker !== 'undefined';
}

/** The cutoff curve (sorted grades, suffix sums) of an estimate, built in a worker; blockVolume m³, density t/m³. */
export async function cutoffCurveData(estimate: Float64Array, blockVolume: number, density: number): Promise<CutoffCurveData> {
  if (!haveWorkers()) return prepareCutoffCurve(estimate, blockVolume, density);
  return getPool().call((api) => api.cutoffCurve(estimate, blockVolume, density));
}

/** Automatic variogram fitting for planEstimate, in a worker (in process without workers). */
export const fitInPool: ModelFitter = async (d) => {
  if (!haveWorkers()) return fitInProcess(d);
  const r = await getPool().call((api) => api.defaultVariogram(d.x, d.y, d.z, d.v));
  return { model: r.model, note: r.note };
};
