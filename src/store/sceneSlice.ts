import type { StateCreator } from 'zustand';
import type { Scene } from '../io/scene/schema';
import { parseScene } from '../io/scene';
import { loadSceneOffThread } from './sceneLoaderClient';
import type { LodeStore } from './types';
import { blockCount } from '../engine/grid/blockGrid';
import { makeReader } from './readers';
import { shownElement } from './shownElement';
import { setOpenData, trackPlanning, withEstimateSection, planScene } from './planState';
import { initialCutoff, resetCurve, viewOf } from './cutoffSlice';
import { withCutoff } from '../io/scene/viewCutoffs';
import { valueRange } from './estimateSlice';
import { messageOf } from './uiSlice';
import { rememberIntercepts } from '../pipeline/interceptsStep';

export type SceneSlice = Pick<LodeStore,
  'scene' | 'sceneBase' | 'data' | 'holes' | 'samples' | 'grid' | 'report' | 'plan' | 'elements' | 'tableTexts' | 'sceneNonce' |
  'loading' | 'sampleScenes' | 'openScene' | 'openSceneText' | 'setView' | 'editScene'>;

/** Opening a scene estimates it at once when its grid has at most this many blocks. */
export const AUTO_ESTIMATE_MAX_BLOCKS = 2_000_000;

/** Token of the latest open: an older open that finishes late never overwrites a newer one. */
let openToken = 0;
/** Token of the latest re-plan after an edit. */
let planToken = 0;
/** Opens under way (loading their data). */
let inFlight = 0;

/** True while a scene is being opened (its data loading). */
export function sceneOpening(): boolean {
  return inFlight > 0;
}

