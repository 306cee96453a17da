import type { Finding, IntervalTable } from '../../engine/types.ts';
import { CellReader } from './cellReader.ts';
import { checkFieldCounts } from './fieldCount.ts';
import { fmt } from './findings.ts';
import { resolveImportOptions, type ImportOptions } from './importOptions.ts';
import type { ImportResult } from './importTypes.ts';
import { readTable } from './readTable.ts';
import { resolveColumns } from './resolveColumns.ts';
import { RowCheck } from './rowCheck.ts';
import { readValueColumns } from './valueColumns.ts';

/**
 * Import downhole intervals (assays, lithology): HOLEID, FROM, TO, then every numeric column
 * as a grade (keyed by element symbol: Cu_pct → CU) and every text column as a category
 * (keyed by its name). Missing codes and below-detection values follow the options (negative
 * numbers are below detection in every grade column when negativeIsBelowDetection).
 * Excluded (error): blank hole id, blank/non-numeric FROM or TO, FROM < 0. FROM ≥ TO, overlaps
 * and holes without collars are checked by validateDrillholes. Grade counts cover the kept rows.
 */
export function importIntervals(text: string, fileName: string, options: ImportOptions = {}): ImportResult<IntervalTable> {
  const opts = resolveImportOptions(options);
  const raw = readTable(text, fileName, opts.format);
  const cols = resolveColumns(raw, 'intervals', opts.columns);
  const findings: Finding[] = [...cols.findings];
  checkFieldCounts(raw, findings);
  const reader = new CellReader(opts);
  const check = new RowCheck(reader);
  const { HOLEID: ih, FROM: ifr, TO: ito } = cols.index as Required<typeof cols.index>;
  const names = cols.names;
  const n = raw.records.length;
  const holeId: string[] = [];
  const from = new Float64Array(n), to = new Float64Array(n);
  const kept = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const rec = raw.records[r];
    check.reset();
    const h = check.text(rec, ih, names.HOLEID);
    const f = check.number(rec, ifr, names.FROM);
    const t = check.number(rec, ito, names.TO);
    if (f < 0) check.add('negative-depth', names.FROM, `${names.FROM} ${fmt(f)} is negative`, { column: names.FROM, value: fmt(f) });
    if (!check.ok) { check.exclude(findings, fileName, raw.rows[r], h); continue; }
    holeId.push(h);
    from[k] = f; to[k] = t; kept[k] = r;
    k++;
  }
  const keptRows = kept.slice(0, k);
  const vc = readValueColumns(raw, cols.others, keptRows, reader, () => opts.belowDetection.negativeIsBelowDetection, findings);
  const row = new Int32Array(k);
  for (let i = 0; i < k; i++) row[i] = raw.rows[keptRows[i]];
  const table: IntervalTable = { file: fileName, holeId, from: from.slice(0, k), to: to.slice(0, k), values: vc.values, categories: vc.categories, row };
  return {
    table, findings,
    summary: { kind: 'intervals', file: fileName, rows: n, excluded: n - k, columns: names },
    elements: vc.elements, valueColumns: vc.info,
  };
}
