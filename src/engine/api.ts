import type { BlockGrid, TriangleMesh } from './types';
import { prepareEstimator, estimatePoints, type EstimateRequest, type EstimateResult, type PointRequest, type PreparedEstimation } from './kriging/estimateBlocks';
import { crossValidate, type CrossValidationRequest, type CrossValidationResult } from './kriging/crossValidate';
import { experimentalVariograms, type ExperimentalOptions, type ExperimentalVariogram, type VariogramDirection } from './variogram/experimental';
import { downholeVariogram, type DownholeSamples } from './variogram/downhole';
import { variogramMap, type VariogramMap, type VariogramMapOptions } from './variogram/variogramMap';
import { defaultVariogram, type DefaultVariogram } from './variogram/defaultVariogram';
import { fitVariogramDetailed, type FitInput, type FitOptions, type VariogramFit } from './variogram/fit';
import { isosurface, type IsosurfaceOptions } from './isosurface/isosurface';
import { prepareCutoffCurve, type CutoffCurveData } from './resources/cutoffCurve';
import { sortRowsByGrade, type SortedRows } from './grid/gradeOrder';
import { summarize, type Summary } from './stats/summary';
import { swathTable, type SwathAxis, type SwathTable } from './stats/swathTable';
import { distribution, positiveRange, type Distribution, type DistributionInput } from './stats/distribution';

/**
 * The engine as a worker serves it: plain data in (structured-cloneable), typed arrays out.
 * workers/engine.worker.ts exposes exactly this object through comlink; the same object
 * runs on the main thread in tests. Nothing here knows about workers.
 */

/** A block-model estimation job, identified so each worker prepares it (index, scratch) once. */
export interface BlockJob extends Omit<EstimateRequest, 'start' | 'end'> {
  /** Unique per job (e.g. `${runId}:${element}`); workers cache the prepared estimator under it. */
  id: string;
}

/** Progress of a running range: targets done and total of that range. */
export type RangeProgress = (done: number, total: number) => void;

/** Prepared jobs a worker keeps at most (oldest dropped first). */
const MAX_PREPARED = 4;

/** Creates one engine instance with its own cache of prepared estimators. */
export function createEngineApi() {
  const prepared = new Map<string, PreparedEstimation>();

  function preparedJob(id: string): PreparedEstimation {
    const p = prepared.get(id);
    if (!p) throw new Error(`engine: estimation job "${id}" was not prepared in this worker`);
    return p;
  }

  return {
    /** Builds the estimator of a block job once (spatial index, scratch); returns the grid's block count. */
    prepareBlocks(job: BlockJob): number {
      const have = prepared.get(job.id);
      if (have) return have.total;
      while (prepared.size >= MAX_PREPARED) prepared.delete(prepared.keys().next().value as string);
      const { id, ...req } = job;
      const p = prepareEstimator(req);
      prepared.set(id, p);
      return p.total;
    },

    /** Estimates blocks [start, end) of a prepared job (GSLIB order); NaN = unestimated. */
    estimateBlockRange(id: string, start: number, end: number, onProgress?: RangeProgress): EstimateResult {
      return preparedJob(id).run(start, end, onProgress);
    },

    /** True when the job is prepared here (a pool checks before sending the job's samples again). */
    isPrepared(id: string): boolean {
      return prepared.has(id);
    },

    /** Drops a prepared job (its index and scratch). */
    release(id: string): void {
      prepared.delete(id);
    },

    /** Point (or block-centred) estimates at targets [start, end) of the request. */
    estimatePoints(req: PointRequest, onProgress?: RangeProgress): EstimateResult {
      return estimatePoints(req, onProgress);
    },

    /** Summaries, declustered means, log histograms (on one shared range) and cumulative curves of several sample sets. */
    distributions(inputs: DistributionInput[], bins: number): Distribution[] {
      const range = positiveRange(...inputs.map((i) => i.values));
      return inputs.map((i) => distribution(i, bins, range));
    },

    /** Summary statistics of values (NaN ignored), weighted when weights are given. */
    summarize(values: Float64Array, weights?: Float64Array): Summary {
      return summarize(values, weights);
    },

    /** Swath table of elements along axes (see swathTable): the numbers `lode swath` writes. */
    swathTable(grid: BlockGrid, samples: Parameters<typeof swathTable>[1], estimates: Record<string, Float64Array>,
      elements: string[], axes: SwathAxis[], width?: number): SwathTable {
      return swathTable(grid, samples, estimates, elements, axes, width);
    },

    /** Leave-one-out (or leave-one-hole-out) cross-validation of the samples in req.indices (default all). */
    crossValidate(req: CrossValidationRequest, onProgress?: RangeProgress): CrossValidationResult {
      return crossValidate(req, onProgress);
    },

    /** Experimental variograms of v, one per direction (undefined = omnidirectional). */
    experimentalVariograms(
      x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array,
      opts: Omit<ExperimentalOptions, 'direction'> & { directions: (VariogramDirection | undefined)[] },
    ): ExperimentalVariogram[] {
      return experimentalVariograms(x, y, z, v, opts);
    },

    /** Downhole experimental variogram (pairs within each hole, downhole distance). */
    downholeVariogram(samples: DownholeSamples, v: Float64Array, opts: { lag: number; lagCount: number; lagTolerance?: number }): ExperimentalVariogram {
      return downholeVariogram(samples, v, opts);
    },

    /** Automatic variogram model of v (lag from the data, omnidirectional fit, anisotropy when clear). */
    defaultVariogram(x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, opts?: { maxPairs?: number; hole?: Int32Array }): DefaultVariogram {
      return defaultVariogram(x, y, z, v, opts);
    },

    /** Horizontal variogram map of v (γ per cell of pair offset). */
    variogramMap(x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, opts: VariogramMapOptions): VariogramMap {
      return variogramMap(x, y, z, v, opts);
    },

    /** Weighted least-squares fit of a model to experimental variograms. */
    fitVariogram(input: FitInput | FitInput[], opts?: FitOptions): VariogramFit {
      return fitVariogramDetailed(input, opts);
    },

    // ---- Isosurface (src/engine/isosurface) -------------------------------------
    /** Envelope of a block field at a level (marching cubes); positions relative to options.origin. */
    isosurface(grid: BlockGrid, values: Float64Array | Float32Array, level: number, options?: IsosurfaceOptions): TriangleMesh {
      return isosurface(grid, values, level, options);
    },

    // ---- Resources (the app's cutoff slider) ------------------------------------
    /** Cutoff curve data of a block estimate (blockVolume m³, density t/m³), built off the main thread; query it with queryCutoffCurve. */
    cutoffCurve(estimate: Float64Array, blockVolume: number, density: number): CutoffCurveData {
      const c = prepareCutoffCurve(estimate, blockVolume, density);
      return { grades: c.grades, suffixTonnes: c.suffixTonnes, suffixMetal: c.suffixMetal, unestimated: c.unestimated };
    },

    // ---- Block order (the 3D view's cutoff as a draw count) ------------------------------
    /** Rows with grade > above sorted by decreasing float32 grade (ties by index), each column gathered in that order (float32). */
    sortRowsByGrade(grade: Float32Array | Float64Array, above: number, columns: (Float32Array | Float64Array)[]): SortedRows {
      return sortRowsByGrade(grade, above, columns);
    },
  };
}

/** The engine API (what a worker exposes). */
export type EngineApi = ReturnType<typeof createEngineApi>;
