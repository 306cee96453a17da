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
import { interceptMarks } from '../src/engine/drillholes/interceptMarks';
import { errorRecord, loadScene, type LoadedScene } from './sceneLoader';
import { dataBounds, denseBounds, localOrigin } from '../src/scene/bounds';
import { robustRange } from '../src/scene/blockAttributes';
import { putEmbeddedTexts } from '../src/io/scene/embeddedTexts';
import { transferables } from './transferables';

const api = {
  /**
   * loadScene with its typed arrays (data and plan) transferred; a failure rejects with errorRecord(e).
   * `texts`: the scene's embedded texts as UTF-8 bytes or the dropped files they were read from (takeEmbeddedTexts), put back here.
   */
  async loadScene(scene: Scene, readFile: ReadFile, onStage?: OnStage, fit?: ModelFitter, texts: Record<string, Uint8Array | Blob> = {}) {
    try {
      const decoder = new TextDecoder();
      // The autosave keeps embedded texts as Blobs: made (or kept) here, a Blob crosses as a handle (the page never copies the text).
      const blobs = Object.fromEntries(Object.entries(texts).map(([at, b]) => [at, b instanceof Blob ? b : new Blob([b as Uint8Array<ArrayBuffer>], { type: 'text/plain' })]));
      // A dropped file decodes as Blob.text() read it on the page (UTF-8, BOM dropped).
      const read = await Promise.all(Object.entries(blobs).map(async ([at, b]) => [at, decoder.decode(await b.arrayBuffer())] as const));
      const data = putEmbeddedTexts(scene.data, Object.fromEntries(read));
      const r: LoadedScene = await loadScene({ ...scene, data }, readFile, onStage, fit);
      // The 3D view's holes, in the frame the page will draw them in (its local origin), built here too.
      const d = r.data;
      if (d.holes || d.samples.x.length) {
        const origin = localOrigin(d.holes ?? null, d.samples, r.plan?.grid ?? null);
        r.holeGeometry = { origin, geometry: buildHoleGeometry(d.holes ?? null, d.samples, origin) };
        // What the view's first render asks of every sample, by the view's own functions, computed here.
        r.viewFrame = {
          bounds: dataBounds(d.holes ?? null, d.samples, r.plan?.grid ?? null),
          dense: denseBounds(d.holes ?? null, d.samples),
          gradeRanges: Object.fromEntries(Object.entries(d.samples.values).map(([el, v]) => [el, robustRange(v)])),
        };
      }
      r.embeddedBlobs = blobs;
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
  /** interceptMarks with its arrays transferred (the 3D view's intercept marks). */
  interceptMarks(...args: Parameters<typeof interceptMarks>) {
    const r = interceptMarks(...args);
    return Comlink.transfer(r, transferables(r));
  },
};

/** What the import worker exposes. */
export type SceneLoaderApi = typeof api;

Comlink.expose(api);
