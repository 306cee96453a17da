/**
 * Autosave of the work in progress to IndexedDB (idb-keyval), restored on reload.
 * Three records, written when they change: the document (scene, cutoff: small, often),
 * the table texts (on open) and the finished estimates (typed arrays, structured-cloned).
 * Each carries the id of the open they belong to, so a restore never mixes two scenes.
 */
import { get as idbGet, set as idbSet, del as idbDel } from 'idb-keyval';
import type { BlockEstimates } from '../engine/types';
import type { Scene } from '../io/scene/schema';
import { blockCount } from '../engine/grid/blockGrid';
import type { LodeStore } from './types';
import { useLode } from './index';
import { valueRange } from './estimateSlice';
import { AUTO_ESTIMATE_MAX_BLOCKS } from './sceneSlice';
import { shownElement } from './shownElement';
import { sceneWithCutoff } from './cutoffSlice';
import { putEmbeddedTexts } from '../io/scene/embeddedTexts';
import { embeddedBlobs } from './embeddedBlobs';

const DOC = 'lode.autosave.doc';
const TEXTS = 'lode.autosave.texts';
const EST = 'lode.autosave.estimates';
const FORMAT = 1;
/** Distinguishes this page load's records from older ones with the same open counter. */
const SESSION = Math.random().toString(36).slice(2);

/**
 * The scene without its embedded table texts; those are in `embedded` as Blobs (see embeddedBlobs).
 * `estimateStale`: the saved estimates predate an edit of the scene's parameters (absent in older records).
 */
interface DocRecord { format: number; id: string; scene: Scene; base: string | null; cutoff: number; embedded?: Record<string, Blob>; estimateStale?: boolean }
/** Texts as Blobs (IndexedDB stores those without cloning megabytes of strings on the page's thread); strings in older records. */
interface TextsRecord { id: string; texts: Record<string, Blob | string> }
interface EstRecord { id: string; estimates: Record<string, BlockEstimates>; grid: string }

/**
 * Largest estimate kept in IndexedDB (bytes of all arrays). IndexedDB clones on the main thread
 * (about 1 GB/s): bigger models are not kept and are estimated again on reload instead.
 */
export const MAX_ESTIMATE_BYTES = 16 * 1024 * 1024;

/** Bytes of the typed arrays of some estimates. */
export function estimateBytes(estimates: Record<string, BlockEstimates>): number {
  let b = 0;
  for (const e of Object.values(estimates)) for (const v of Object.values(e)) if (ArrayBuffer.isView(v)) b += v.byteLength;
  return b;
}

/** Delay between the last change and the write (ms). */
const DEBOUNCE_MS = 800;

let started = false;

/** Start writing the store to IndexedDB when it changes. Call after the start-up scene is open. */
export function startAutosave(store = useLode): () => void {
  if (started) return () => undefined;
  started = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedNonce = '', savedEstVersion = -1;
  const write = async (s: LodeStore) => {
    if (!s.scene) return;
    const id = `${SESSION}:${s.sceneNonce}`;
    try {
      const scene = sceneWithCutoff(s.scene, s.cutoff);
      const { data, texts: embedded } = embeddedBlobs(scene.data);
      await idbSet(DOC, { format: FORMAT, id, scene: { ...scene, data }, base: s.sceneBase, cutoff: s.cutoff, embedded, estimateStale: s.estimateStale } satisfies DocRecord);
      if (savedNonce !== id) {
        const texts = Object.fromEntries(Object.entries(s.tableTexts).map(([k, v]) => [k, new Blob([v], { type: 'text/plain' })]));
        await idbSet(TEXTS, { id, texts } satisfies TextsRecord);
        savedNonce = id;
      }
      if (!s.status.running && savedEstVersion !== s.estimatesVersion) {
        // Never a half-written estimate: an estimate that started since is not saved.
        const now = store.getState();
        if (now.status.running || now.estimatesVersion !== s.estimatesVersion) return;
        // Out-of-date estimates are kept too (the document says they are), as the page shows them.
        if (Object.keys(s.estimates).length && estimateBytes(s.estimates) <= MAX_ESTIMATE_BYTES) {
          await idbSet(EST, { id, estimates: s.estimates, grid: JSON.stringify(s.grid) } satisfies EstRecord);
        } else await idbDel(EST);
        savedEstVersion = s.estimatesVersion;
      }
    } catch { /* storage full or disabled: autosave is best effort */ }
  };
  const unsub = store.subscribe((s, prev) => {
    if (s.scene === prev.scene && s.cutoff === prev.cutoff && s.status.running === prev.status.running) return;
    if (s.status.running) {
      // An estimate starts: the saved one no longer matches what is shown; a reload now re-estimates.
      if (!prev.status.running) { savedEstVersion = -1; void idbDel(EST).catch(() => undefined); }
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; void write(store.getState()); }, DEBOUNCE_MS);
  });
  return () => { unsub(); started = false; if (timer) clearTimeout(timer); };
}

/** Restore the autosaved scene (and its estimates when they match). Resolves false when there is none or it fails. */
export async function restoreAutosave(store = useLode): Promise<boolean> {
  let doc: DocRecord | undefined, texts: TextsRecord | undefined, est: EstRecord | undefined;
  try {
    [doc, texts, est] = await Promise.all([idbGet<DocRecord>(DOC), idbGet<TextsRecord>(TEXTS), idbGet<EstRecord>(EST)]);
  } catch { return false; }
  if (!doc || doc.format !== FORMAT || !doc.scene) return false;
  let files: Record<string, string> | undefined;
  try {
    if (texts && texts.id === doc.id) {
      files = Object.fromEntries(await Promise.all(Object.entries(texts.texts).map(async ([k, v]) => [k, typeof v === 'string' ? v : await v.text()] as const)));
    }
  } catch { files = undefined; }
  let scene = doc.scene;
  try {
    if (doc.embedded) scene = { ...scene, data: putEmbeddedTexts(scene.data, Object.fromEntries(await Promise.all(Object.entries(doc.embedded).map(async ([k, b]) => [k, await b.text()] as const)))) };
  } catch { return false; }
  const ok = await store.getState().openScene(scene, doc.base, files, { estimate: false });
  if (!ok) { store.getState().setError(null); return false; }
  const s = store.getState();
  const el = s.scene ? shownElement(s.scene) : undefined;
  if (!s.grid) return true;
  const n = blockCount(s.grid);
  // Saved estimates are used only when they belong to this scene's open and grid, and are complete.
  const haveEst = !!est && est.id === doc.id && est.grid === JSON.stringify(s.grid)
    && Object.values(est.estimates).every((e) => e.start === 0 && e.estimate.length === n);
  if (haveEst && est) {
    store.setState({
      estimates: est.estimates, estimatesVersion: s.estimatesVersion + 1, estimatesDirty: { start: 0, end: n }, estimateStale: doc.estimateStale === true,
      cutoffRange: el && est.estimates[el] ? valueRange(est.estimates[el].estimate) : s.cutoffRange,
    });
    void store.getState().prepareSummary();
    void store.getState().updateEnvelope();
  } else if (el && n <= AUTO_ESTIMATE_MAX_BLOCKS) void s.runEstimate([el]);
  return true;
}

/** Forget the autosaved work. */
export async function clearAutosave(): Promise<void> {
  await Promise.all([idbDel(DOC), idbDel(TEXTS), idbDel(EST)]);
}
