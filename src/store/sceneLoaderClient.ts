/**
 * The store's door to the import worker (workers/sceneLoader.worker.ts): a scene's tables are
 * parsed, validated, desurveyed and composited there, so that opening large data keeps the page
 * responsive. Files are read on the page (fetch, dropped files) when the worker asks for them.
 */
import * as Comlink from 'comlink';
import type { Scene } from '../io/scene/schema';
import type { ReadFile } from '../io/scene/tableSource';
import type { OnStage } from '../pipeline/sceneData';
import type { BlockGrid, DesurveyedHoles, SampleSet, Vec3 } from '../engine/types';
import { buildHoleGeometry, type HoleGeometry } from '../engine/drillholes/holeDrawing';
import { interceptMarks, type InterceptMarks } from '../engine/drillholes/interceptMarks';
import { errorRecord, loadScene, type ErrorRecord, type LoadedScene } from '../../workers/sceneLoader';
import type { SceneLoaderApi } from '../../workers/sceneLoader.worker';
import { fitInPool, haveWorkers } from './engineClient';
import { takeEmbeddedTexts } from '../io/scene/embeddedTexts';
import { rememberEmbeddedBlobs } from './embeddedBlobs';
import { droppedFileOf } from './droppedFiles';

let remote: Comlink.Remote<SceneLoaderApi> | null = null;

/** The hole geometry and view frame built with the last data loaded, for its holes, samples, grid and origin. */
let built: { holes: DesurveyedHoles | null; samples: SampleSet | null; grid: BlockGrid | null; origin: Vec3; geometry: HoleGeometry; view?: LoadedScene['viewFrame'] } | null = null;

/** The view frame (bounds, dense bounds, sample colour ranges) the import worker computed with these data, if it did (holes or grid undefined: not compared). */
export function loadedViewFrame(holes: DesurveyedHoles | null | undefined, samples: SampleSet | null, grid?: BlockGrid | null): (NonNullable<LoadedScene['viewFrame']> & { origin: Vec3 }) | undefined {
  if (!built?.view || (holes !== undefined && built.holes !== holes) || built.samples !== samples || (grid !== undefined && built.grid !== grid)) return undefined;
  return { ...built.view, origin: built.origin };
}

/** The page's import worker, started on first use. */
function loader(): Comlink.Remote<SceneLoaderApi> {
  remote ??= Comlink.wrap<SceneLoaderApi>(new Worker(new URL('../../workers/sceneLoader.worker.ts', import.meta.url), { type: 'module', name: 'lode-import' }));
  return remote;
}

/** An Error again from the record the worker rejected with (message, name and fields kept). */
function rebuilt(e: unknown): unknown {
  if (e instanceof Error || typeof e !== 'object' || e === null || typeof (e as ErrorRecord).message !== 'string') return e;
  return Object.assign(new Error((e as ErrorRecord).message), e);
}

/** Loads a scene's data and completes its estimate section, in the import worker (in process without workers). */
export async function loadSceneOffThread(scene: Scene, readFile: ReadFile, onStage?: OnStage): Promise<LoadedScene> {
  if (!haveWorkers()) return loadScene(scene, readFile, onStage, fitInPool);
  try {
    // Variograms are fitted in the engine pool (one element per worker), asked for by the import worker.
    // The page's reader throws errors with a code (missing file…): sent as plain records, which keep their fields.
    // Texts cross as UTF-8 bytes, transferred: cloning a 3 MB string took 130 ms of the page's thread.
    const read: ReadFile = async (path) => {
      let content: string | Uint8Array;
      try { content = await readFile(path); } catch (e) { throw errorRecord(e); }
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content.slice();
      return Comlink.transfer(bytes, [bytes.buffer]);
    };
    // Embedded texts (dropped tables) likewise: the scene crosses without them; a dropped file's text as the file itself.
    const encoder = new TextEncoder();
    const { data, texts } = takeEmbeddedTexts(scene.data, (t): Uint8Array | Blob => droppedFileOf(t) ?? encoder.encode(t));
    const bytes = Comlink.transfer(texts, Object.values(texts).flatMap((b) => (b instanceof Blob ? [] : [b.buffer as ArrayBuffer])));
    const r = await loader().loadScene({ ...scene, data }, Comlink.proxy(read), onStage ? Comlink.proxy(onStage) : undefined, Comlink.proxy(fitInPool), bytes);
    if (r.holeGeometry) built = { holes: r.data.holes ?? null, samples: r.data.samples, grid: r.plan?.grid ?? null, ...r.holeGeometry, view: r.viewFrame };
    if (r.embeddedBlobs) rememberEmbeddedBlobs(scene.data, r.embeddedBlobs);
    return r;
  } catch (e) {
    throw rebuilt(e);
  }
}

/** The 3D view's hole geometry (buildHoleGeometry), built in the import worker (in process without workers). */
export async function holeGeometryOffThread(holes: DesurveyedHoles | null, samples: SampleSet | null, origin: Vec3): Promise<HoleGeometry> {
  if (!haveWorkers()) return buildHoleGeometry(holes, samples, origin);
  // Those of the data just loaded came with them: no copy of every sample position sent back.
  if (built && built.holes === holes && built.samples === samples && built.origin.every((v, i) => v === origin[i])) return built.geometry;
  // Only what the geometry reads crosses (grades stay here).
  const where = samples && { ...samples, values: {}, weight: undefined, domain: undefined };
  return loader().holeGeometry(holes, where, origin);
}

/** The 3D view's intercept marks (interceptMarks), built in the import worker (in process without workers). */
export async function interceptMarksOffThread(...args: Parameters<typeof interceptMarks>): Promise<InterceptMarks> {
  if (!haveWorkers()) return interceptMarks(...args);
  return loader().interceptMarks(...args);
}
