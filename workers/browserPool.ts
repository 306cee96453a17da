/** Engine workers as browser Web Workers (module workers bundled by Vite). */
import * as Comlink from 'comlink';
import { WorkerPool, type PoolWorker } from './pool';
import type { WorkerApi } from './exposeEngine';

/** Starts one engine Web Worker. */
export function browserEngineWorker(): PoolWorker {
  const w = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'lode-engine' });
  let terminating = false;
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
    w.addEventListener('error', (e) => { if (!terminating) reject(new Error(`engine worker failed: ${e.message || 'could not start'}`)); });
    w.addEventListener('messageerror', () => reject(new Error('engine worker: a message could not be read')));
  });
  failed.catch(() => undefined);
  return {
    api: Comlink.wrap<WorkerApi>(w),
    failed,
    terminate() {
      terminating = true;
      w.terminate();
      // Calls still waiting on this worker end now instead of never.
      fail(new Error('engine worker was terminated'));
    },
  };
}

/** Cores the browser reports (at least 1). */
export function browserPoolSize(): number {
  return Math.max(1, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2);
}

/** A pool of Web Workers, one per core by default. */
export function createBrowserPool(size = browserPoolSize()): WorkerPool {
  return new WorkerPool(browserEngineWorker, size);
}
