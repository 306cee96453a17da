import { importCollars, importIntervals, importSurveys, validateDrillholes } from '../io/csv';
import type { Scene } from '../io/scene/schema';
import type { ReadFile } from '../io/scene/tableSource';
import { desurvey } from '../engine/drillholes/desurvey';
import { composite, type CompositeOptions } from '../engine/drillholes/composite';
import type { IntervalTable, SampleSet } from '../engine/types';
import { readSceneTable } from './readTables';
import { InputError } from './inputError';
import { emptySamples, samplesFromIntervals } from './samplesFromIntervals';
import type { SceneData } from './sceneData';

type ImportOpts = Parameters<typeof importCollars>[2];

/** The breakOn column: a text column of the assays, else of an interval table (case-insensitive). */
function breakOnOption(name: string, assays: IntervalTable, intervals: IntervalTable[]): CompositeOptions['breakOn'] {
  const find = (t: IntervalTable) => Object.keys(t.categories).find((c) => c === name) ?? Object.keys(t.categories).find((c) => c.toLowerCase() === name.toLowerCase());
  const inAssays = find(assays);
  if (inAssays) return inAssays;
  for (const t of intervals) {
    const c = find(t);
    if (c) return { table: t, column: c };
  }
  const all = [assays, ...intervals].flatMap((t) => Object.keys(t.categories));
  throw new InputError(`composite.breakOn: no text column "${name}" in the assay or interval tables (text columns: ${all.join(', ') || 'none'})`);
}

/**
 * Imports and validates collars, surveys, assays (and extra interval tables), desurveys the
 * holes by minimum curvature and composites when the scene asks; otherwise the samples are
 * the assay intervals at their midpoints.
 */
export async function loadDrillholes(scene: Scene, readFile: ReadFile): Promise<Omit<SceneData, 'caps'>> {
  const d = scene.data;
  if (!d.collars) throw new InputError('data.collars: drillhole data needs a collar table');
  const opts = (src: { columns?: Record<string, string>; format?: 'csv' | 'gslib' }): ImportOpts => ({ ...scene.import, columns: src.columns, format: src.format });
  const [ct, st, at, its] = await Promise.all([
    readSceneTable(d.collars, 'data.collars', readFile),
    d.surveys ? readSceneTable(d.surveys, 'data.surveys', readFile) : null,
    d.assays ? readSceneTable(d.assays, 'data.assays', readFile) : null,
    Promise.all((d.intervals ?? []).map((s, i) => readSceneTable(s, `data.intervals[${i}]`, readFile))),
  ]);
  const v = validateDrillholes({
    collars: importCollars(ct.text, ct.name, opts(d.collars)),
    surveys: st && d.surveys ? importSurveys(st.text, st.name, opts(d.surveys)) : undefined,
    assays: at && d.assays ? importIntervals(at.text, at.name, opts(d.assays)) : undefined,
    intervals: its.map((t, i) => importIntervals(t.text, t.name, opts(d.intervals![i]))),
  });
  const ds = desurvey(v.collars, v.surveys, { declination: scene.import.declination });
  const findings = [...v.report.findings, ...ds.findings];
  let samples: SampleSet;
  let stats: SceneData['composite'];
  if (!d.assays) samples = emptySamples(ds.holes.holeIds);
  else if (scene.composite) {
    const c = scene.composite;
    const r = composite(v.assays, ds.holes, {
      length: c.length, residual: c.residual, minFraction: c.minFraction,
      breakOn: c.breakOn === undefined ? undefined : breakOnOption(c.breakOn, v.assays, v.intervals),
    });
    samples = r.samples;
    stats = r.stats;
    findings.push(...r.findings);
  } else samples = samplesFromIntervals(v.assays, ds.holes);
  return {
    kind: 'drillholes',
    report: { ...v.report, findings },
    findings,
    collars: v.collars, surveys: v.surveys, assays: v.assays, intervals: v.intervals,
    holes: ds.holes,
    samples,
    elements: Object.keys(samples.values),
    is2D: false,
    composite: stats,
  };
}
