import type { CollarTable, Finding, MessageParams } from '../../engine/types.ts';
import { fmt, makeFinding } from './findings.ts';

/**
 * Duplicate hole ids: the first collar row is kept, every later one is excluded — a warning
 * when its coordinates (and depth) are identical, an error when they differ.
 * Returns the kept collar rows (file order) and hole id → position among them.
 */
export function validateCollars(c: CollarTable, findings: Finding[]): { keep: Int32Array; holeIndex: Map<string, number> } {
  const holeIndex = new Map<string, number>();
  const firstRow = new Map<string, number>();
  const keep: number[] = [];
  for (let i = 0; i < c.holeId.length; i++) {
    const h = c.holeId[i];
    const first = firstRow.get(h);
    if (first === undefined) {
      firstRow.set(h, i);
      holeIndex.set(h, keep.length);
      keep.push(i);
      continue;
    }
    const same = c.x[i] === c.x[first] && c.y[i] === c.y[first] && c.z[i] === c.z[first]
      && (c.depth[i] === c.depth[first] || (Number.isNaN(c.depth[i]) && Number.isNaN(c.depth[first])));
    const msg = same
      ? `duplicate collar ${h}: same as row ${c.row[first]}`
      : `duplicate collar ${h} with different coordinates (${fmt(c.x[i])}, ${fmt(c.y[i])}, ${fmt(c.z[i])}) from row ${c.row[first]} (${fmt(c.x[first])}, ${fmt(c.y[first])}, ${fmt(c.z[first])}); the first is used`;
    const params: MessageParams = same ? { hole: h, firstRow: c.row[first] }
      : { hole: h, firstRow: c.row[first], xyz: `${fmt(c.x[i])}, ${fmt(c.y[i])}, ${fmt(c.z[i])}`, firstXyz: `${fmt(c.x[first])}, ${fmt(c.y[first])}, ${fmt(c.z[first])}` };
    findings.push(makeFinding(same ? 'warning' : 'error', 'duplicate-collar', c.file, msg, true, { row: c.row[i], holeId: h, params, variant: same ? 'same' : 'different' }));
  }
  return { keep: Int32Array.from(keep), holeIndex };
}
