import type { CollarTable, Finding, IntervalTable } from '../../engine/types.ts';
import { fmt, makeFinding } from './findings.ts';
import type { CheckedIntervals } from './validateIntervals.ts';
import { DEPTH_EPS } from './validateIntervals.ts';

/**
 * End-of-hole depth per kept collar.
 * - Collar gives a depth: that depth; kept intervals reaching below it get a warning
 *   ('beyond-eoh', not excluded) and the end of hole is extended to the deepest of them.
 * - No depth: the deepest kept interval TO or survey station, with an info finding
 *   ('eoh-from-data': one for the table when it has no depth column, else one per collar row).
 * - Nothing known: NaN, info 'no-depth'.
 */
export function endOfHole(c: CollarTable, keep: Int32Array, hasDepthColumn: boolean,
  tables: { table: IntervalTable; checked: CheckedIntervals }[], surveyDeepest: Float64Array, findings: Finding[]): Float64Array {
  const nHoles = keep.length;
  const eoh = new Float64Array(nHoles);
  let derived = 0;
  for (let h = 0; h < nHoles; h++) {
    const ci = keep[h];
    const given = c.depth[ci];
    let deepestInterval = -Infinity;
    for (const { checked } of tables) deepestInterval = Math.max(deepestInterval, checked.deepest[h]);
    if (Number.isFinite(given)) {
      eoh[h] = Math.max(given, deepestInterval);
      if (deepestInterval > given + DEPTH_EPS) {
        for (const { table: t, checked } of tables) {
          for (let p = checked.offset[h + 1] - 1; p >= checked.offset[h]; p--) {
            const i = checked.order[p];
            if (t.to[i] <= given + DEPTH_EPS) break;
            findings.push(makeFinding('warning', 'beyond-eoh', t.file,
              `interval ${fmt(t.from[i])}–${fmt(t.to[i])} goes below the end of hole ${fmt(given)} given in ${c.file}; end of hole taken as ${fmt(eoh[h])}`,
              false, { row: t.row[i], holeId: t.holeId[i], params: { span: `${fmt(t.from[i])}–${fmt(t.to[i])}`, end: fmt(given), collarFile: c.file, taken: fmt(eoh[h]) } }));
          }
        }
      }
      continue;
    }
    const d = Math.max(deepestInterval, surveyDeepest[h]);
    if (d > 0) {
      eoh[h] = d;
      derived++;
      if (hasDepthColumn) {
        findings.push(makeFinding('info', 'eoh-from-data', c.file, `no end-of-hole depth: taken as ${fmt(d)}, the deepest interval or survey station`, false, { row: c.row[ci], holeId: c.holeId[ci], params: { depth: fmt(d) }, variant: 'hole' }));
      }
    } else {
      eoh[h] = NaN;
      findings.push(makeFinding('info', 'no-depth', c.file, `hole ${c.holeId[ci]} has no end-of-hole depth, no intervals and no survey station below the collar: its depth is unknown`, false, { row: c.row[ci], holeId: c.holeId[ci], params: { hole: c.holeId[ci] } }));
    }
  }
  if (!hasDepthColumn && derived > 0) {
    findings.push(makeFinding('info', 'eoh-from-data', c.file, `no end-of-hole column: the end of hole of ${derived} holes is the deepest interval or survey station`, false, { params: { n: derived }, variant: 'table' }));
  }
  return eoh;
}
