import type { Finding, SurveyTable } from '../../engine/types.ts';
import { fmt, makeFinding } from './findings.ts';
import { compact, orderByHole } from './holeOrder.ts';
import { DEPTH_EPS, noCollarMessage, noCollarParams } from './validateIntervals.ts';

/**
 * A survey station at or below this depth (m or ft), and more than twice as deep as anything
 * else known about its hole, is a dummy: no mineral exploration hole reaches 10 km (Babbitt has
 * AT = 90000 ft stations, added as pygslib's fix_survey_one_interval_err does).
 */
export const FAR_STATION_DEPTH = 10_000;

export interface CheckedSurveys {
  order: Int32Array;
  offset: Int32Array;
  /** Deepest kept station per hole, -Infinity where none. */
  deepest: Float64Array;
  excluded: number;
}

/**
 * Row checks of a survey table. `known[h]` is the deepest depth known for hole h without the
 * surveys (collar depth or deepest interval; -Infinity/NaN if none). Excluded rows:
 * - hole not in the collar table (error, 'no-collar');
 * - a second station at the same depth (warning, 'duplicate-survey'; the first in the file is kept);
 * - a far dummy station (warning, 'survey-far-beyond'; see FAR_STATION_DEPTH): the hole then runs
 *   straight on from its last real station — Babbitt's 0/90000 pairs have equal angles, so the hole is straight.
 * Kept with a warning: a station below a collar's stated end of hole ('survey-beyond-eoh').
 */
export function validateSurveys(s: SurveyTable, holeIndex: Map<string, number>, known: Float64Array, collarDepth: Float64Array,
  collarFile: string, excludedCollars: Map<string, number>, findings: Finding[]): CheckedSurveys {
  const n = s.holeId.length;
  const nHoles = known.length;
  const hole = new Int32Array(n);
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const h = holeIndex.get(s.holeId[i]);
    if (h === undefined) {
      hole[i] = -1; excluded++;
      findings.push(makeFinding('error', 'no-collar', s.file, noCollarMessage(s.holeId[i], collarFile, excludedCollars), true, { row: s.row[i], holeId: s.holeId[i], ...noCollarParams(s.holeId[i], collarFile, excludedCollars) }));
    } else hole[i] = h;
  }
  const sorted = orderByHole(hole, s.at, nHoles);
  const keep = new Uint8Array(n);
  const deepest = new Float64Array(nHoles).fill(-Infinity);
  for (let h = 0; h < nHoles; h++) {
    const a = sorted.offset[h], b = sorted.offset[h + 1];
    let ref = Number.isFinite(known[h]) ? known[h] : 0;
    for (let p = a; p < b; p++) { const at = s.at[sorted.order[p]]; if (at < FAR_STATION_DEPTH && at > ref) ref = at; }
    let last = -1;
    for (let p = a; p < b; p++) {
      const i = sorted.order[p];
      const at = s.at[i];
      if (last >= 0 && Math.abs(at - s.at[last]) <= DEPTH_EPS) {
        excluded++;
        findings.push(makeFinding('warning', 'duplicate-survey', s.file, `second station at depth ${fmt(at)} (first at row ${s.row[last]}); the first is used`, true,
          { row: s.row[i], holeId: s.holeId[i], params: { depth: fmt(at), firstRow: s.row[last] } }));
        continue;
      }
      if (at >= FAR_STATION_DEPTH && at > 2 * ref) {
        excluded++;
        findings.push(makeFinding('warning', 'survey-far-beyond', s.file,
          `station at depth ${fmt(at)} is far beyond the hole (deepest data ${fmt(ref)}): a dummy station, ignored; the hole continues along its last real station`,
          true, { row: s.row[i], holeId: s.holeId[i], params: { depth: fmt(at), deepest: fmt(ref) } }));
        continue;
      }
      if (Number.isFinite(collarDepth[h]) && at > collarDepth[h] + DEPTH_EPS) {
        findings.push(makeFinding('warning', 'survey-beyond-eoh', s.file, `station at depth ${fmt(at)} is below the end of hole ${fmt(collarDepth[h])} given in ${collarFile}`, false,
          { row: s.row[i], holeId: s.holeId[i], params: { depth: fmt(at), end: fmt(collarDepth[h]), collarFile } }));
      }
      keep[i] = 1;
      last = i;
      deepest[h] = at;
    }
  }
  const { order, offset } = compact(sorted.order, sorted.offset, keep);
  return { order, offset, deepest, excluded };
}
