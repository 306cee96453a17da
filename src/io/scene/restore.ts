import { SCENE_VERSION, sceneSchema, type Scene } from './schema';
import { SceneError } from './sceneError';
import { formatIssue, formatPath } from './formatIssue';
import { restoreViewCutoffs } from './viewCutoffs';

/**
 * Upgrades from format version v to v + 1, keyed by v. Empty while only v1 exists; a v2
 * adds `1: (s) => …` here and every older file keeps opening (excalidraw data/restore.ts).
 */
const UPGRADES: Record<number, (scene: Record<string, unknown>) => Record<string, unknown>> = {};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Checks that raw is a Lode scene of a version this build reads; upgrades older versions. */
function guardVersion(raw: unknown, file: string): Record<string, unknown> {
  if (!isPlainObject(raw)) {
    throw new SceneError(file, `not a Lode scene: expected a JSON object with "lode": ${SCENE_VERSION}, found ${Array.isArray(raw) ? 'a list' : typeof raw}`);
  }
  if (!('lode' in raw)) {
    throw new SceneError(file, `not a Lode scene: the format version field "lode" is missing`, { field: 'lode' });
  }
  const v = raw.lode;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new SceneError(file, `lode: the format version must be a whole number >= 1 (got ${JSON.stringify(v)})`, { field: 'lode' });
  }
  if (v > SCENE_VERSION) {
    throw new SceneError(file, `lode: scene format ${v} was written by a newer Lode; this version reads format ${SCENE_VERSION} and older`, { field: 'lode' });
  }
  let scene = raw;
  for (let from = v; from < SCENE_VERSION; from++) {
    const up = UPGRADES[from];
    if (!up) throw new SceneError(file, `lode: no upgrade from scene format ${from}`, { field: 'lode' });
    scene = { ...up(scene), lode: from + 1 };
  }
  return scene;
}

/**
 * Restores a parsed scene: version guard, upgrades, schema validation with defaults filled
 * (view included, so the app always has one). Throws SceneError naming the first bad fields.
 */
export function restoreScene(raw: unknown, file: string): Scene {
  const upgraded = guardVersion(raw, file);
  const result = sceneSchema.safeParse(upgraded);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 3).map((i) => formatIssue(i, upgraded));
    const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : '';
    const first = result.error.issues[0];
    const field = formatPath(first.code === 'unrecognized_keys' ? [...first.path, first.keys[0]] : first.path);
    throw new SceneError(file, lines.join('; ') + more, { field });
  }
  const scene = result.data;
  scene.view = scene.view ? restoreViewCutoffs(scene.view) : sceneSchema.shape.view.unwrap().parse({});
  return scene;
}
