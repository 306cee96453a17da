import type { StateCreator } from 'zustand';
import { viewSection, type Scene, type ViewSection } from '../io/scene/schema';
import { cutoffOf, withCutoff } from '../io/scene/viewCutoffs';
import { queryCutoffCurve, type CutoffCurveData } from '../engine/resources/cutoffCurve';
import type { CutoffSummary, LodeStore } from './types';
import { shownElement } from './shownElement';
import { envelopeContour } from '../pipeline/envelopeContour';
export { initialCutoff, roundNice } from '../pipeline/initialCutoff';
import { resourceBasis } from '../pipeline/resourceBasis';
import { computeEnvelope, cutoffCurveData, fitInPool, getPool } from './engineClient';
import { messageOf } from './uiSlice';

export type CutoffSlice = Pick<LodeStore, 'cutoff' | 'cutoffRange' | 'summary' | 'envelope' | 'envelopeBusy' |
  'setCutoff' | 'updateEnvelope' | 'prepareSummary'>;

/** What a prepared curve was built from: the estimate array (by identity), block volume and density. */
interface CurveKey { estimate: Float64Array; volume: number; density: number }

/** The cutoff curve of the shown estimate, prepared in a worker (sorted once; each query O(log n)). Not React state. */
let curve: { key: CurveKey; data: CutoffCurveData } | null = null;

/** What the curve of the current state must be built from, or null without an estimate of the shown element. */
function curveKey(state: Pick<LodeStore, 'scene' | 'estimates' | 'grid' | 'report'>): CurveKey | null {
  const { scene, grid } = state;
  const el = scene ? shownElement(scene) : undefined;
  const est = el ? state.estimates[el] : undefined;
  if (!scene || !grid || !est || !el) return null;
  const basis = resourceBasis(scene, grid, el, state.report);
  return { estimate: est.estimate, volume: basis.volumeM3, density: basis.density };
}

const sameKey = (a: CurveKey, b: CurveKey) => a.estimate === b.estimate && a.volume === b.volume && a.density === b.density;

/** Forget the prepared curve (new scene, new estimate). */
export function resetCurve(): void {
  curve = null;
}

/** Summary at a cutoff from the prepared curve (O(log n)), or null when there is none for the shown estimate. */
export function summaryAt(state: Pick<LodeStore, 'scene' | 'estimates' | 'grid' | 'report' | 'status'>, cutoff: number): CutoffSummary | null {
  const key = curveKey(state);
  if (!key || !curve || !sameKey(key, curve.key) || state.status.running) return null;
  const q = queryCutoffCurve(curve.data, cutoff);
  return { cutoff, tonnes: q.tonnes, grade: q.grade, metal: q.metal, blocks: q.blocks };
}

/** Grade–tonnage series of the shown estimate at the given cutoffs (from the prepared curve), or null. */
export function gradeTonnage(state: Pick<LodeStore, 'scene' | 'estimates' | 'grid' | 'report' | 'status'>, cutoffs: number[]):
  { tonnes: number[]; grade: number[]; metal: number[] } | null {
  const key = curveKey(state);
  if (!key || !curve || !sameKey(key, curve.key) || state.status.running) return null;
  const out = { tonnes: [] as number[], grade: [] as number[], metal: [] as number[] };
  for (const c of cutoffs) {
    const q = queryCutoffCurve(curve.data, c);
    out.tonnes.push(q.tonnes); out.grade.push(q.grade); out.metal.push(q.metal);
  }
  return out;
}

let envelopeToken = 0;

/** Cutoff (fast state), its summary, and the envelope at it. */
export const createCutoffSlice: StateCreator<LodeStore, [], [], CutoffSlice> = (set, get) => ({
  cutoff: 0,
  cutoffRange: [0, 1],
  summary: null,
  envelope: null,
  envelopeBusy: false,

  setCutoff(cutoff) {
    if (!Number.isFinite(cutoff)) return;
    set({ cutoff, summary: summaryAt(get(), cutoff) });
  },

  async prepareSummary() {
    const key = curveKey(get());
    if (!key || get().status.running) { set({ summary: null }); return; }
    if (!curve || !sameKey(key, curve.key)) {
      try {
        const data = await cutoffCurveData(key.estimate, key.volume, key.density);
        const now = curveKey(get());
        if (!now || !sameKey(now, key)) return; // superseded
        curve = { key, data };
      } catch (e) {
        set({ error: messageOf(e) });
        return;
      }
    }
    set({ summary: summaryAt(get(), get().cutoff) });
  },

  async updateEnvelope() {
    const { scene, grid, estimates, cutoff } = get();
    if (!scene || !grid) return;
    const el = shownElement(scene);
    if (cutoffOf(scene.view, el) !== cutoff || scene.view?.cutoff !== cutoff) {
      const v = withCutoff(viewOf(scene), el, cutoff);
      get().setView({ cutoff: v.cutoff, cutoffs: v.cutoffs });
    }
    const est = el ? estimates[el] : undefined;
    if (!est || get().status.running) return;
    const token = ++envelopeToken;
    set({ envelopeBusy: true });
    try {
      // A domain solid or grade shell (domains.envelope) replaces the estimate's isosurface; block domains are cached per plan.
      const c = await envelopeContour(scene, get().plan, estimates, getPool(), cutoff, fitInPool);
      const mesh = c && await computeEnvelope(grid, c.values, c.level, grid.origin);
      if (token === envelopeToken) set({ envelope: mesh });
    } catch (e) {
      if (token === envelopeToken) set({ error: messageOf(e) });
    } finally {
      if (token === envelopeToken) set({ envelopeBusy: false });
    }
  },
});

/** The view section with every default filled. */
export function viewOf(scene: Scene): ViewSection {
  return scene.view ?? viewSection.parse({});
}

/** The scene with the cutoff recorded for the element shown (what a saved file keeps). */
export function sceneWithCutoff(scene: Scene, cutoff: number): Scene {
  return { ...scene, view: withCutoff(viewOf(scene), shownElement(scene), cutoff) };
}
