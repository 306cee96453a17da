import type { StateCreator } from 'zustand';
import { viewSection, type Scene, type ViewSection } from '../io/scene/schema';
import { parseScene } from '../io/scene';
import { loadSceneData } from '../pipeline/loadSceneData';
import type { LodeStore } from './types';
import { blockCount } from '../engine/grid/blockGrid';
import { makeReader } from './readers';
import { gridOf, shownElement, withEstimateDefaults } from './estimateDefaults';
import { initialCutoff, resetCurve } from './cutoffSlice';
import { valueRange } from './estimateSlice';
import { messageOf } from './uiSlice';

export type SceneSlice = Pick<LodeStore,
  'scene' | 'sceneBase' | 'data' | 'holes' | 'samples' | 'grid' | 'report' | 'elements' | 'tableTexts' | 'sceneNonce' |
  'loading' | 'sampleScenes' | 'openScene' | 'openSceneText' | 'setView' | 'editScene'>;

/** Opening a scene estimates it at once when its grid has at most this many blocks. */
export const AUTO_ESTIMATE_MAX_BLOCKS = 2_000_000;

/** Token of the latest open: an older open that finishes late never overwrites a newer one. */
let openToken = 0;

/** The scene document and the data derived from it. */
export const createSceneSlice: StateCreator<LodeStore, [], [], SceneSlice> = (set, get) => ({
  scene: null,
  sceneBase: null,
  data: null,
  holes: null,
  samples: null,
  grid: null,
  report: null,
  elements: [],
  tableTexts: {},
  sceneNonce: 0,
  loading: null,
  sampleScenes: [],

  async openScene(input, base, files, opts) {
    const token = ++openToken;
    set({ loading: 'loading.scene' });
    try {
      const texts: Record<string, string> = {};
      const data = await loadSceneData(input, makeReader(base, files, texts));
      if (token !== openToken) return false;
      const scene = await withEstimateDefaults(input, data);
      if (token !== openToken) return false;
      get().cancelEstimate();
      const element = scene.view?.element ?? scene.estimate?.elements?.[0] ?? data.elements[0];
      set({
        scene: element && scene.view?.element !== element ? { ...scene, view: { ...viewOf(scene), element } } : scene,
        sceneBase: base,
        data,
        holes: data.holes ?? null,
        samples: data.samples,
        report: data.report,
        elements: data.elements,
        grid: gridOf(scene),
        tableTexts: texts,
        estimates: {},
        estimatesVersion: get().estimatesVersion + 1,
        estimatesDirty: null,
        estimateStale: false,
        envelope: null,
        summary: null,
        selection: null,
        probe: null,
        pending: null,
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
    set({ scene: { ...scene, view: { ...viewOf(scene), ...patch } } });
    if (patch.element !== undefined && patch.element !== before) {
      // Another element shown: its curve, slider range, summary and envelope.
      resetCurve();
      const est = get().estimates[patch.element];
      set({ cutoffRange: est ? valueRange(est.estimate) : get().cutoffRange, envelope: null, summary: null });
      const grid = get().grid;
      if (est) { void get().prepareSummary(); void get().updateEnvelope(); }
      else if (grid && !get().status.running && blockCount(grid) <= AUTO_ESTIMATE_MAX_BLOCKS) void get().runEstimate([patch.element]);
    }
  },

  editScene(recipe) {
    const before = get().scene;
    if (!before) return;
    const scene = recipe(before);
    const key = (s: Scene) => JSON.stringify([s.data, s.import, s.composite, s.units]);
    if (key(scene) !== key(before)) {
      // The data change: reload them (texts already read are reused), keep the view.
      void get().openScene(scene, get().sceneBase, get().tableTexts, { estimate: false });
      return;
    }
    const gridChanged = JSON.stringify(before.estimate?.grid) !== JSON.stringify(scene.estimate?.grid);
    const estimateChanged = JSON.stringify(before.estimate) !== JSON.stringify(scene.estimate);
    if (gridChanged) {
      get().cancelEstimate();
      resetCurve();
      set({ scene, grid: gridOf(scene), estimates: {}, summary: null, envelope: null, estimateStale: false,
        estimatesVersion: get().estimatesVersion + 1, estimatesDirty: null });
      return;
    }
    set({ scene, estimateStale: get().estimateStale || (estimateChanged && Object.keys(get().estimates).length > 0) });
    if (JSON.stringify(before.resources) !== JSON.stringify(scene.resources) || before.units !== scene.units) void get().prepareSummary();
  },
});

/** The view section with every default filled. */
export function viewOf(scene: Scene): ViewSection {
  return scene.view ?? viewSection.parse({});
}
