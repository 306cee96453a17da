/**
 * Copper Creek (drilldown) drillholes: UTF-8 BOM + CRLF, metres. Expected figures from
 * ../shared/datasets/copper_creek/SOURCE.md, and checked independently with Python's csv module
 * (encoding utf-8-sig): Cu 331 and Ag 311 negative values; per hole, intervals sorted by (FROM, file row):
 * 141 exact FROM/TO duplicates (all NE-6), 14 overlaps (10 NE-6, 4 CA28_PLUS_8), 585 gaps; lithology 11 overlaps;
 * holes with a positive dip: awk -F, '$4+0>0' survey.csv | cut -d, -f1 | sort -u | wc -l → 28 (26 EH*, UG7, UG8).
 */
import { beforeAll, expect, it } from 'vitest';
import { formatFinding } from './formatFinding.ts';
import { importCollars } from './importCollars.ts';
import { importIntervals } from './importIntervals.ts';
import { importSurveys } from './importSurveys.ts';
import { describeShared, readDataset } from '../../../tests/sharedData.ts';
import { validateDrillholes, type ValidatedDrillholes } from './validateDrillholes.ts';

let v: ValidatedDrillholes;
const findings = (code: string, file?: string) => v.report.findings.filter((f) => f.code === code && (file === undefined || f.file === file));

beforeAll(() => {
  v = validateDrillholes({
    collars: importCollars(readDataset('copper_creek/collar.csv'), 'collar.csv'),
    surveys: importSurveys(readDataset('copper_creek/survey.csv'), 'survey.csv'),
    assays: importIntervals(readDataset('copper_creek/assay.csv'), 'assay.csv'),
    intervals: [importIntervals(readDataset('copper_creek/lithology.csv'), 'lithology.csv')],
  });
});

describeShared('Copper Creek', () => {
  it('reads the BOM+CRLF files: column names are clean, every row is read', () => {
    expect(v.report.tables.map((t) => [t.kind, t.file, t.rows])).toEqual([
      ['collars', 'collar.csv', 545], ['surveys', 'survey.csv', 5822], ['assays', 'assay.csv', 67321], ['intervals', 'lithology.csv', 7150]]);
    expect(v.report.tables[0].columns.HOLEID).toBe('hole_ID');
    expect(v.report.tables[2].columns).toEqual({ HOLEID: 'hole_ID', FROM: 'depth_from', TO: 'depth_to' });
    expect(v.report.tables[3].columns).toEqual({ HOLEID: 'hole_ID', FROM: 'depth_from', TO: 'to_depth' });
    expect(Object.keys(v.intervals[0].categories)).toEqual(['rock unit', 'rock code', 'rock class']);
    expect(v.collars.holeId[0]).toBe('A-11');
  });

  it('negative below-detection values are counted per element and replaced by half the limit', () => {
    expect(v.report.elements).toEqual([
      { name: 'CU', column: 'Cu_pct', values: 67072, missing: 249, belowDetection: 331, unit: 'pct' },
      { name: 'MO', column: 'Mo_pct', values: 53792, missing: 13529, belowDetection: 7804, unit: 'pct' },
      { name: 'AG', column: 'Ag_ppm', values: 35384, missing: 31937, belowDetection: 311, unit: 'ppm' },
      { name: 'AU', column: 'Au_ppm', values: 7196, missing: 60125, belowDetection: 1489, unit: 'ppm' },
    ]);
    // NE-6 first interval: Mo -0.001 → 0.0005.
    const i = v.assays.row.indexOf(32824);
    expect(v.assays.holeId[i]).toBe('NE-6');
    expect(v.assays.values.MO[i]).toBe(0.0005);
    let negatives = 0;
    for (const a of Object.values(v.assays.values)) for (const x of a) if (x < 0) negatives++;
    expect(negatives).toBe(0);
  });

  it("NE-6's 141 duplicated intervals and the overlaps of NE-6 and CA28_PLUS_8 are excluded", () => {
    const dup = findings('duplicate-interval', 'assay.csv');
    expect(dup).toHaveLength(141);
    expect(new Set(dup.map((f) => f.holeId))).toEqual(new Set(['NE-6']));
    // The repeated block (rows 33263..) carries no grades; the graded first block is the one kept.
    expect(dup.every((f) => f.row! >= 33263 && f.excluded)).toBe(true);
    const ov = findings('overlap', 'assay.csv');
    expect(ov.map((f) => f.holeId).filter((h) => h === 'NE-6')).toHaveLength(10);
    expect(ov.filter((f) => f.holeId === 'CA28_PLUS_8').map((f) => f.row)).toEqual([3704, 3705, 3706, 3707]);
    expect(formatFinding(ov.find((f) => f.row === 3704)!)).toBe(
      'assay.csv row 3704: interval 426.72–435.87 overlaps 426.72–429.77 at row 3688 (hole CA28_PLUS_8) — excluded');
    expect(v.report.tables[2].excluded).toBe(155);
    expect(v.assays.from.length).toBe(67321 - 155);
    expect(findings('from-ge-to')).toEqual([]);
    expect(findings('no-collar')).toEqual([]);
    expect(findings('gaps', 'assay.csv')[0].message).toMatch(/^585 gaps/);
    expect(findings('overlap', 'lithology.csv')).toHaveLength(11);
  });

  it('57 collars have no assays (info); every collar has surveys; end of hole comes from the data', () => {
    const none = findings('no-assays');
    expect(none).toHaveLength(57);
    expect(none.every((f) => f.severity === 'info' && !f.excluded)).toBe(true);
    expect(findings('no-survey')).toEqual([]);
    expect(findings('eoh-from-data')).toHaveLength(1);
    // Seven AR-*/HK-1 holes have only a collar station and no intervals at all.
    expect(findings('no-depth').map((f) => f.holeId)).toEqual(['AR-1', 'AR-1a', 'AR-2', 'AR-3', 'AR-4', 'AR-4a', 'HK-1']);
    expect(Math.max(...v.collars.depth.filter((d) => !Number.isNaN(d)))).toBe(1891.28);
  });

  it('survey gaps (SOURCE.md): 101 holes start below the collar; 146 have assays below their last station', () => {
    expect(findings('survey-extended-up').map((f) => f.message)).toEqual([
      '101 holes have their first survey station below the collar (A-11, BM-1, BM-10, BM-11, BM-12, …): each runs straight from the collar along its first station']);
    // With the lithology table the deepest data of 49 more holes is a lithology interval.
    expect(findings('survey-extended-down')[0].message).toMatch(/^195 holes have intervals/);
    const assaysOnly = validateDrillholes({
      collars: importCollars(readDataset('copper_creek/collar.csv'), 'collar.csv'),
      surveys: importSurveys(readDataset('copper_creek/survey.csv'), 'survey.csv'),
      assays: importIntervals(readDataset('copper_creek/assay.csv'), 'assay.csv'),
    });
    expect(assaysOnly.report.findings.filter((f) => f.code === 'survey-extended-down')[0].message).toMatch(/^146 holes have intervals/);
  });

  it('the upward underground holes (EH*, UG7, UG8; dip +5) are kept as drilled and not flagged', () => {
    const up = new Set<string>();
    v.surveys.dip.forEach((d, i) => { if (d > 0) up.add(v.surveys.holeId[i]); });
    expect(up.size).toBe(28);
    expect([...up].filter((h) => h.startsWith('EH'))).toHaveLength(26);
    expect(findings('dip-positive-down')).toEqual([]);
    const flagged = v.report.findings.filter((f) => f.holeId !== undefined && up.has(f.holeId) && f.severity !== 'info');
    expect(flagged).toEqual([]);
  });
});
