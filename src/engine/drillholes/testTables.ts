import type { CollarTable, IntervalTable, SurveyTable } from '../types';

/** Small table builders for the drillhole tests (rows numbered from 2, as after a header). */

export function collarTable(rows: [string, number, number, number, number?][]): CollarTable {
  return {
    file: 'collar.csv',
    holeId: rows.map((r) => r[0]),
    x: Float64Array.from(rows, (r) => r[1]), y: Float64Array.from(rows, (r) => r[2]), z: Float64Array.from(rows, (r) => r[3]),
    depth: Float64Array.from(rows, (r) => r[4] ?? NaN),
    row: Int32Array.from(rows, (_, i) => i + 2),
  };
}

/** Rows: hole, at, azimuth, dip. */
export function surveyTable(rows: [string, number, number, number][]): SurveyTable {
  return {
    file: 'survey.csv',
    holeId: rows.map((r) => r[0]),
    at: Float64Array.from(rows, (r) => r[1]), azimuth: Float64Array.from(rows, (r) => r[2]), dip: Float64Array.from(rows, (r) => r[3]),
    row: Int32Array.from(rows, (_, i) => i + 2),
  };
}

/** Rows: hole, from, to, then one value per element in `elements` order (NaN = missing). */
export function intervalTable(elements: string[], rows: [string, number, number, ...number[]][], categories: Record<string, string[]> = {}): IntervalTable {
  const values: Record<string, Float64Array> = {};
  elements.forEach((el, k) => { values[el] = Float64Array.from(rows, (r) => (r[3 + k] as number | undefined) ?? NaN); });
  return {
    file: 'assay.csv',
    holeId: rows.map((r) => r[0]),
    from: Float64Array.from(rows, (r) => r[1]), to: Float64Array.from(rows, (r) => r[2]),
    values, categories,
    row: Int32Array.from(rows, (_, i) => i + 2),
  };
}
