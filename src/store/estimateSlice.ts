import { startDomainEstimate } from './domainEstimate';
import { CodedError } from '../io/userMessage';
import { plannedElements } from '../pipeline/planEstimate';
import type { StateCreator } from 'zustand';
import type { BlockEstimates } from '../engine/types';
import { blockCount } from '../engine/grid/blockGrid';
import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { allocateResultInTasks } from '../../workers/results';
import type { LodeStore } from './types';
import { shownElement } from './shownElement';
import { isAbort, startEstimate, type EstimateRun } from './engineClient';
import { blockJobOf, elementPlanOf } from '../pipeline/blockJob';
import { planningDone } from './planState';
import type { ElementPlan } from '../pipeline/planEstimate';
import { resetCurve } from './cutoffSlice';
import { messageOf } from './uiSlice';

export type EstimateSlice = Pick<LodeStore, 'estimates' | 'estimatesVersion' | 'estimatesDirty' | 'status' | 'estimateStale' |
  'runEstimate' | 'cancelEstimate'>;

/** The run in progress (not React state: it holds workers). */
let current: EstimateRun | null = null;
/** Bumped by every start and cancel: a run whose token is stale has been cancelled or superseded. */
let runToken = 0;

/** Longest wait (ms) for a frame before progress is published without one. */
const PUBLISH_FALLBACK_MS = 250;

/** Resolves in a later task (lets the browser render and handle input in between). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Range of the cutoff slider: 0 (grades are not negative, though kriged values can be) to the largest value (1 when none is positive). */
export function valueRange(v: Float64Array): [number, number] {
  let hi = -Infinity;
  for (let i = 0; i < v.length; i++) if (v[i] > hi) hi = v[i];
  return [0, hi > 0 && Number.isFinite(hi) ? hi : 1];
}

