/**
 * The import worker: reading, validating, desurveying and compositing a scene's data off the
 * page's thread. Browser: new Worker(new URL('./sceneLoader.worker.ts', import.meta.url), { type: 'module' }).
 */
import * as Comlink from 'comlink';
import type { Scene } from '../src/io/scene/schema';
import type { ReadFile } from '../src/io/scene/tableSource';
import type { OnStage } from '../src/pipeline/sceneData';
import type { ModelFitter } from '../src/pipeline/planEstimate';
import { errorRecord, loadScene } from './sceneLoader';
import { transferables } from './transferables';

const api = {
  /** loadScene with its typed arrays transferred; a failure rejects with errorRecord(e). */
  async loadScene(scene: Scene, readFile: ReadFile, onStage?: OnStage, fit?: ModelFitter) {
    try {
      const r = await loadScene(scene, readFile, onStage, fit);
      return Comlink.transfer(r, transferables(r.data, 6));
    } catch (e) {
      throw errorRecord(e);
    }
  },
};

/** What the import worker exposes. */
export type SceneLoaderApi = typeof api;

Comlink.expose(api);
