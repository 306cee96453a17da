import type { EngineApi } from '../../engine/api';
import { createEngineApi } from '../../engine/api';
import { haveWorkers } from '../../store/engineClient';
import { createBrowserPool } from '../../../workers/browserPool';
import type { WorkerPool } from '../../../workers/pool';

let local: EngineApi | null = null;
let chartWorker: WorkerPool | null = null;

/**
 * Runs a chart's engine call (statistics, swaths) in a worker of its own, so that charts do not
 * wait behind a running estimate in the main pool; in process where there are no workers (unit tests).
 */
export function inEngine<T>(fn: (api: EngineApi) => T | Promise<T>): Promise<T> {
  if (!haveWorkers()) { local ??= createEngineApi(); return Promise.resolve(fn(local)); }
  chartWorker ??= createBrowserPool(1);
  return chartWorker.call((api) => Promise.resolve(fn(api as unknown as EngineApi)));
}
