import { create } from 'zustand';
import type { Scene } from '../../io/scene/schema';
import type { SceneData } from '../../pipeline/sceneData';
import { crossValidateAll, planEstimate, type ElementCrossValidation } from '../../pipeline';
import { fitInPool, getPool, isAbort } from '../../store/engineClient';

/** A cross-validation of one element with the options it ran with. */
export interface XvalRun {
  element: string;
  leaveHoleOut: boolean;
  max?: number;
  result: ElementCrossValidation;
  /** The scene data it ran on (a result of older data is not shown). */
  data: SceneData;
}

interface ValidationState {
  run: XvalRun | null;
  running: boolean;
  progress: number;
  error: string | null;
  /** Cross-validates `element` of the scene in the worker pool, as `lode xval` does (same plan, same options). */
  crossValidate(scene: Scene, data: SceneData, element: string, leaveHoleOut: boolean): Promise<void>;
  cancel(): void;
}

let controller: AbortController | null = null;

/** Cross-validation results of the Validation tab (transient UI state: not part of the scene). */
export const useValidation = create<ValidationState>()((set) => ({
  run: null, running: false, progress: 0, error: null,
  async crossValidate(scene, data, element, leaveHoleOut) {
    controller?.abort();
    const c = new AbortController();
    controller = c;
    set({ running: true, progress: 0, error: null });
    try {
      const plan = await planEstimate(scene, data, { elements: [element], fit: fitInPool });
      const max = scene.estimate?.crossValidation?.max;
      const res = await crossValidateAll(plan, getPool(), {
        leaveHoleOut, max, signal: c.signal,
        onProgress: (_el, done, total) => set({ progress: total > 0 ? done / total : 0 }),
      });
      if (controller !== c) return;
      set({ run: { element, leaveHoleOut, max, result: res[element], data }, running: false, progress: 1 });
    } catch (e) {
      if (controller !== c || isAbort(e)) return;
      set({ running: false, error: (e as Error).message });
    } finally {
      if (controller === c) controller = null;
    }
  },
  cancel() {
    controller?.abort();
    controller = null;
    set({ running: false, progress: 0 });
  },
}));
