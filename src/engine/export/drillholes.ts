import type { DesurveyedHoles, SampleSet } from '../types';
import { locate } from '../drillholes/locate';
import { linesInChunks } from './fields';
import { csvRow } from './csvText';
import type { PolyData } from './vtp';

/** Desurveyed hole traces as CSV `HOLEID,MD,X,Y,Z`, one row per station, holes in order. */
export function* holesCsv(holes: DesurveyedHoles): Generator<string> {
  yield 'HOLEID,MD,X,Y,Z\n';
  yield* linesInChunks((function* rows() {
    for (let h = 0; h < holes.holeIds.length; h++) {
      for (let k = holes.offset[h]; k < holes.offset[h + 1]; k++) yield csvRow([holes.holeIds[h], holes.md[k], holes.x[k], holes.y[k], holes.z[k]]);
    }
  })());
}

/** Desurveyed hole traces as polylines through their stations; point data MD, cell data HOLE (index in hole order). */
export function holesPolyData(holes: DesurveyedHoles): PolyData {
  const n = holes.md.length;
  const points = new Float64Array(3 * n);
  for (let k = 0; k < n; k++) { points[3 * k] = holes.x[k]; points[3 * k + 1] = holes.y[k]; points[3 * k + 2] = holes.z[k]; }
  return {
    points, kind: 'lines', lineStarts: Int32Array.from(holes.offset),
    pointData: [{ name: 'MD', values: Float64Array.from(holes.md) }],
    cellData: [{ name: 'HOLE', values: Int32Array.from(holes.holeIds, (_, h) => h) }],
  };
}

/**
 * Composites (or samples) as CSV `HOLEID,FROM,TO,X,Y,Z,<elements>` (FROM and TO empty for point
 * samples), then a column named `domainColumn` with each sample's domain when given.
 */
export function* compositesCsv(s: SampleSet, elements: string[], domainColumn?: string): Generator<string> {
  const domain = domainColumn !== undefined ? s.domain : undefined;
  yield `${csvRow(['HOLEID', 'FROM', 'TO', 'X', 'Y', 'Z', ...elements, ...(domain ? [domainColumn!] : [])])}\n`;
  const cols = elements.map((e) => s.values[e]);
  yield* linesInChunks((function* rows() {
    for (let i = 0; i < s.x.length; i++) {
      const row: (string | number)[] = [s.hole[i] >= 0 ? s.holeIds[s.hole[i]] : '', s.from ? s.from[i] : '', s.to ? s.to[i] : '', s.x[i], s.y[i], s.z[i], ...cols.map((c) => c[i])];
      if (domain) row.push(domain[i]);
      yield csvRow(row);
    }
  })());
}

/**
 * Composites as PolyData: with intervals on desurveyed holes, each composite is a two-point line
 * from its FROM to its TO position on the hole trace (minimum curvature, as drawn); otherwise
 * (point samples) each is a vertex at its X,Y,Z. Grades per element are written both as cell data
 * and as point data (each point carries its composite's grade), with FROM, TO and HOLE as cell data.
 */
export function compositesPolyData(s: SampleSet, elements: string[], holes: DesurveyedHoles | null): PolyData {
  const n = s.x.length;
  const segments = !!(holes && s.from && s.to);
  const per = segments ? 2 : 1;
  const points = new Float64Array(3 * per * n);
  const at = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    if (segments) {
      for (const [j, d] of [[0, s.from![i]], [1, s.to![i]]] as const) {
        locate(holes!, s.hole[i], d, at);
        points.set(at, 6 * i + 3 * j);
      }
    } else {
      points[3 * i] = s.x[i]; points[3 * i + 1] = s.y[i]; points[3 * i + 2] = s.z[i];
    }
  }
  const grades = elements.map((e) => ({ name: e, values: s.values[e] }));
  const perPoint = grades.map((g) => ({ name: g.name, values: segments ? Float64Array.from({ length: 2 * n }, (_, p) => g.values[p >> 1]) : g.values }));
  const cellData = [...grades, { name: 'HOLE', values: Int32Array.from(s.hole) }];
  if (segments) cellData.push({ name: 'FROM', values: Float64Array.from(s.from!) }, { name: 'TO', values: Float64Array.from(s.to!) });
  return {
    points, kind: segments ? 'lines' : 'verts',
    lineStarts: segments ? Int32Array.from({ length: n + 1 }, (_, i) => 2 * i) : undefined,
    pointData: perPoint, cellData,
  };
}
