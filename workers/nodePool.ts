/**
 * Engine workers as Node worker threads (CLI, bench, tests). Node only: the browser app
 * uses browserPool.ts with the same WorkerPool and worker module.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { WorkerPool, type PoolWorker } from './pool';
import type { WorkerApi } from './exposeEngine';

/** Set to true by scripts/buildCli.mjs in the compiled CLI (dist-cli/), where the worker is compiled beside it. */
declare const __LODE_BUILT__: boolean | undefined;
const BUILT = typeof __LODE_BUILT__ !== 'undefined' && __LODE_BUILT__;

/** A worker thread on the compiled worker module, or on the TypeScript one loaded through tsx (nodeBoot.mjs). */
function startThread(): Worker {
  if (BUILT) return new Worker(new URL('./engine.worker.mjs', import.meta.url));
  return new Worker(new URL('./nodeBoot.mjs', import.meta.url), { workerData: { entry: new URL('./engine.worker.ts', import.meta.url).href } });
}

/** Starts one engine worker thread; `thread` is the Node worker. */
export function nodeEngineWorker(): PoolWorker & { thread: Worker } {
  const w = startThread();
  let terminating = false;
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
    w.once('error', (e) => reject(e instanceof Error ? e : new Error(String(e))));
    w.once('exit', (code) => { if (!terminating) reject(new Error(`engine worker thread exited unexpectedly (code ${code})`)); });
  });
  failed.catch(() => undefined);
  return {
    thread: w,
    api: Comlink.wrap<WorkerApi>(nodeEndpoint(w as unknown as Parameters<typeof nodeEndpoint>[0])),
    failed,
    terminate() {
      terminating = true;
      void w.terminate();
      // Calls still waiting on this worker end now instead of never.
      fail(new Error('engine worker was terminated'));
    },
  };
}

/** Threads available to this process. */
export function nodePoolSize(): number {
  return availableParallelism();
}

/** A pool of `threads` engine worker threads (default: one per core). Call terminate() when done. */
export function createNodePool(threads = nodePoolSize()): WorkerPool {
  return new WorkerPool(nodeEngineWorker, threads);
}
