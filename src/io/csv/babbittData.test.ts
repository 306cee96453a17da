/**
 * Babbitt (NRRI / pygslib) drillholes, feet. Expected figures from ../shared/datasets/babbitt/SOURCE.md,
 * and checked independently with Python's csv module (per-hole max of TO; count of AT == 90000):
 *   awk -F, '$2==90000' survey_BABBITT.csv | wc -l   → 70
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importCollars } from './importCollars.ts';
import { importIntervals } from './importIntervals.ts';
import { importSurveys } from './importSurveys.ts';
import { readDataset } from '../../../tests/sharedData.ts';
import { validateDrillholes, type ValidatedDrillholes } from './validateDrillholes.ts';

let v: ValidatedDrillholes;
const count = (code: string) => v.report.findings.filter((f) => f.code === code);

beforeAll(() => {
  v = validateDrillholes({
    collars: importCollars(readDataset('babbitt/collar_BABBITT.csv'), 'collar_BABBITT.csv'),
    surveys: importSurveys(readDataset('babbitt/survey_BABBITT.csv'), 'survey_BABBITT.csv'),
    assays: importIntervals(readDataset('babbitt/assay_BABBITT.csv'), 'assay_BABBITT.csv'),
  });
});

describe('Babbitt', () => {
  it('reads every row: 399 collars, 2,628 stations, 35,616 intervals', () => {
    expect(v.report.tables.map((t) => [t.kind, t.rows])).toEqual([['collars', 399], ['surveys', 2628], ['assays', 35616]]);
    expect(v.report.tables[0].columns).toEqual({ HOLEID: 'BHID', X: 'XCOLLAR', Y: 'YCOLLAR', Z: 'ZCOLLAR' });
    expect(v.collars.holeId).toHaveLength(399);
    // Hole ids mix numbers and text and stay strings.
    expect(v.collars.holeId[0]).toBe('34873');
  });

  it('positive-down dips (32..90) are reversed with one warning', () => {
    const w = count('dip-positive-down');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    let min = Infinity, max = -Infinity;
    for (const d of v.surveys.dip) { min = Math.min(min, d); max = Math.max(max, d); }
    expect([min, max]).toEqual([-90, -32]);
  });

  it('the 70 dummy AT=90000 stations are excluded with a warning, one per hole; those holes keep one station', () => {
    const far = count('survey-far-beyond');
    expect(far).toHaveLength(70);
    expect(far.every((f) => f.excluded && f.severity === 'warning' && f.message.startsWith('station at depth 90000.0'))).toBe(true);
    const holes = new Set(far.map((f) => f.holeId));
    expect(holes.size).toBe(70);
    expect(v.report.tables[1].excluded).toBe(70);
    expect(v.surveys.at.length).toBe(2628 - 70);
    expect(Math.max(...v.surveys.at)).toBeLessThan(10000);
    const o = v.offsets.surveys;
    const idx = v.collars.holeId.map((h, i) => [h, o[i + 1] - o[i]] as const).filter(([h]) => holes.has(h));
    expect(idx.every(([, n]) => n === 1)).toBe(true);
  });

  it('11,931 intervals have no CU; no interval is excluded; no below-detection values', () => {
    expect(v.report.elements).toEqual([
      { name: 'CU', column: 'CU', values: 23685, missing: 11931, belowDetection: 0 },
      { name: 'NI', column: 'NI', values: 23439, missing: 12177, belowDetection: 0 },
      { name: 'S', column: 'S', values: 23545, missing: 12071, belowDetection: 0 },
      { name: 'FE', column: 'FE', values: 24, missing: 35592, belowDetection: 0 },
    ]);
    expect(v.report.tables[2].excluded).toBe(0);
    expect(v.assays.from.length).toBe(35616);
    // Fully tiled from 0: no gaps, overlaps or duplicates.
    expect(count('gaps')).toEqual([]);
  });

  it('end of hole = deepest assay TO (35..3,574 ft), stated once; every collar has surveys and assays', () => {
    expect(count('eoh-from-data')).toHaveLength(1);
    const d = Array.from(v.collars.depth).sort((a, b) => a - b);
    expect([d[0], d[199], d[398]]).toEqual([35, 1465, 3574]);
    expect(count('no-survey')).toEqual([]);
    expect(count('no-assays')).toEqual([]);
    // Every hole has assays below its last real survey station (SOURCE.md): the desurvey extends each, stated once.
    expect(count('survey-extended-down').map((f) => f.message)).toEqual([
      '399 holes have intervals or an end of hole below their last survey station (34873, B1-001, B1-002, B1-003, B1-004, …): each goes on straight along its last station']);
    expect(count('survey-extended-up')).toEqual([]);
    expect(v.report.findings).toHaveLength(73);
  });
});
