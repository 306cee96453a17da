import type { ReactNode } from 'react';
import { useLode } from '../store';
import { SceneView } from './SceneView';
import type { SceneStoreApi } from './useSceneData';

/** The app's 3-D view, bound to the app store (or another store given as `store`). */
export function Viewport({ store, children }: { store?: SceneStoreApi; children?: ReactNode }) {
  return <SceneView store={store ?? useLode}>{children}</SceneView>;
}
