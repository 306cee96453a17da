/**
 * Tom Zone, Macpass (Fireweed / drilldown) drillholes, metres, survey columns in the order
 * hole_ID, depth, dip, azimuth. Expected figures from ../shared/datasets/macpass_tom_zone/SOURCE.md;
 * 'no-depth' holes checked independently with Python's csv module (no intervals, deepest station 0).
 */
import { beforeAll, expect, it } from 'vitest';
import { importCollars } from './importCollars.ts';
import { importIntervals } from './importIntervals.ts';
import { importSurveys } from './importSurveys.ts';
import { describeShared, readDataset } from '../../../tests/sharedData.ts';
import { validateDrillholes, type ValidatedDrillholes } from './validateDrillholes.ts';

let v: ValidatedDrillholes;
const findings = (code: string) => v.report.findings.filter((f) => f.code === code);

beforeAll(() => {
  v = validateDrillholes({
    collars: importCollars(readDataset('macpass_tom_zone/collar.csv'), 'collar.csv'),
    surveys: importSurveys(readDataset('macpass_tom_zone/survey.csv'), 'survey.csv'),
    assays: importIntervals(readDataset('macpass_tom_zone/assay.csv'), 'assay.csv'),
    intervals: [importIntervals(readDataset('macpass_tom_zone/interpretation.csv'), 'interpretation.csv')],
  });
});

describeShared('Tom Zone', () => {
  it('reads the survey columns by name whatever their order', () => {
    expect(v.report.tables[1].columns).toEqual({ HOLEID: 'hole_ID', AT: 'depth', AZ: 'azimuth', DIP: 'dip' });
    // First station in the file: MP20-001,0,-60,295.
    const i = v.surveys.row.indexOf(2);
    expect([v.surveys.holeId[i], v.surveys.at[i], v.surveys.dip[i], v.surveys.azimuth[i]]).toEqual(['MP20-001', 0, -60, 295]);
    expect(findings('dip-positive-down')).toEqual([]);
    let max = -Infinity;
    for (const d of v.surveys.dip) max = Math.max(max, d);
    expect(max).toBe(45);
  });

  it('every row is kept: no duplicates, overlaps or FROM ≥ TO', () => {
    expect(v.report.tables.map((t) => [t.kind, t.rows, t.excluded])).toEqual([
      ['collars', 273, 0], ['surveys', 7687, 0], ['assays', 6215, 0], ['intervals', 5097, 0]]);
    expect(v.report.findings.filter((f) => f.excluded)).toEqual([]);
    expect(findings('gaps').find((f) => f.file === 'assay.csv')?.message).toMatch(/^471 gaps/);
  });

  it('18 holes have their first survey station below the collar (SOURCE.md), stated once', () => {
    expect(findings('survey-extended-up').map((f) => f.message)).toEqual([
      '18 holes have their first survey station below the collar (TRC20-002, TRC20-003, TRC20-004, TS17-001, TS17-002, …): each runs straight from the collar along its first station']);
  });

  it('67 collars without assays; grades counted per element', () => {
    expect(findings('no-assays')).toHaveLength(67);
    expect(v.report.elements).toEqual([
      { name: 'AG', column: 'Ag_ppm', values: 6114, missing: 101, belowDetection: 0, unit: 'ppm' },
      { name: 'PB', column: 'Pb_pct', values: 6144, missing: 71, belowDetection: 0, unit: 'pct' },
      { name: 'ZN', column: 'Zn_pct', values: 6151, missing: 64, belowDetection: 0, unit: 'pct' },
    ]);
  });

  it("interpretation.csv: the unnamed pandas index is ignored; codes are categories; the deepest data is 945.2 m", () => {
    expect(findings('unnamed-column')).toHaveLength(1);
    expect(Object.keys(v.intervals[0].categories)).toEqual(['code', 'code_long', 'code_description']);
    expect(Object.keys(v.intervals[0].values)).toEqual([]);
    expect(v.intervals[0].categories.code[0]).toBe('TSBF');
    expect(Math.max(...v.collars.depth.filter((d) => !Number.isNaN(d)))).toBe(945.2);
    expect(findings('no-depth')).toHaveLength(2);
  });
});
