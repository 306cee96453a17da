import { createContext, createElement, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { viewSection, type ViewSection } from '../io/scene/schema';
import type { LodeStore } from '../store/types';
import type { Vec3 } from '../engine/types';
import { dataBounds, localOrigin, type Bounds } from './bounds';
import { loadedViewFrame } from '../store/sceneLoaderClient';
import { gradeUnitOf } from '../pipeline/gradeUnits';

/** The part of the app store the 3D view reads and the two actions it calls. */
export type SceneState = Pick<LodeStore,
  'scene' | 'report' | 'holes' | 'samples' | 'grid' | 'estimates' | 'estimatesVersion' | 'estimatesDirty' | 'envelope' |
  'cutoff' | 'status' | 'selection' | 'viewCommand' | 'sceneNonce' | 'setView' | 'select' | 'data' | 'probe' | 'blockResources' | 'plan'>;

/** What the view needs of a store: zustand's StoreApi (the app's `useLode` is one) satisfies it. */
export interface SceneStoreApi {
  getState(): SceneState;
  subscribe(listener: (state: SceneState, prev: SceneState) => void): () => void;
}

const StoreContext = createContext<SceneStoreApi | null>(null);

/** Provide the store to the 3D view and its overlays: `<SceneStoreProvider store={useLode}>`. */
export function SceneStoreProvider({ store, children }: { store: SceneStoreApi; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store (for getState/subscribe in effects and the frame loop: fast state such as the cutoff). */
export function useSceneStoreApi(): SceneStoreApi {
  const api = useContext(StoreContext);
  if (!api) throw new Error('3D view used outside <SceneStoreProvider>');
  return api;
}

/** Subscribe to a slice of the store; the selector must return stored references or primitives. */
export function useSceneStore<U>(selector: (s: SceneState) => U): U {
  const api = useSceneStoreApi();
  return useSyncExternalStore(api.subscribe, () => selector(api.getState()), () => selector(api.getState()));
}

const DEFAULT_VIEW: ViewSection = viewSection.parse({});

/** scene.view with defaults filled (a stable object while the scene is unchanged). */
export function useView(): ViewSection {
  return useSceneStore((s) => s.scene?.view) ?? DEFAULT_VIEW;
}

/** The element shown: view.element, else the first estimated, else the first grade of the samples. */
export function shownElement(s: SceneState): string | null {
  return s.scene?.view?.element ?? s.scene?.estimate?.elements?.[0] ?? Object.keys(s.samples?.values ?? {})[0] ?? null;
}

/** Local origin (real coordinates) and data bounds; stable while holes, samples and grid are. */
export function useFrameOfReference(): { origin: Vec3; bounds: Bounds | null } {
  const holes = useSceneStore((s) => s.holes);
  const samples = useSceneStore((s) => s.samples);
  const grid = useSceneStore((s) => s.grid);
  return useMemo(() => frameOfReference(holes, samples, grid), [holes, samples, grid]);
}

type Frame = { origin: Vec3; bounds: Bounds | null };
let lastFrame: { holes: SceneState['holes']; samples: SceneState['samples']; grid: SceneState['grid']; frame: Frame } | null = null;

/** The frame of the last data asked for, computed once for the twenty components that use it (bounds go through every sample). */
function frameOfReference(holes: SceneState['holes'], samples: SceneState['samples'], grid: SceneState['grid']): Frame {
  if (lastFrame && lastFrame.holes === holes && lastFrame.samples === samples && lastFrame.grid === grid) return lastFrame.frame;
  // Those of the data just loaded were computed in the import worker (same functions).
  const pre = loadedViewFrame(holes, samples, grid);
  const frame = pre ? { origin: pre.origin, bounds: pre.bounds } : { origin: localOrigin(holes, samples, grid), bounds: dataBounds(holes, samples, grid) };
  lastFrame = { holes, samples, grid, frame };
  return frame;
}

/** Length unit of the scene. */
export function useUnits(): 'm' | 'ft' {
  return useSceneStore((s) => s.scene?.units) ?? 'm';
}

/** Grade unit of an element by the pipeline's rule (gradeUnitOf: scene, column name, convention), as `lode report` gives it. */
export function useGradeUnit(element: string | null): string {
  const scene = useSceneStore((s) => s.scene);
  const report = useSceneStore((s) => s.report);
  return useMemo(() => (element && scene ? gradeUnitOf(scene.gradeUnits, element, report ?? undefined) : ''), [element, scene, report]);
}

/** Grade units of every element (for lists of several elements), by the same rule as useGradeUnit. */
export function useGradeUnits(): (element: string) => string {
  const scene = useSceneStore((s) => s.scene);
  const report = useSceneStore((s) => s.report);
  return useMemo(() => (element: string) => gradeUnitOf(scene?.gradeUnits, element, report ?? undefined), [scene, report]);
}
