import * as Comlink from 'comlink';
import { getPool, haveWorkers } from '../store/engineClient';
import type { GradeSorter } from './blockBuffers';

/**
 * Block order sorted, and the attributes gathered, in the app's worker pool (the engine's
 * sortRowsByGrade; the arrays are transferred there and back), or null where there are no Web
 * Workers (then the view sorts in place).
 */
export function workerSorter(): GradeSorter | null {
  if (!haveWorkers()) return null;
  return (grade, above, columns) => {
    const buffers = [...new Set([grade, ...columns].map((a) => a.buffer as ArrayBuffer))];
    return getPool().call((api) => api.sortRowsByGrade(Comlink.transfer(grade, buffers), above, columns));
  };
}
