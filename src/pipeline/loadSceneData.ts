import type { Scene } from '../io/scene/schema';
import type { ReadFile } from '../io/scene/tableSource';
import { capGrades } from '../engine/drillholes/capping';
import type { Finding } from '../engine/types';
import { InputError } from './inputError';
import { loadDrillholes } from './loadDrillholes';
import { loadPoints } from './loadPoints';
import { loadSurfaces } from './loadSurfaces';
import { resolveElement } from './estimationData';
import { readSolids } from './domains/readSolids';
import type { OnStage, SceneData } from './sceneData';

/**
 * Loads a scene's data: reads the tables (paths through readFile, relative to the scene
 * file; or embedded), imports and validates them, desurveys and composites drillholes, and
 * caps grades. Row-level problems become findings in the report; a missing file or a table
 * without a required column throws (InputError / ImportError) with a one-line reason.
 * onStage hears each stage (reading, validating, desurveying, compositing) as it starts.
 */
export async function loadSceneData(scene: Scene, readFile: ReadFile, onStage?: OnStage): Promise<SceneData> {
  const loaded = scene.data.samples ? await loadPoints(scene, readFile, onStage) : await loadDrillholes(scene, readFile, onStage);
  let base = scene.surfaces?.length ? { ...loaded, surfaces: await loadSurfaces(scene, readFile) } : loaded;
  if (scene.domains?.solids) base = { ...base, solids: await readSolids(scene, readFile) };
  const caps = scene.composite?.caps;
  if (!caps || Object.keys(caps).length === 0) return base;
  const named: Record<string, number> = {};
  for (const [name, cap] of Object.entries(caps)) named[resolveElement(name, base.elements, `composite.caps.${name}`)] = cap;
  let capped;
  try {
    capped = capGrades(base.samples, named);
  } catch (e) {
    throw new InputError(`composite.caps: ${(e as Error).message}`, 'caps-invalid', {}, 'composite.caps');
  }
  const file = scene.data.assays?.name ?? scene.data.assays?.path ?? scene.data.samples?.name ?? scene.data.samples?.path ?? 'samples';
  const capFindings: Finding[] = Object.entries(capped.report).map(([el, r]) => ({
    severity: 'info', code: 'capped', file, column: el, excluded: false,
    params: { element: el, n: r.capped, cap: r.cap, metal: (100 * r.metalFraction).toFixed(1), before: r.meanBefore.toPrecision(4), after: r.meanAfter.toPrecision(4) },
    message: `${el}: ${r.capped} sample${r.capped === 1 ? '' : 's'} capped at ${r.cap} (${(100 * r.metalFraction).toFixed(1)}% of metal removed; mean ${r.meanBefore.toPrecision(4)} → ${r.meanAfter.toPrecision(4)})`,
  }));
  const findings = [...base.findings, ...capFindings];
  return { ...base, samples: capped.samples, uncapped: base.samples.values, caps: capped.report, findings, report: { ...base.report, findings } };
}
