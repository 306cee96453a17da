import type { Finding } from '../../engine/types.ts';
import { CappedFindings, FINDINGS_CAP, makeFinding } from './findings.ts';
import type { RawTable } from './rawTable.ts';

/**
 * Warn about records with fewer fields than the header (the missing ones read as blank) or with
 * extra non-blank fields (ignored; the columns may be shifted). Such rows are not excluded here.
 */
export function checkFieldCounts(raw: RawTable, findings: Finding[]): void {
  const n = raw.header.length;
  const capped = new CappedFindings(findings, FINDINGS_CAP, (more, total) => makeFinding('warning', 'field-count', raw.file,
    `${more} more rows have a number of fields different from the header's ${n} (${total} in all)`, false, { params: { more, total, n }, variant: 'summary' }));
  for (let r = 0; r < raw.records.length; r++) {
    const rec = raw.records[r];
    if (rec.length === n) continue;
    if (rec.length > n) {
      let extra = false;
      for (let j = n; j < rec.length; j++) if (rec[j].trim() !== '') { extra = true; break; }
      if (!extra) continue;
    }
    capped.add(makeFinding('warning', 'field-count', raw.file,
      rec.length > n ? `${rec.length} fields but the header has ${n}: the extra fields are ignored` : `${rec.length} fields but the header has ${n}: the missing ones read as blank`,
      false, { row: raw.rows[r], params: { fields: rec.length, n }, variant: rec.length > n ? 'extra' : 'missing' }));
  }
  capped.finish();
}
