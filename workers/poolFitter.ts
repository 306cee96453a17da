import type { ModelFitter } from '../src/pipeline/planEstimate';
import type { WorkerPool } from './pool';

/** A ModelFitter for planEstimate that fits the automatic variogram on a pool worker (keeps the page responsive). */
export function poolFitter(pool: WorkerPool, signal?: AbortSignal): ModelFitter {
  return async (d) => {
    const r = await pool.call((api) => api.defaultVariogram(d.x, d.y, d.z, d.v, { hole: d.hole }), signal);
    return { model: r.model, note: r.note };
  };
}