/** Runs the kriging of the scene's elements in the worker pool, streaming chunks into the store. */
export const createEstimateSlice: StateCreator<LodeStore, [], [], EstimateSlice> = (set, get) => ({
  estimates: {},
  estimatesVersion: 0,
  estimatesDirty: null,
  status: { running: false, progress: 0 },
  estimateStale: false,

  async runEstimate(only) {
    // An edit's re-plan still running: estimate with its plan, not the one before.
    await planningDone();
    const { scene, plan, grid, data } = get();
    // No grades to estimate (collars alone, text columns only): say so, as lode estimate does.
    if (scene && data && data.elements.length === 0) {
      try { plannedElements(scene, data, only); } catch (e) { set({ error: messageOf(e) }); }
      return;
    }
    if (!scene || !plan || !grid || !scene.estimate) return;
    const keep = get().estimateStale ? {} : get().estimates;
    get().cancelEstimate();
    const shown = shownElement(scene);
    const listed = only ?? scene.estimate.elements ?? (shown ? [shown] : []);
    const elements = shown && listed.includes(shown) ? [shown, ...listed.filter((e) => e !== shown)] : listed;
    if (elements.length === 0) return;
    // Each element runs with its own planned model, search, kriging and discretization (as `lode estimate`).
    const plans: ElementPlan[] = [];
    for (const el of elements) {
      const p = elementPlanOf(plan, el);
      if (!p) {
        const planned = plan.elements.map((q) => q.element).join(', ');
        set({ error: messageOf(new CodedError(`${el}: not among the elements planned for estimation (${planned})`, 'element-not-planned', { element: el, planned })) });
        return;
      }
      plans.push(p);
    }
    const token = ++runToken;
    set({ status: { running: true, progress: 0 }, summary: null });
    // The rest in later tasks: a scene just opened is drawn first.
    await nextTask();
    if (token !== runToken) return;
    const n = blockCount(grid);
    // Estimates of other elements stay when they still fit the grid and parameters.
    const estimates: Record<string, BlockEstimates> = {};
    for (const [el, e] of Object.entries(keep)) if (e.estimate.length === n && !elements.includes(el)) estimates[el] = e;
    // Allocated over tasks; the view's refill of the emptied grid in the next.
    const fresh: Record<string, EstimateResult> = {};
    for (const el of elements) {
      estimates[el] = fresh[el] = await allocateResultInTasks(0, n, nextTask);
      if (token !== runToken) return;
    }
    await nextTask();
    if (token !== runToken) return;
    resetCurve();
    set({
      estimates, envelope: null, summary: null, estimateStale: false,
      status: { running: true, progress: 0 },
      estimatesVersion: get().estimatesVersion + 1, estimatesDirty: { start: 0, end: n },
    });

    // Chunks may arrive faster than frames: publish at most once per frame.
    let lo = Infinity, hi = -Infinity, scheduled = false, progress = 0, over = false;
    const flush = () => {
      if (!scheduled) return;
      scheduled = false;
      if (over || token !== runToken) return;
      const dirty = lo <= hi ? { estimatesVersion: get().estimatesVersion + 1, estimatesDirty: { start: lo, end: hi } } : {};
      set({ ...dirty, status: { running: true, progress } });
      lo = Infinity; hi = -Infinity;
    };
    // Frames may be slow (software WebGL, a large grid) or stopped (hidden page): progress alone is
    // also published on a timer (the blocks wait for a frame, so the view does no extra work).
    let progressTimer: ReturnType<typeof setTimeout> | null = null;
    const publishProgress = () => {
      progressTimer = null;
      if (over || token !== runToken || get().status.progress === progress) return;
      set({ status: { running: true, progress } });
    };
    const schedule = () => {
      progressTimer ??= setTimeout(publishProgress, PUBLISH_FALLBACK_MS);
      if (scheduled) return;
      scheduled = true;
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush); else setTimeout(flush, 16);
    };

    try {
      // The view takes the emptied grid in this task; the pool starts in the next.
      await nextTask();
      if (token !== runToken) return;
      if (plan.domains) {
        // Hard boundaries: every element inside its domains, through the pipeline (src/store/domainEstimate.ts).
        const run = startDomainEstimate(plan, fresh, {
          onChunk(el, start, end) { if (el === elements[0]) { lo = Math.min(lo, start); hi = Math.max(hi, end); } schedule(); },
          onProgress(p) { progress = p; schedule(); },
        });
        current = run;
        await run.done;
        if (token !== runToken) return;
      }
      for (let e = 0; e < (plan.domains ? 0 : elements.length); e++) {
        const full = fresh[elements[e]];
        // The pool writes the chunks into the store's arrays (no second full-grid result).
        const run = startEstimate(blockJobOf(plan, plans[e], ''), full, {
          onChunk(c) {
            if (e === 0) { lo = Math.min(lo, c.start); hi = Math.max(hi, c.start + c.estimate.length); }
            schedule();
          },
          onProgress(p) { progress = (e + p) / elements.length; schedule(); },
        });
        current = run;
        await run.done;
        if (token !== runToken) return; // cancelled or superseded
      }
      current = null;
      scheduled = true;
      flush();
      over = true;
      // Separate tasks: the view's last buffer update, then the curve and envelope (both in workers).
      await nextTask();
      if (token !== runToken) return;
      const range = shown && estimates[shown] ? valueRange(estimates[shown].estimate) : get().cutoffRange;
      set({ status: { running: false, progress: 1 }, cutoffRange: range });
      await Promise.all([get().prepareSummary(), get().updateEnvelope()]);
    } catch (e) {
      over = true;
      if (token !== runToken || isAbort(e)) return; // cancelled or superseded
      current = null;
      set({ status: { running: false, progress: 0, error: messageOf(e) }, error: messageOf(e), estimates: {}, estimatesVersion: get().estimatesVersion + 1, estimatesDirty: null });
    }
  },

  cancelEstimate() {
    if (!current && !get().status.running) return;
    runToken++;
    const run = current;
    current = null;
    run?.cancel();
    resetCurve();
    set({ status: { running: false, progress: 0 }, estimates: {}, summary: null, envelope: null,
      estimatesVersion: get().estimatesVersion + 1, estimatesDirty: null });
  },
});
