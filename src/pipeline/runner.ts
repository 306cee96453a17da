import { createEngineApi, type BlockJob } from '../engine/api';
import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { summarize, type CrossValidationRequest, type CrossValidationResult } from '../engine/kriging/crossValidate';

/** Options of a runner call (the pool's RunOptions). */
export interface RunnerOptions<C> {
  onProgress?: (done: number, total: number) => void;
  onChunk?: (chunk: C) => void;
  signal?: AbortSignal;
  /** Blocks [start, end) of the grid (estimateBlocks; default all). */
  start?: number;
  end?: number;
  /** estimateBlocks: leave the job prepared (index built) after the call, as more ranges of it follow; releaseJob(id) drops it. */
  keep?: boolean;
}

/**
 * What runs estimates: the worker pool (workers/pool.ts WorkerPool satisfies this), or
 * localRunner() on the calling thread. The pipeline depends only on this shape.
 */
export interface EstimateRunner {
  estimateBlocks(job: BlockJob, opts?: RunnerOptions<EstimateResult>): Promise<EstimateResult>;
  crossValidate(req: CrossValidationRequest, opts?: RunnerOptions<CrossValidationResult>): Promise<CrossValidationResult>;
  /** Drops a job that calls with `keep` left prepared. */
  releaseJob?(id: string): void;
}

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw Object.assign(new Error('The estimate was cancelled'), { name: 'AbortError' });
}

/** Runs the engine on the calling thread (tests, `--threads 0`): same results as the pool, one chunk. */
export function localRunner(): EstimateRunner {
  const engine = createEngineApi();
  return {
    async estimateBlocks(job, opts = {}) {
      checkAbort(opts.signal);
      const total = engine.prepareBlocks(job);
      try {
        const r = engine.estimateBlockRange(job.id, opts.start ?? 0, opts.end ?? total, opts.onProgress);
        opts.onChunk?.(r);
        return r;
      } finally {
        if (!opts.keep) engine.release(job.id);
      }
    },
    releaseJob(id) {
      engine.release(id);
    },
    async crossValidate(req, opts = {}) {
      checkAbort(opts.signal);
      const r = engine.crossValidate(req, opts.onProgress);
      opts.onChunk?.(r);
      return { ...r, summary: summarize(r.value, r.estimate, r.variance) };
    },
  };
}
