import type { EngineApi } from '../../engine/api';
import { createEngineApi } from '../../engine/api';
import { getPool, haveWorkers } from '../../store/engineClient';

let local: EngineApi | null = null;

/** Runs an engine call in a pool worker (in process where there are no workers, e.g. unit tests). */
export function inEngine<T>(fn: (api: EngineApi) => T | Promise<T>): Promise<T> {
  if (!haveWorkers()) { local ??= createEngineApi(); return Promise.resolve(fn(local)); }
  return getPool().call((api) => Promise.resolve(fn(api as unknown as EngineApi)));
}
