import type { Finding, SurveyTable } from '../../engine/types.ts';
import { makeFinding } from './findings.ts';
import { DEPTH_EPS } from './validateIntervals.ts';

/** Hole ids quoted in a summary finding before "…". */
const QUOTED = 5;

/** "1 hole has" / "12 holes have". */
function holes(n: number): string {
  return n === 1 ? '1 hole has' : `${n.toLocaleString('en-US')} holes have`;
}

function holeList(ids: string[]): string {
  return ids.slice(0, QUOTED).join(', ') + (ids.length > QUOTED ? ', …' : '');
}

/**
 * How the desurvey fills in what the surveys do not cover, as table-level info findings (the
 * desurvey assumptions a geologist checks; nothing is excluded):
 * - 'survey-extended-up': the first station lies below the collar; the hole runs straight from the
 *   collar along that station's direction (e.g. Copper Creek A-11, surveyed only at 441.96 m);
 * - 'survey-extended-down': intervals or the end of hole lie below the last station (a hole surveyed
 *   only at its collar included); the hole goes on straight along the last station's direction.
 * `order`/`offset` list each hole's kept stations by depth; `known[h]` is the deepest depth known
 * without the surveys (end of hole or deepest interval; -Infinity or NaN when none).
 */
export function surveyCoverage(s: SurveyTable, order: Int32Array, offset: Int32Array, known: Float64Array, holeIds: string[]): Finding[] {
  const up: string[] = [], down: string[] = [];
  for (let h = 0; h < holeIds.length; h++) {
    const a = offset[h], b = offset[h + 1];
    if (a === b) continue; // no survey: vertical, reported as 'no-survey'
    if (s.at[order[a]] > DEPTH_EPS) up.push(holeIds[h]);
    if (known[h] > s.at[order[b - 1]] + DEPTH_EPS) down.push(holeIds[h]);
  }
  const findings: Finding[] = [];
  if (up.length) {
    findings.push(makeFinding('info', 'survey-extended-up', s.file,
      `${holes(up.length)} their first survey station below the collar (${holeList(up)}): ${up.length === 1 ? 'it runs' : 'each runs'} straight from the collar along its first station`, false, { params: { n: up.length, holes: holeList(up) } }));
  }
  if (down.length) {
    findings.push(makeFinding('info', 'survey-extended-down', s.file,
      `${holes(down.length)} intervals or an end of hole below their last survey station (${holeList(down)}): ${down.length === 1 ? 'it goes' : 'each goes'} on straight along its last station`, false, { params: { n: down.length, holes: holeList(down) } }));
  }
  return findings;
}
