/**
 * Start-up: `?scene=<url>` (same origin) wins; else the autosaved work; else the first
 * sample scene, so a first-time user sees a deposit at once. Autosave starts afterwards.
 * Files the user opens while this runs are never replaced by it.
 */
import type { SampleEntry } from './types';
import { useLode } from './index';
import { restoreAutosave, startAutosave } from './autosave';
import { fetchText } from './readers';
import { userOpenCount } from './importSlice';

/** URL of the sample-models folder (served in dev, copied into the build). */
export function sampleModelsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}sample-models/`, location.href).href;
}

/** Reads sample-models/index.json: an array of entries, or { samples | scenes: [...] }. */
export async function loadSampleIndex(): Promise<SampleEntry[]> {
  const text = await fetchText('index.json', sampleModelsUrl());
  const json: unknown = JSON.parse(text);
  const list = Array.isArray(json) ? json
    : (json as { samples?: unknown[]; scenes?: unknown[]; models?: unknown[] }).samples
      ?? (json as { scenes?: unknown[] }).scenes ?? (json as { models?: unknown[] }).models ?? [];
  return list.flatMap((e): SampleEntry[] => {
    if (typeof e !== 'object' || e === null) return [];
    const o = e as Record<string, unknown>;
    const path = typeof o.path === 'string' ? o.path : typeof o.scene === 'string' ? o.scene : typeof o.file === 'string' ? o.file : null;
    if (!path) return [];
    const name = typeof o.name === 'string' ? o.name : typeof o.title === 'string' ? o.title : path;
    const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);
    return [{ id: typeof o.id === 'string' ? o.id : path, path, name: name.slice(0, 200),
      description: text(o.description, 2000), nameZh: text(o.nameZh, 200), descriptionZh: text(o.descriptionZh, 2000) }];
  });
}

/** Opens a sample scene by its entry. */
export function openSample(entry: SampleEntry): Promise<boolean> {
  return useLode.getState().openUrl(new URL(entry.path, sampleModelsUrl()).href);
}

/** Run the start-up sequence once. */
export async function boot(): Promise<void> {
  const store = useLode.getState();
  const opensBefore = userOpenCount();
  // Files the user opens meanwhile win: nothing is opened over them.
  const userOpened = () => userOpenCount() !== opensBefore;
  let samples: SampleEntry[] = [];
  try {
    samples = await loadSampleIndex();
    useLode.setState({ sampleScenes: samples });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    store.setError({ code: 'sample-index', params: { file: 'sample-models/index.json' }, text: `sample-models/index.json: ${why}`, detail: why });
  }
  const param = new URLSearchParams(location.search).get('scene');
  let opened = false;
  if (param && !userOpened()) opened = await store.openUrl(param);
  if (!opened && !userOpened()) {
    // A failed ?scene= keeps its message visible over the fallback scene.
    const failure = useLode.getState().error;
    if (!param) opened = await restoreAutosave();
    if (!opened && samples.length && !userOpened()) opened = await openSample(samples[0]);
    if (failure) useLode.getState().setError(failure);
  }
  startAutosave();
}
