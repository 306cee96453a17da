import type { CollarTable, Finding, IntervalTable, SurveyTable, ValidationReport } from '../../engine/types.ts';
import { endOfHole } from './endOfHole.ts';
import { makeFinding } from './findings.ts';
import { collarDirection, gatherCollars, gatherIntervals, gatherSurveys } from './gatherTables.ts';
import type { ImportResult, TableSummary } from './importTypes.ts';
import { validateCollars } from './validateCollars.ts';
import { validateIntervals, type CheckedIntervals } from './validateIntervals.ts';
import { validateSurveys } from './validateSurveys.ts';
import { surveyCoverage } from './surveyCoverage.ts';

export interface DrillholeImports {
  collars: ImportResult<CollarTable>;
  surveys?: ImportResult<SurveyTable>;
  assays?: ImportResult<IntervalTable>;
  /** Further interval tables (lithology, domains). */
  intervals?: ImportResult<IntervalTable>[];
}

/**
 * Cleaned drillhole tables. Hole h is collars row h; surveys and interval tables are grouped by
 * hole in collar order and sorted by depth; `offsets` give each hole's rows (CSR: hole h owns
 * rows offset[h] .. offset[h+1]-1).
 */
export interface ValidatedDrillholes {
  /** Kept collars (file order); `depth` is the end of hole (given, extended or derived; NaN = unknown). */
  collars: CollarTable;
  /** Kept stations, dip negative-down; a hole without stations has one synthetic vertical station at 0 (row 0). */
  surveys: SurveyTable;
  /** Kept assay intervals (an empty table when no assay table was given). */
  assays: IntervalTable;
  intervals: IntervalTable[];
  offsets: { surveys: Int32Array; assays: Int32Array; intervals: Int32Array[] };
  report: ValidationReport;
}

/**
 * Validate imported drillhole tables against each other and build the report. Besides the
 * import findings: duplicate collars, rows whose hole has no collar, FROM ≥ TO, duplicated and
 * overlapping intervals (excluded; see validateIntervals), dummy survey stations (excluded; see
 * validateSurveys), intervals below a stated end of hole (kept, warning), end of hole derived
 * from the data (info), holes without surveys (warning: vertical), collars without assays (info), and
 * holes whose surveys start below the collar or end above the deepest data (info; see surveyCoverage).
 */
export function validateDrillholes(input: DrillholeImports): ValidatedDrillholes {
  const findings: Finding[] = [];
  const c = input.collars.table;
  const { keep, holeIndex } = validateCollars(c, findings);
  const nHoles = keep.length;
  const holeIds = Array.from(keep, (i) => c.holeId[i]);
  const excludedCollars = new Map<string, number>();
  for (const f of input.collars.findings) if (f.excluded && f.holeId !== undefined && f.row !== undefined) excludedCollars.set(f.holeId, f.row);

  const intervalInputs = [...(input.assays ? [input.assays] : []), ...(input.intervals ?? [])];
  const checked: { table: IntervalTable; checked: CheckedIntervals }[] = intervalInputs.map((r) => ({
    table: r.table, checked: validateIntervals(r.table, holeIndex, nHoles, c.file, excludedCollars, findings),
  }));

  const givenDepth = Float64Array.from(keep, (i) => c.depth[i]);
  const known = new Float64Array(nHoles).fill(-Infinity);
  for (let h = 0; h < nHoles; h++) {
    if (Number.isFinite(givenDepth[h])) known[h] = givenDepth[h];
    for (const t of checked) known[h] = Math.max(known[h], t.checked.deepest[h]);
  }
  const s = input.surveys?.table;
  const sv = s
    ? validateSurveys(s, holeIndex, known, givenDepth, c.file, excludedCollars, findings)
    : { order: new Int32Array(0), offset: new Int32Array(nHoles + 1), deepest: new Float64Array(nHoles).fill(-Infinity), excluded: 0 };

  const eoh = endOfHole(c, keep, input.collars.summary.columns.DEPTH !== undefined, checked, sv.deepest, findings);
  if (s) findings.push(...surveyCoverage(s, sv.order, sv.offset, eoh, holeIds));

  const traced: string[] = [];
  for (let h = 0; h < nHoles; h++) {
    if (sv.offset[h + 1] !== sv.offset[h]) continue;
    const i = keep[h];
    if (c.azimuth && c.dip && collarDirection(c.azimuth[i], c.dip[i])) { traced.push(holeIds[h]); continue; }
    findings.push(makeFinding('warning', 'no-survey', c.file, `hole ${holeIds[h]} has no survey: treated as vertical`, false, { row: c.row[i], holeId: holeIds[h] }));
  }
  if (traced.length > 0) {
    findings.push(makeFinding('info', 'collar-orientation', c.file,
      `${traced.length} hole${traced.length === 1 ? '' : 's'} without survey rows traced as a straight line from the collar's azimuth and dip to the end of hole: ${traced.join(', ')}`, false));
  }
  if (input.assays) {
    const a = checked[0].checked;
    for (let h = 0; h < nHoles; h++) {
      if (a.offset[h + 1] === a.offset[h]) {
        findings.push(makeFinding('info', 'no-assays', c.file, `hole ${holeIds[h]} has no assays`, false, { row: c.row[keep[h]], holeId: holeIds[h] }));
      }
    }
  }

  const collars = gatherCollars(c, keep, eoh);
  const surveys = gatherSurveys(s, s?.file ?? '', holeIds, sv.order, sv.offset, collars);
  const cleaned = checked.map((t) => gatherIntervals(t.table, t.checked.order));
  const emptyAssays: IntervalTable = { file: '', holeId: [], from: new Float64Array(0), to: new Float64Array(0), values: {}, categories: {}, row: new Int32Array(0) };

  const tables: TableSummary[] = [{ ...input.collars.summary, excluded: input.collars.summary.excluded + (c.holeId.length - nHoles) }];
  if (input.surveys) tables.push({ ...input.surveys.summary, excluded: input.surveys.summary.excluded + sv.excluded });
  intervalInputs.forEach((r, k) => tables.push({
    ...r.summary, kind: input.assays && k === 0 ? 'assays' : 'intervals', excluded: r.summary.excluded + checked[k].checked.excluded,
  }));

  const allFindings = sortFindings([
    ...input.collars.findings, ...(input.surveys?.findings ?? []), ...intervalInputs.flatMap((r) => r.findings), ...findings,
  ], tables.map((t) => t.file));

  return {
    collars,
    surveys: surveys.table,
    assays: input.assays ? cleaned[0] : emptyAssays,
    intervals: input.assays ? cleaned.slice(1) : cleaned,
    offsets: {
      surveys: surveys.offset,
      assays: input.assays ? checked[0].checked.offset : new Int32Array(nHoles + 1),
      intervals: checked.slice(input.assays ? 1 : 0).map((t) => t.checked.offset),
    },
    report: { findings: allFindings, tables, elements: intervalInputs.flatMap((r) => r.elements) },
  };
}

/** Findings by table (collars, surveys, assays, intervals), then row (table-level first), stable otherwise. */
function sortFindings(f: Finding[], files: string[]): Finding[] {
  const rank = new Map<string, number>();
  files.forEach((file, i) => { if (!rank.has(file)) rank.set(file, i); });
  return f.map((x, i) => ({ x, i }))
    .sort((a, b) => (rank.get(a.x.file) ?? 99) - (rank.get(b.x.file) ?? 99) || (a.x.row ?? 0) - (b.x.row ?? 0) || a.i - b.i)
    .map((e) => e.x);
}