/** The scene document and the data derived from it. */
export const createSceneSlice: StateCreator<LodeStore, [], [], SceneSlice> = (set, get) => ({
  scene: null,
  sceneBase: null,
  data: null,
  holes: null,
  samples: null,
  grid: null,
  report: null,
  plan: null,
  elements: [],
  tableTexts: {},
  sceneNonce: 0,
  loading: null,
  sampleScenes: [],

  async openScene(input, base, files, opts) {
    const token = ++openToken;
    set({ loading: 'loading.scene' });
    inFlight++;
    try {
      const texts: Record<string, string> = {};
      // Parsing, validating, desurveying, compositing and planning run in the import worker.
      // Stage reports come on their own channel and may arrive after the result: those are dropped.
      let loaded = false;
      const { data, plan, intercepts } = await loadSceneOffThread(input, makeReader(base, files, texts),
        (stage) => { if (!loaded && token === openToken) set({ loading: `importing.stage.${stage}` }); });
      loaded = true;
      if (token !== openToken) return false;
      const scene = data.elements.length ? withEstimateSection(input) : input;
      get().cancelEstimate();
      setOpenData(data);
      // Computed in the import worker: the 3D marks and the intercept panels find them ready.
      if (intercepts) rememberIntercepts(input, data, intercepts);
      planToken++;
      const element = scene.view?.element ?? scene.estimate?.elements?.[0] ?? data.elements[0];
      set({
        scene: element && scene.view?.element !== element ? { ...scene, view: { ...viewOf(scene), element } } : scene,
        sceneBase: base,
        data,
        holes: data.holes ?? null,
        samples: data.samples,
        report: data.report,
        elements: data.elements,
        plan,
        grid: plan?.grid ?? null,
        tableTexts: texts,
        estimates: {},
        estimatesVersion: get().estimatesVersion + 1,
        estimatesDirty: null,
        estimateStale: false,
        envelope: null,
        summary: null,
        selection: null,
        probe: null,
        error: null,
        status: { running: false, progress: 0 },
        cutoff: initialCutoff(scene, data.samples),
        // Until an estimate exists the slider spans the sample grades.
        cutoffRange: element && data.samples.values[element] ? valueRange(data.samples.values[element]) : [0, 1],
        sceneNonce: get().sceneNonce + 1,
      });
      const grid = get().grid;
      if (opts?.estimate !== false && element && grid && blockCount(grid) <= AUTO_ESTIMATE_MAX_BLOCKS) void get().runEstimate([element]);
      return true;
    } catch (e) {
      if (token === openToken) set({ error: messageOf(e) });
      return false;
    } finally {
      inFlight--;
      if (token === openToken) set({ loading: null });
    }
  },

  async openSceneText(text, name, base, files) {
    let scene: Scene;
    try {
      scene = parseScene(text, name);
    } catch (e) {
      set({ error: messageOf(e), loading: null });
      return false;
    }
    return get().openScene(scene, base, files);
  },

  setView(patch) {
    const scene = get().scene;
    if (!scene) return;
    const before = shownElement(scene);
    if (patch.element === undefined || patch.element === before) {
      set({ scene: { ...scene, view: { ...viewOf(scene), ...patch } } });
      return;
    }
    // Another element shown: the cutoff of the one left is kept, the new one's own cutoff comes back.
    const kept = withCutoff(viewOf(scene), before, get().cutoff);
    const next = { ...scene, view: { ...kept, ...patch, cutoff: undefined } };
    const cutoff = initialCutoff(next, get().samples);
    next.view = withCutoff(next.view, patch.element, cutoff);
    resetCurve();
    const est = get().estimates[patch.element];
    const samples = get().samples?.values[patch.element];
    set({ scene: next, cutoff, envelope: null, summary: null,
      cutoffRange: est ? valueRange(est.estimate) : samples ? valueRange(samples) : get().cutoffRange });
    const grid = get().grid;
    if (est) { void get().prepareSummary(); void get().updateEnvelope(); }
    else if (grid && !get().status.running && blockCount(grid) <= AUTO_ESTIMATE_MAX_BLOCKS) void get().runEstimate([patch.element]);
  },

  editScene(recipe) {
    const before = get().scene;
    if (!before) return;
    const scene = recipe(before);
    // Surfaces and domain solids are data too (read in the loader; the air mask and block domains come from them), but not their colours.
    const key = (s: Scene) => JSON.stringify([s.data, s.import, s.composite, s.units, s.surfaces?.map((f) => [f.name, f.path, f.gzip, f.excludeAbove]), s.domains?.column, s.domains?.solids]);
    if (key(scene) !== key(before)) {
      // The data change: reload them (texts already read are reused), keep the view.
      void get().openScene(scene, get().sceneBase, get().tableTexts, { estimate: false });
      return;
    }
    const estimateChanged = JSON.stringify([before.estimate, before.domains]) !== JSON.stringify([scene.estimate, scene.domains]);
    set({ scene, estimateStale: get().estimateStale || (estimateChanged && Object.keys(get().estimates).length > 0) });
    if (estimateChanged) trackPlanning(replan(scene, { getState: get, setState: set }));
    else if (JSON.stringify(before.resources) !== JSON.stringify(scene.resources) || before.units !== scene.units) void get().prepareSummary();
  },
});

/** Derived values follow an edit of the estimate section: the plan (grid, searches, …) is recomputed by the pipeline. */
async function replan(scene: Scene, store: { getState: () => LodeStore; setState: (p: Partial<LodeStore>) => void }): Promise<void> {
  const token = ++planToken;
  try {
    const plan = await planScene(scene, undefined, store.getState().plan);
    if (token !== planToken || JSON.stringify(store.getState().scene?.estimate) !== JSON.stringify(scene.estimate)) return;
    const gridChanged = JSON.stringify(store.getState().grid) !== JSON.stringify(plan.grid);
    if (gridChanged) {
      store.getState().cancelEstimate();
      resetCurve();
      store.setState({ plan, grid: plan.grid, estimates: {}, summary: null, envelope: null, estimateStale: false,
        estimatesVersion: store.getState().estimatesVersion + 1, estimatesDirty: null });
      return;
    }
    store.setState({ plan });
    void store.getState().prepareSummary();
  } catch (e) {
    if (token === planToken) store.setState({ error: messageOf(e) });
  }
}

export { viewOf };
