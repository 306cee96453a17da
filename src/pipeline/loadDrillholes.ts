import { importCollars, importIntervals, importSurveys, validateDrillholes } from '../io/csv';
import type { Scene } from '../io/scene/schema';
import type { ReadFile } from '../io/scene/tableSource';
import { desurvey } from '../engine/drillholes/desurvey';
import { composite, type CompositeOptions } from '../engine/drillholes/composite';
import type { IntervalTable, SampleSet } from '../engine/types';
import { readSceneTable } from './readTables';
import { InputError } from './inputError';
import { emptySamples, samplesFromIntervals } from './samplesFromIntervals';
import type { OnStage, SceneData } from './sceneData';
import { numericAsCategory } from './domains/codeColumn';

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
  throw new InputError(`composite.breakOn: no text column "${name}" in the assay or interval tables (text columns: ${all.join(', ') || 'none'})`,
    'break-column-missing', { column: name, columns: all.join(', ') }, 'composite.breakOn');
}

/** The column composites break on: composite.breakOn, else the domain column (domains.column); they must agree when both are given. */
function breakColumn(scene: Scene): string | undefined {
  const b = scene.composite?.breakOn, d = scene.domains?.column;
  if (b !== undefined && d !== undefined && b.toLowerCase() !== d.toLowerCase()) {
    throw new InputError(`composite.breakOn (${b}) differs from domains.column (${d}): composites must break where the domain code changes`, 'domain-break-differs', { breakOn: b, column: d }, 'composite.breakOn');
  }
  return b ?? d;
}

/**
 * Imports and validates collars, surveys, assays (and extra interval tables), desurveys the
 * holes by minimum curvature and composites when the scene asks; otherwise the samples are
 * the assay intervals at their midpoints.
 */
export async function loadDrillholes(scene: Scene, readFile: ReadFile, onStage?: OnStage): Promise<Omit<SceneData, 'caps'>> {
  const d = scene.data;
  if (!d.collars) throw new InputError('data.collars: drillhole data needs a collar table', 'no-collar-table', {}, 'data.collars');
  onStage?.('read');
  const opts = (src: { columns?: Record<string, string>; format?: 'csv' | 'gslib' }): ImportOpts => ({ ...scene.import, columns: src.columns, format: src.format });
  const [ct, st, at, its] = await Promise.all([
    readSceneTable(d.collars, 'data.collars', readFile),
    d.surveys ? readSceneTable(d.surveys, 'data.surveys', readFile) : null,
    d.assays ? readSceneTable(d.assays, 'data.assays', readFile) : null,
    Promise.all((d.intervals ?? []).map((s, i) => readSceneTable(s, `data.intervals[${i}]`, readFile))),
  ]);
  onStage?.('validate');
  const v = validateDrillholes({
    collars: importCollars(ct.text, ct.name, opts(d.collars)),
    surveys: st && d.surveys ? importSurveys(st.text, st.name, opts(d.surveys)) : undefined,
    assays: at && d.assays ? importIntervals(at.text, at.name, opts(d.assays)) : undefined,
    intervals: its.map((t, i) => importIntervals(t.text, t.name, opts(d.intervals![i]))),
  });
  const codeColumn = scene.domains?.column;
  if (codeColumn !== undefined) {
    v.assays = numericAsCategory(v.assays, codeColumn);
    v.intervals = v.intervals.map((t) => numericAsCategory(t, codeColumn));
  }
  const ds = desurvey(v.collars, v.surveys, { declination: scene.import.declination });
  onStage?.('read');
  const findings = [...v.report.findings, ...ds.findings];
  let samples: SampleSet;
  let stats: SceneData['composite'];
  if (!d.assays) samples = emptySamples(ds.holes.holeIds);
  else if (scene.composite) {
    const c = scene.composite;
    onStage?.('composite');
    const r = composite(v.assays, ds.holes, {
      length: c.length, residual: c.residual, minFraction: c.minFraction,
      breakOn: breakColumn(scene) === undefined ? undefined : breakOnOption(breakColumn(scene)!, v.assays, v.intervals),
    });
    samples = r.samples;
    stats = r.stats;
    findings.push(...r.findings);
  } else {
    samples = samplesFromIntervals(v.assays, ds.holes);
    const col = scene.domains?.column;
    if (col !== undefined) {
      const by = breakOnOption(col, v.assays, []);
      // Uncomposited samples are the assay rows themselves: their code is the assay column's.
      samples.domain = v.assays.categories[by as string];
    }
  }
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
