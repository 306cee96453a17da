import * as Comlink from 'comlink';
import { createEngineApi, type EngineApi } from '../src/engine/api';
import { transferables } from './transferables';

/** Least time between two progress messages from a worker, ms. */
const PROGRESS_INTERVAL_MS = 100;

/** Progress callback that crosses threads at most every PROGRESS_INTERVAL_MS (the last report always goes). */
function throttled(remote: ((done: number, total: number) => unknown) | undefined) {
  if (!remote) return undefined;
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    void Promise.resolve(remote(done, total)).catch(() => { /* caller gone: ignore */ });
  };
}

/** The engine API with results transferred (not copied) and progress throttled: what the worker exposes. */
export function workerApi(engine: EngineApi = createEngineApi()) {
  const api = {
    ...engine,
    estimateBlockRange(id: string, start: number, end: number, onProgress?: (d: number, t: number) => void) {
      const r = engine.estimateBlockRange(id, start, end, throttled(onProgress));
      return Comlink.transfer(r, transferables(r));
    },
    estimatePoints(req: Parameters<EngineApi['estimatePoints']>[0], onProgress?: (d: number, t: number) => void) {
      const r = engine.estimatePoints(req, throttled(onProgress));
      return Comlink.transfer(r, transferables(r));
    },
    crossValidate(req: Parameters<EngineApi['crossValidate']>[0], onProgress?: (d: number, t: number) => void) {
      const r = engine.crossValidate(req, throttled(onProgress));
      return Comlink.transfer(r, transferables(r));
    },
    experimentalVariograms(...args: Parameters<EngineApi['experimentalVariograms']>) {
      const r = engine.experimentalVariograms(...args);
      return Comlink.transfer(r, transferables(r));
    },
    downholeVariogram(...args: Parameters<EngineApi['downholeVariogram']>) {
      const r = engine.downholeVariogram(...args);
      return Comlink.transfer(r, transferables(r));
    },
    variogramMap(...args: Parameters<EngineApi['variogramMap']>) {
      const r = engine.variogramMap(...args);
      return Comlink.transfer(r, transferables(r));
    },
    defaultVariogram(...args: Parameters<EngineApi['defaultVariogram']>) {
      const r = engine.defaultVariogram(...args);
      return Comlink.transfer(r, transferables(r));
    },
    isosurface(...args: Parameters<EngineApi['isosurface']>) {
      const r = engine.isosurface(...args);
      return Comlink.transfer(r, transferables(r));
    },
    cutoffCurve(...args: Parameters<EngineApi['cutoffCurve']>) {
      const r = engine.cutoffCurve(...args);
      return Comlink.transfer(r, [r.grades.buffer, r.suffixTonnes.buffer, r.suffixMetal.buffer]);
    },
    sortRowsByGrade(...args: Parameters<EngineApi['sortRowsByGrade']>) {
      const r = engine.sortRowsByGrade(...args);
      return Comlink.transfer(r, transferables(r));
    },
  } satisfies EngineApi;
  return api;
}

/** What a pool talks to: the engine API, results transferred. */
export type WorkerApi = ReturnType<typeof workerApi>;
