import type { Finding } from '../../engine/types.ts';
import {
  CELL_ABOVE_DETECTION, CELL_BELOW_DETECTION, CELL_MISSING, CELL_NOT_NUMERIC, CellReader,
} from './cellReader.ts';
import { normalizeColumnName, SAMPLE_ID_NAMES } from './columnNames.ts';
import { parseElementName } from './elementName.ts';
import { CappedFindings, FINDINGS_CAP, makeFinding } from './findings.ts';
import type { ElementSummary, ValueColumnInfo } from './importTypes.ts';
import type { RawTable } from './rawTable.ts';
import type { OtherColumn } from './resolveColumns.ts';

export interface ValueColumns {
  values: Record<string, Float64Array>;
  categories: Record<string, string[]>;
  info: ValueColumnInfo[];
  elements: ElementSummary[];
}

/** Share of non-blank cells that must read as numbers for a column not named like an element to be numeric. */
const NUMERIC_SHARE = 0.9;

interface ReadColumn {
  info: ValueColumnInfo;
  data?: Float64Array;
  missing: number; below: number; above: number;
  /** Positions (in kept order) of cells that are not numbers. */
  text: number[];
}

/**
 * Read the non-role columns of the kept records. A column is numeric (a grade) when it is named
 * like an element (Au_ppm, CU) or mapped by name, and has at least one number or no value at all;
 * or when at least 90 % of its non-blank cells are numbers. Otherwise (and always for sample-id
 * names) it is a category column of trimmed strings. Grade keys are the element symbol ('AU'), or
 * the name as written for other names; colliding keys fall back to the upper-cased column name.
 * `negativeIsBelow(info)` says whether negative numbers in that column mean below detection.
 * Text cells in a grade column read as missing, each with a warning (capped per column).
 * Per grade column, values/missing/below-detection are counted over the kept rows.
 */
export function readValueColumns(
  raw: RawTable, others: OtherColumn[], kept: Int32Array, reader: CellReader,
  negativeIsBelow: (info: ValueColumnInfo) => boolean, findings: Finding[],
): ValueColumns {
  const file = raw.file;
  const n = kept.length;
  const cols: ReadColumn[] = others.map((c) => readColumn(raw, c, kept, reader, negativeIsBelow));
  const info = cols.map((c) => c.info);
  assignKeys(info, file, findings);

  const values: Record<string, Float64Array> = {};
  const categories: Record<string, string[]> = {};
  const elements: ElementSummary[] = [];
  for (const col of cols) {
    const { key, column, index } = col.info;
    if (!col.data) {
      const out = new Array<string>(n);
      for (let k = 0; k < n; k++) out[k] = (raw.records[kept[k]][index] ?? '').trim();
      categories[key] = out;
      continue;
    }
    const capped = new CappedFindings(findings, FINDINGS_CAP, (more, total) => makeFinding('warning', 'non-numeric', file,
      `${more} more values in column '${column}' are not numbers (${total} in all) — read as missing`, false, { column, params: { more, total, column }, variant: 'summary' }));
    for (const k of col.text) {
      const value = (raw.records[kept[k]][index] ?? '').trim();
      capped.add(makeFinding('warning', 'non-numeric', file, `${column} '${value}' is not a number — read as missing`, false,
        { row: raw.rows[kept[k]], column, params: { column, value } }));
    }
    capped.finish();
    if (col.above > 0) {
      findings.push(makeFinding('info', 'above-detection', file, `${col.above} values in column '${column}' are above a detection limit ('>x') and read as the limit`, false, { column, params: { n: col.above, column } }));
    }
    values[key] = col.data;
    const summary: ElementSummary = { name: key, column, values: n - col.missing, missing: col.missing, belowDetection: col.below };
    if (col.info.unit) summary.unit = col.info.unit;
    elements.push(summary);
  }
  return { values, categories, info, elements };
}

/** One pass over a column: values and counts, then the numeric/category decision. */
function readColumn(raw: RawTable, c: OtherColumn, kept: Int32Array, reader: CellReader,
  negativeIsBelow: (info: ValueColumnInfo) => boolean): ReadColumn {
  const category: ReadColumn = { info: { index: c.index, column: c.name, key: c.key ?? c.name, kind: 'category' }, missing: 0, below: 0, above: 0, text: [] };
  if (c.key === undefined && SAMPLE_ID_NAMES.has(normalizeColumnName(c.name))) return category;
  const parsed = parseElementName(c.key ?? c.name);
  const info: ValueColumnInfo = { index: c.index, column: c.name, key: c.key ?? parsed?.element ?? c.name, kind: 'value' };
  if (parsed) { info.element = parsed.element; if (parsed.unit) info.unit = parsed.unit; }
  const negBelow = negativeIsBelow(info);
  const n = kept.length;
  const data = new Float64Array(n);
  const text: number[] = [];
  let missing = 0, below = 0, above = 0, blank = 0;
  const j = c.index;
  for (let k = 0; k < n; k++) {
    const v = reader.readGrade(raw.records[kept[k]][j], negBelow);
    data[k] = v;
    const st = reader.status;
    if (v !== v) missing++;
    if (st === CELL_MISSING) blank++;
    else if (st === CELL_BELOW_DETECTION) below++;
    else if (st === CELL_ABOVE_DETECTION) above++;
    else if (st === CELL_NOT_NUMERIC) text.push(k);
  }
  const nonBlank = n - blank;
  const numeric = nonBlank - text.length;
  const isNumeric = parsed || c.key !== undefined ? numeric > 0 || nonBlank === 0 : nonBlank > 0 && numeric >= NUMERIC_SHARE * nonBlank;
  return isNumeric ? { info, data, missing, below, above, text } : category;
}

/** Make keys unique: colliding keys become the upper-cased column name (Au_ppm → AU_PPM), then get a suffix. */
function assignKeys(info: ValueColumnInfo[], file: string, findings: Finding[]): void {
  const count = new Map<string, number>();
  for (const c of info) count.set(c.key, (count.get(c.key) ?? 0) + 1);
  const used = new Set<string>();
  for (const c of info) {
    if (count.get(c.key) === 1) { used.add(c.key); continue; }
    const old = c.key;
    let key = c.column.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '') || 'COLUMN';
    for (let s = 2; used.has(key) || (count.get(key) ?? 0) === 1; s++) key = `${key.replace(/_\d+$/, '')}_${s}`;
    used.add(key);
    c.key = key;
    findings.push(makeFinding('info', 'renamed-column', file, `several columns would be called ${old}: column '${c.column}' is read as ${key}`, false, { column: c.column, params: { old, column: c.column, key } }));
  }
}
