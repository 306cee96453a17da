import type { CollarTable, DesurveyedHoles, Finding, IntervalTable, SurveyTable } from '../types';
import { directionOf, dogleg, MAX_DOGLEG, minimumCurvatureStep } from './minimumCurvature';

export interface DesurveyOptions {
  /**
   * End-of-hole depth per hole id, used where the collar has none (NaN), e.g. the deepest
   * assay TO (see deepestDepths). Same length unit as the tables.
   */
  endDepth?: Record<string, number>;
  /** Magnetic declination, degrees, added to every survey azimuth (true = magnetic + declination). */
  declination?: number;
  /** Direction of holes without any survey: default vertical down (azimuth 0, dip −90). */
  defaultAzimuth?: number;
  defaultDip?: number;
}

export interface DesurveyResult {
  holes: DesurveyedHoles;
  findings: Finding[];
}

interface Station { md: number; az: number; dip: number }

/**
 * Desurvey every collar by minimum curvature (see minimumCurvature.ts).
 * Per hole: survey stations sorted by depth; the first station is extended straight up to the
 * collar (depth 0) when it starts below it; the last is extended straight down to the end of
 * hole (collar depth if known, else opts.endDepth, else the deepest station); holes without a
 * survey run in the default direction (vertical). Depths and coordinates in the tables' unit.
 * Survey rows that cannot be used (no collar, non-numeric, negative depth, dip beyond ±90,
 * repeated depth) are excluded, each with a finding.
 */
