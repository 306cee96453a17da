/**
 * The app store: zustand slices combined in one place. `scene` is the document; every UI
 * edit goes through an action into it, and derived data (holes, samples, estimates,
 * envelope) is recomputed from it. The 3D view reads fast state (cutoff) with
 * useLode.getState()/subscribe in its frame loop instead of re-rendering.
 */
import { create } from 'zustand';
import type { LodeStore } from './types';
import { createSceneSlice } from './sceneSlice';
import { createEstimateSlice } from './estimateSlice';
import { createCutoffSlice } from './cutoffSlice';
import { createImportSlice } from './importSlice';
import { createUiSlice } from './uiSlice';
import { watchResources } from './resourceSlice';

export const useLode = create<LodeStore>()((...a) => ({
  ...createSceneSlice(...a),
  ...createEstimateSlice(...a),
  ...createCutoffSlice(...a),
  ...createImportSlice(...a),
  ...createUiSlice(...a),
  blockResources: null, resourceError: null,
}));
watchResources(useLode);

export type { LodeStore, LodeState, CutoffSummary, SampleEntry, PendingTable, TableKind, Selection, ViewCommand } from './types';
export { shownElement } from './shownElement';
export { shownBasis } from './shownBasis';
export { viewOf } from './sceneSlice';
export { sceneWithCutoff } from './cutoffSlice';
