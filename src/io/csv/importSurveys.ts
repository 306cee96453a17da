import type { Finding, SurveyTable } from '../../engine/types.ts';
import { CellReader, CELL_MISSING } from './cellReader.ts';
import { checkFieldCounts } from './fieldCount.ts';
import { fmt, makeFinding } from './findings.ts';
import { resolveImportOptions, type ImportOptions } from './importOptions.ts';
import type { ImportResult } from './importTypes.ts';
import { readTable } from './readTable.ts';
import { resolveColumns } from './resolveColumns.ts';
import { RowCheck } from './rowCheck.ts';

/**
 * Import survey stations (HOLEID, AT = downhole depth, AZ = azimuth clockwise from north,
 * DIP), degrees. The output dip is always GSLIB negative-down: with dipSign 'auto', a file whose
 * dips are all ≥ 0 (and some > 0) is read as positive-down and negated, with a warning;
 * 'positiveDown' always negates, 'negativeDown' never does.
 * Excluded (error): blank hole id, blank/non-numeric AT or DIP, AT < 0, |DIP| > 90, |AZ| > 360,
 * blank AZ unless the station is vertical (then AZ = 0, info finding).
 */
export function importSurveys(text: string, fileName: string, options: ImportOptions = {}): ImportResult<SurveyTable> {
  const opts = resolveImportOptions(options);
  const raw = readTable(text, fileName, opts.format);
  const cols = resolveColumns(raw, 'surveys', opts.columns);
  const findings: Finding[] = [...cols.findings];
  checkFieldCounts(raw, findings);
  const reader = new CellReader(opts);
  const check = new RowCheck(reader);
  const { HOLEID: ih, AT: ia, AZ: iaz, DIP: idp } = cols.index as Required<typeof cols.index>;
  const names = cols.names;
  const n = raw.records.length;
  const holeId: string[] = [];
  const at = new Float64Array(n), azimuth = new Float64Array(n), dip = new Float64Array(n);
  const row = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const rec = raw.records[r];
    check.reset();
    const h = check.text(rec, ih, names.HOLEID);
    const a = check.number(rec, ia, names.AT);
    const d = check.number(rec, idp, names.DIP);
    let az = reader.read(rec[iaz]);
    const azMissing = reader.status === CELL_MISSING;
    if (azMissing && Math.abs(d) === 90) {
      findings.push(makeFinding('info', 'azimuth-missing-vertical', fileName, `${names.AZ} is blank at a vertical station — read as 0`, false,
        { row: raw.rows[r], column: names.AZ, holeId: h }));
      az = 0;
    } else {
      az = check.number(rec, iaz, names.AZ);
    }
    if (a < 0) check.add('negative-depth', names.AT, `${names.AT} ${fmt(a)} is negative`);
    if (Math.abs(d) > 90) check.add('out-of-range', names.DIP, `${names.DIP} ${fmt(d)} is outside −90..90`);
    if (Math.abs(az) > 360) check.add('out-of-range', names.AZ, `${names.AZ} ${fmt(az)} is outside −360..360`);
    if (!check.ok) { check.exclude(findings, fileName, raw.rows[r], h); continue; }
    holeId.push(h);
    at[k] = a; azimuth[k] = az; dip[k] = d; row[k] = raw.rows[r];
    k++;
  }
  const dipOut = dip.slice(0, k);
  applyDipSign(dipOut, opts.dipSign, fileName, names.DIP, findings);
  const table: SurveyTable = { file: fileName, holeId, at: at.slice(0, k), azimuth: azimuth.slice(0, k), dip: dipOut, row: row.slice(0, k) };
  return {
    table, findings,
    summary: { kind: 'surveys', file: fileName, rows: n, excluded: n - k, columns: names },
    elements: [], valueColumns: [],
  };
}

/** Normalise dips in place to negative-down (see importSurveys); NaN dips are left alone. */
export function applyDipSign(dip: Float64Array, sign: 'auto' | 'positiveDown' | 'negativeDown', file: string, column: string, findings: Finding[]): void {
  if (sign === 'negativeDown') return;
  if (sign === 'auto') {
    let neg = 0, pos = 0;
    for (let i = 0; i < dip.length; i++) { if (dip[i] < 0) neg++; else if (dip[i] > 0) pos++; }
    if (neg > 0 || pos === 0) return;
    findings.push(makeFinding('warning', 'dip-positive-down', file,
      `all ${dip.length} dips are ≥ 0: read as positive downward and reversed to the negative-down convention (set import.dipSign to 'negativeDown' if these holes really go up)`,
      false, { column }));
  } else {
    findings.push(makeFinding('info', 'dip-positive-down', file, `dips read as positive downward (import.dipSign) and reversed to negative-down`, false, { column }));
  }
  for (let i = 0; i < dip.length; i++) dip[i] = dip[i] === 0 ? 0 : -dip[i];
}
