import type { Finding, PointTable } from '../../engine/types.ts';
import { CellReader } from './cellReader.ts';
import { checkFieldCounts } from './fieldCount.ts';
import { resolveImportOptions, type ImportOptions } from './importOptions.ts';
import type { ImportResult } from './importTypes.ts';
import { readTable } from './readTable.ts';
import { resolveColumns } from './resolveColumns.ts';
import { RowCheck } from './rowCheck.ts';
import { readValueColumns } from './valueColumns.ts';
import { pointChecks } from './pointChecks.ts';

/**
 * Import point samples from CSV or GSLIB/GEO-EAS (`.dat`): X, Y, optional Z (absent → is2D,
 * z = 0), optional HOLEID, and every other numeric column as a value (element symbol for
 * element names, else the column name as written); text columns become categories.
 * Negative numbers are below detection only in columns named like an element (a normal score
 * or a residual may be negative). Excluded (error): blank/non-numeric X, Y or (when present) Z.
 * Also reported (see pointChecks): 2-D data (no Z) and samples sharing a location.
 */
export function importPoints(text: string, fileName: string, options: ImportOptions = {}): ImportResult<PointTable> {
  const opts = resolveImportOptions(options);
  const raw = readTable(text, fileName, opts.format);
  const cols = resolveColumns(raw, 'samples', opts.columns);
  const findings: Finding[] = [...cols.findings];
  checkFieldCounts(raw, findings);
  const reader = new CellReader(opts);
  const check = new RowCheck(reader);
  const { X: ix, Y: iy, Z: iz, HOLEID: ih } = cols.index;
  const names = cols.names;
  const n = raw.records.length;
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n);
  const holes: string[] = [];
  const kept = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const rec = raw.records[r];
    check.reset();
    const vx = check.number(rec, ix!, names.X);
    const vy = check.number(rec, iy!, names.Y);
    const vz = iz === undefined ? 0 : check.number(rec, iz, names.Z);
    const h = ih === undefined ? '' : (rec[ih] ?? '').trim();
    if (!check.ok) { check.exclude(findings, fileName, raw.rows[r], h); continue; }
    x[k] = vx; y[k] = vy; z[k] = vz; kept[k] = r;
    if (ih !== undefined) holes.push(h);
    k++;
  }
  const keptRows = kept.slice(0, k);
  const bdlNegative = opts.belowDetection.negativeIsBelowDetection;
  const vc = readValueColumns(raw, cols.others, keptRows, reader, (c) => bdlNegative && c.element !== undefined, findings);
  const row = new Int32Array(k);
  for (let i = 0; i < k; i++) row[i] = raw.rows[keptRows[i]];
  const table: PointTable = { file: fileName, x: x.slice(0, k), y: y.slice(0, k), z: z.slice(0, k), is2D: iz === undefined, values: vc.values, row };
  if (ih !== undefined) table.holeId = holes;
  if (Object.keys(vc.categories).length > 0) table.categories = vc.categories;
  findings.push(...pointChecks(table, names));
  return {
    table, findings,
    summary: { kind: 'samples', file: fileName, rows: n, excluded: n - k, columns: names },
    elements: vc.elements, valueColumns: vc.info,
  };
}
