import type { CollarTable, Finding } from '../../engine/types.ts';
import { CellReader, CELL_NOT_NUMERIC, CELL_OK } from './cellReader.ts';
import { checkFieldCounts } from './fieldCount.ts';
import { makeFinding } from './findings.ts';
import { resolveImportOptions, type ImportOptions } from './importOptions.ts';
import type { ImportResult } from './importTypes.ts';
import { readTable } from './readTable.ts';
import { resolveColumns } from './resolveColumns.ts';
import { RowCheck } from './rowCheck.ts';
import { applyDipSign } from './importSurveys.ts';

/**
 * Import a collar table (HOLEID, X, Y, Z, optional DEPTH = end of hole, in the scene's length unit;
 * optional AZ and DIP = the hole's direction at the collar, degrees, dip sign as import.dipSign,
 * used for holes without survey rows; blank or out of range (|AZ| > 360, |DIP| > 90) = unknown, with a warning).
 * Rows with a blank hole id or a blank/non-numeric coordinate are excluded (error finding).
 * A blank DEPTH is unknown (NaN); a non-numeric, zero or negative one is unknown with a warning.
 * Duplicated hole ids are left to validateDrillholes.
 */
export function importCollars(text: string, fileName: string, options: ImportOptions = {}): ImportResult<CollarTable> {
  const opts = resolveImportOptions(options);
  const raw = readTable(text, fileName, opts.format);
  const cols = resolveColumns(raw, 'collars', opts.columns);
  const findings: Finding[] = [...cols.findings];
  checkFieldCounts(raw, findings);
  const reader = new CellReader(opts);
  const check = new RowCheck(reader);
  const { HOLEID: ih, X: ix, Y: iy, Z: iz, DEPTH: id, AZ: iaz, DIP: idp } = cols.index as Required<typeof cols.index>;
  const n = raw.records.length;
  const holeId: string[] = [];
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), depth = new Float64Array(n);
  const az = new Float64Array(n).fill(NaN), dip = new Float64Array(n).fill(NaN);
  /** An angle cell: NaN when blank; NaN with a warning when not a number or beyond ±limit. */
  const angle = (rec: string[], i: number | undefined, name: string, limit: number, r: number, h: string): number => {
    if (i === undefined) return NaN;
    const v = reader.read(rec[i]);
    if (reader.status === CELL_OK && Math.abs(v) <= limit) return v;
    if (reader.status === CELL_NOT_NUMERIC || reader.status === CELL_OK) {
      findings.push(makeFinding('warning', 'bad-collar-angle', fileName, `${name} '${(rec[i] ?? '').trim()}' is not a number within ±${limit} — the hole's direction at the collar is unknown`, false,
        { row: raw.rows[r], column: name, holeId: h }));
    }
    return NaN;
  };
  const row = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const rec = raw.records[r];
    check.reset();
    const h = check.text(rec, ih, cols.names.HOLEID);
    const vx = check.number(rec, ix, cols.names.X);
    const vy = check.number(rec, iy, cols.names.Y);
    const vz = check.number(rec, iz, cols.names.Z);
    if (!check.ok) { check.exclude(findings, fileName, raw.rows[r], h); continue; }
    let d = NaN;
    if (id !== undefined) {
      d = reader.read(rec[id]);
      if (reader.status === CELL_NOT_NUMERIC || (reader.status === CELL_OK && !(d > 0))) {
        findings.push(makeFinding('warning', 'bad-depth', fileName,
          `${cols.names.DEPTH} '${(rec[id] ?? '').trim()}' is not a positive number — end of hole taken from the data`, false,
          { row: raw.rows[r], column: cols.names.DEPTH, holeId: h }));
        d = NaN;
      }
    }
    holeId.push(h);
    az[k] = angle(rec, iaz, cols.names.AZ, 360, r, h);
    dip[k] = angle(rec, idp, cols.names.DIP, 90, r, h);
    x[k] = vx; y[k] = vy; z[k] = vz; depth[k] = d; row[k] = raw.rows[r];
    k++;
  }
  const table: CollarTable = { file: fileName, holeId, x: x.slice(0, k), y: y.slice(0, k), z: z.slice(0, k), depth: depth.slice(0, k), row: row.slice(0, k) };
  if (iaz !== undefined && idp !== undefined) {
    table.azimuth = az.slice(0, k);
    table.dip = dip.slice(0, k);
    applyDipSign(table.dip, opts.dipSign, fileName, cols.names.DIP, findings);
  }
  return {
    table, findings,
    summary: { kind: 'collars', file: fileName, rows: n, excluded: n - k, columns: cols.names },
    elements: [], valueColumns: [],
  };
}
