import type { Finding, PointTable } from '../../engine/types.ts';
import { CappedFindings, FINDINGS_CAP, fmt, makeFinding } from './findings.ts';

/**
 * Table-level checks of imported point samples, as findings (nothing is excluded):
 * - no Z column: the data are 2-D, every Z is 0 (info, 'two-dimensional');
 * - a sample at exactly the X, Y, Z of an earlier row (warning, 'duplicate-location', one per
 *   repeated row, capped): both are kept; kriging gives two samples at one place only the
 *   structured covariance, so with a zero nugget their system is singular and the blocks that
 *   use both stay unestimated (counted as singular).
 */
export function pointChecks(t: PointTable, columns: Record<string, string>): Finding[] {
  const findings: Finding[] = [];
  if (t.is2D) {
    findings.push(makeFinding('info', 'two-dimensional', t.file,
      `no Z column (${columns.X}, ${columns.Y} only): 2-D data, Z = 0 for every sample`, false, { params: { x: columns.X, y: columns.Y } }));
  }
  const n = t.x.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => t.x[a] - t.x[b] || t.y[a] - t.y[b] || t.z[a] - t.z[b] || a - b);
  const capped = new CappedFindings(findings, FINDINGS_CAP, (more, total) => makeFinding('warning', 'duplicate-location', t.file,
    `${more} more samples repeat the location of an earlier row (${total} in all); all are kept`, false, { params: { more, total }, variant: 'summary' }));
  let first = 0; // first (lowest row) of the current group of equal locations, in `order`
  for (let k = 1; k < n; k++) {
    const a = order[k - 1], b = order[k];
    if (t.x[a] !== t.x[b] || t.y[a] !== t.y[b] || t.z[a] !== t.z[b]) { first = k; continue; }
    const where = t.is2D ? `${fmt(t.x[b])}, ${fmt(t.y[b])}` : `${fmt(t.x[b])}, ${fmt(t.y[b])}, ${fmt(t.z[b])}`;
    capped.add(makeFinding('warning', 'duplicate-location', t.file,
      `same location (${where}) as row ${t.row[order[first]]}: both kept; with a zero nugget, kriging with both is singular`, false, { row: t.row[b], params: { xyz: where, firstRow: t.row[order[first]] } }));
  }
  capped.finish();
  return findings;
}
