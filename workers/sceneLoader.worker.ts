/**
 * The import worker: reading, validating, desurveying and compositing a scene's data off the
 * page's thread. Browser: new Worker(new URL('./sceneLoader.worker.ts', import.meta.url), { type: 'module' }).
 */
import * as Comlink from 'comlink';
import type { Scene } from '../src/io/scene/schema';
import type { ReadFile } from '../src/io/scene/tableSource';
import type { OnStage } from '../src/pipeline/sceneData';
import type { ModelFitter } from '../src/pipeline/planEstimate';
import { buildHoleGeometry } from '../src/engine/drillholes/holeDrawing';
import { errorRecord, loadScene } from './sceneLoader';
import { transferables } from './transferables';

const api = {
  /** loadScene with its typed arrays (data and plan) transferred; a failure rejects with errorRecord(e). */
  async loadScene(scene: Scene, readFile: ReadFile, onStage?: OnStage, fit?: ModelFitter) {
    try {
      const r = await loadScene(scene, readFile, onStage, fit);
      return Comlink.transfer(r, transferables(r, 7));
    } catch (e) {
      throw errorRecord(e);
    }
  },
  /** buildHoleGeometry with its arrays transferred (the 3D view's holes, built while the page draws). */
  holeGeometry(...args: Parameters<typeof buildHoleGeometry>) {
    const r = buildHoleGeometry(...args);
    return Comlink.transfer(r, transferables(r));
  },
};

/** What the import worker exposes. */
export type SceneLoaderApi = typeof api;

Comlink.expose(api);