export function desurvey(collars: CollarTable, surveys: SurveyTable, opts: DesurveyOptions = {}): DesurveyResult {
  const findings: Finding[] = [];
  const defAz = opts.defaultAzimuth ?? 0, defDip = opts.defaultDip ?? -90;
  const decl = opts.declination ?? 0;
  if (!Number.isFinite(decl)) throw new Error(`desurvey: declination must be a finite number of degrees, got ${decl}`);

  // Collars: first occurrence of an id wins; unusable collars are excluded.
  const holeIndex = new Map<string, number>();
  const collarRow: number[] = [];
  for (let i = 0; i < collars.holeId.length; i++) {
    const id = collars.holeId[i];
    const ref = { file: collars.file, row: collars.row[i], holeId: id };
    if (holeIndex.has(id)) {
      findings.push({ severity: 'error', code: 'duplicate-collar', ...ref, excluded: true,
        message: `Collar ${id} appears again (first at row ${collars.row[collarRow[holeIndex.get(id)!]]}); this row is ignored.` });
      continue;
    }
    if (!Number.isFinite(collars.x[i]) || !Number.isFinite(collars.y[i]) || !Number.isFinite(collars.z[i])) {
      findings.push({ severity: 'error', code: 'collar-not-numeric', ...ref, excluded: true,
        message: `Collar ${id} has no numeric X, Y or Z; the hole cannot be desurveyed.` });
      continue;
    }
    holeIndex.set(id, collarRow.length);
    collarRow.push(i);
  }

  // Survey stations per hole.
  const stations: Station[][] = collarRow.map(() => []);
  const stationRow: number[][] = collarRow.map(() => []);
  for (let i = 0; i < surveys.holeId.length; i++) {
    const id = surveys.holeId[i];
    const ref = { file: surveys.file, row: surveys.row[i], holeId: id };
    const h = holeIndex.get(id);
    if (h === undefined) {
      findings.push({ severity: 'error', code: 'no-collar', ...ref, excluded: true,
        message: `Survey of hole ${id}, which has no (usable) collar; row ignored.` });
      continue;
    }
    const at = surveys.at[i], dip = surveys.dip[i];
    let az = surveys.azimuth[i];
    if (!Number.isFinite(az) && Math.abs(dip) === 90) az = 0; // azimuth is meaningless for a vertical station
    if (!Number.isFinite(at) || !Number.isFinite(az) || !Number.isFinite(dip)) {
      findings.push({ severity: 'error', code: 'not-numeric', ...ref, excluded: true,
        message: `Survey of hole ${id}: depth, azimuth or dip is not a number; row ignored.` });
    } else if (at < 0) {
      findings.push({ severity: 'error', code: 'negative-depth', ...ref, column: 'AT', excluded: true,
        message: `Survey of hole ${id} at depth ${at} < 0; row ignored.` });
    } else if (Math.abs(dip) > 90) {
      findings.push({ severity: 'error', code: 'dip-out-of-range', ...ref, column: 'DIP', excluded: true,
        message: `Survey of hole ${id}: dip ${dip} is outside −90..90; row ignored.` });
    } else {
      stations[h].push({ md: at, az: az + decl, dip });
      stationRow[h].push(i);
    }
  }

  const md: number[] = [], xs: number[] = [], ys: number[] = [], zs: number[] = [];
  const dx: number[] = [], dy: number[] = [], dz: number[] = [];
  const offset = new Int32Array(collarRow.length + 1);
  const t = new Float64Array(3), step = new Float64Array(3);
  const holeIds: string[] = [];

  for (let h = 0; h < collarRow.length; h++) {
    const c = collarRow[h], id = collars.holeId[c];
    holeIds.push(id);
    offset[h] = md.length;
    // Stable sort by depth; repeated depths keep the first row.
    const order = stations[h].map((_, k) => k).sort((a, b) => stations[h][a].md - stations[h][b].md || a - b);
    const list: Station[] = [];
    for (const k of order) {
      const s = stations[h][k];
      if (list.length > 0 && list[list.length - 1].md === s.md) {
        findings.push({ severity: 'warning', code: 'duplicate-survey-depth', file: surveys.file,
          row: surveys.row[stationRow[h][k]], holeId: id, excluded: true,
          message: `Hole ${id} has two surveys at depth ${s.md}; the later row is ignored.` });
        continue;
      }
      list.push(s);
    }
    if (list.length === 0) list.push({ md: 0, az: defAz, dip: defDip });

    const collarDepth = collars.depth[c];
    const given = opts.endDepth?.[id];
    let end = Number.isFinite(collarDepth) ? collarDepth : Number.isFinite(given) ? given! : list[list.length - 1].md;
    const last = list[list.length - 1].md;
    if (last > end && Number.isFinite(collarDepth)) {
      findings.push({ severity: 'warning', code: 'survey-beyond-eoh', file: surveys.file,
        row: surveys.row[stationRow[h][order[order.length - 1]]], holeId: id, excluded: false,
        message: `Hole ${id}: survey at depth ${last} is beyond the end of hole ${end}; the trace runs to ${last}.` });
    }
    end = Math.max(end, last);

    // Stations: collar (depth 0, direction of the first survey), surveys, end of hole.
    if (list[0].md > 0) list.unshift({ md: 0, az: list[0].az, dip: list[0].dip });
    if (end > last) list.push({ md: end, az: list[list.length - 1].az, dip: list[list.length - 1].dip });

    let px = collars.x[c], py = collars.y[c], pz = collars.z[c];
    let reversed = false;
    for (let k = 0; k < list.length; k++) {
      directionOf(list[k].az, list[k].dip, t);
      if (k > 0) {
        const j = dx.length - 1;
        if (dogleg(dx[j], dy[j], dz[j], t[0], t[1], t[2]) >= MAX_DOGLEG) reversed = true;
        minimumCurvatureStep(dx[j], dy[j], dz[j], t[0], t[1], t[2], list[k].md - list[k - 1].md, step);
        px += step[0]; py += step[1]; pz += step[2];
      }
      md.push(list[k].md); xs.push(px); ys.push(py); zs.push(pz);
      dx.push(t[0]); dy.push(t[1]); dz.push(t[2]);
    }
    if (reversed) {
      findings.push({ severity: 'error', code: 'survey-reversal', file: surveys.file, holeId: id, excluded: false,
        message: `Hole ${id}: two consecutive surveys point in opposite directions (dogleg 180°); its trace is unreliable.` });
    }
  }
  offset[collarRow.length] = md.length;

  return {
    holes: {
      holeIds, offset,
      md: Float64Array.from(md), x: Float64Array.from(xs), y: Float64Array.from(ys), z: Float64Array.from(zs),
      dx: Float64Array.from(dx), dy: Float64Array.from(dy), dz: Float64Array.from(dz),
    },
    findings,
  };
}

/** Deepest finite TO per hole id of one or more interval tables: the end of hole where collars have none. */
export function deepestDepths(...tables: IntervalTable[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    for (let i = 0; i < t.holeId.length; i++) {
      const v = t.to[i];
      if (Number.isFinite(v) && !(v <= (out[t.holeId[i]] ?? -Infinity))) out[t.holeId[i]] = v;
    }
  }
  return out;
}
