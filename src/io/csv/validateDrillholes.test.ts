import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/types.ts';
import { importCollars } from './importCollars.ts';
import { importIntervals } from './importIntervals.ts';
import { importSurveys } from './importSurveys.ts';
import { validateDrillholes } from './validateDrillholes.ts';

const csv = (...lines: string[]) => lines.join('\n');
const brief = (f: Finding[]) => f.map((x) => [x.file, x.row ?? null, x.code, x.excluded]);

describe('validateDrillholes', () => {
  it('duplicate collars: the first row is kept; identical → warning, different → error', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z', 'A,0,0,10', 'B,5,5,10', 'A,0,0,10', 'B,6,5,10'), 'c.csv'),
    });
    expect(v.collars.holeId).toEqual(['A', 'B']);
    expect(v.collars.x[1]).toBe(5);
    const dup = v.report.findings.filter((f) => f.code === 'duplicate-collar');
    expect(dup.map((f) => [f.row, f.severity, f.excluded])).toEqual([[4, 'warning', true], [5, 'error', true]]);
    expect(dup[1].message).toBe('duplicate collar B with different coordinates (6.0, 5.0, 10.0) from row 3 (5.0, 5.0, 10.0); the first is used');
    expect(v.report.tables[0]).toMatchObject({ kind: 'collars', rows: 4, excluded: 2 });
  });

  it('rows of holes without a collar, FROM ≥ TO, duplicates and overlaps are excluded with their reasons', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z,DEPTH', 'A,0,0,10,100', 'B,50,0,10,100'), 'c.csv'),
      surveys: importSurveys(csv('HOLE,AT,AZ,DIP', 'A,0,0,-90', 'B,0,0,-90', 'Z,0,0,-90'), 's.csv'),
      assays: importIntervals(csv('HOLE,FROM,TO,AU',
        'A,0,2,1',      // 2
        'A,2,4,2',      // 3
        'A,4,4,3',      // 4 FROM = TO
        'A,6,5,3',      // 5 FROM > TO
        'A,2,4,2',      // 6 exact duplicate of row 3, same values
        'A,2,4,9',      // 7 exact duplicate of row 3, different values
        'A,3,6,1',      // 8 overlaps row 3
        'A,8,10,1',     // 9 after a gap
        'Q,0,1,1',      // 10 no collar
        'B,1,3,0.5',    // 11
        'B,0,1,0.2',    // 12 (file order differs from depth order)
      ), 'a.csv'),
    });
    expect(brief(v.report.findings.filter((f) => f.excluded))).toEqual([
      ['s.csv', 4, 'no-collar', true],
      ['a.csv', 4, 'from-ge-to', true], ['a.csv', 5, 'from-ge-to', true],
      ['a.csv', 6, 'duplicate-interval', true], ['a.csv', 7, 'duplicate-interval', true],
      ['a.csv', 8, 'overlap', true], ['a.csv', 10, 'no-collar', true],
    ]);
    const msg = Object.fromEntries(v.report.findings.filter((f) => f.excluded && f.file === 'a.csv').map((f) => [f.row, f.message]));
    expect(msg[4]).toBe('FROM 4.0 ≥ TO 4.0');
    expect(msg[6]).toBe('interval 2.0–4.0 duplicates row 3; the first is used');
    expect(msg[7]).toBe('interval 2.0–4.0 duplicates row 3 (with different values); the first is used');
    expect(msg[8]).toBe('interval 3.0–6.0 overlaps 2.0–4.0 at row 3');
    expect(msg[10]).toBe('hole Q is not in the collar table c.csv');
    // Kept: grouped by hole in collar order, sorted by FROM.
    expect(v.assays.holeId).toEqual(['A', 'A', 'A', 'B', 'B']);
    expect(Array.from(v.assays.from)).toEqual([0, 2, 8, 0, 1]);
    expect(Array.from(v.assays.row)).toEqual([2, 3, 9, 12, 11]);
    expect(Array.from(v.assays.values.AU)).toEqual([1, 2, 1, 0.2, 0.5]);
    expect(Array.from(v.offsets.assays)).toEqual([0, 3, 5]);
    expect(v.report.findings.find((f) => f.code === 'gaps')?.message).toMatch(/^1 gaps between/);
    expect(v.report.tables.map((t) => [t.kind, t.rows, t.excluded])).toEqual([['collars', 2, 0], ['surveys', 3, 1], ['assays', 11, 6]]);
  });

  it('end of hole: stated depths are kept and extended by deeper intervals (warning, rows kept)', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z,EOH', 'A,0,0,10,5', 'B,0,0,10,'), 'c.csv'),
      surveys: importSurveys(csv('HOLE,AT,AZ,DIP', 'A,0,0,-90', 'A,8,0,-80', 'B,0,0,-90', 'B,30,0,-85'), 's.csv'),
      assays: importIntervals(csv('HOLE,FROM,TO,CU', 'A,0,4,1', 'A,4,6,1', 'A,6,7,1', 'B,0,12,1'), 'a.csv'),
    });
    expect(Array.from(v.collars.depth)).toEqual([7, 30]);
    expect(brief(v.report.findings)).toEqual([
      ['c.csv', 3, 'eoh-from-data', false],
      ['s.csv', 3, 'survey-beyond-eoh', false],
      ['a.csv', 3, 'beyond-eoh', false], ['a.csv', 4, 'beyond-eoh', false],
    ]);
    expect(v.report.findings[2].message).toBe('interval 4.0–6.0 goes below the end of hole 5.0 given in c.csv; end of hole taken as 7.0');
    expect(v.report.findings[0].message).toBe('no end-of-hole depth: taken as 30.0, the deepest interval or survey station');
  });

  it('without a depth column the end of hole is the deepest interval or station (one table-level info)', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z', 'A,0,0,10', 'B,0,0,10', 'C,0,0,10'), 'c.csv'),
      surveys: importSurveys(csv('HOLE,AT,AZ,DIP', 'A,0,0,-90', 'A,50,0,-90', 'C,0,0,-90'), 's.csv'),
      assays: importIntervals(csv('HOLE,FROM,TO,CU', 'A,0,20,1', 'B,0,12,1'), 'a.csv'),
    });
    expect(Array.from(v.collars.depth)).toEqual([50, 12, NaN]);
    expect(brief(v.report.findings)).toEqual([
      ['c.csv', null, 'eoh-from-data', false],
      ['c.csv', 3, 'no-survey', false],
      ['c.csv', 4, 'no-depth', false], ['c.csv', 4, 'no-assays', false],
    ]);
    expect(v.report.findings[0].message).toBe('no end-of-hole column: the end of hole of 2 holes is the deepest interval or survey station');
  });

  it('a hole without surveys gets one synthetic vertical station (warning); stations come sorted per hole', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z', 'A,0,0,10', 'B,0,0,10', 'C,0,0,10'), 'c.csv'),
      surveys: importSurveys(csv('HOLE,AT,AZ,DIP', 'C,50,10,-60', 'A,0,0,-90', 'C,0,20,-70', 'C,50,11,-61'), 's.csv'),
    });
    expect(v.surveys.holeId).toEqual(['A', 'B', 'C', 'C']);
    expect(Array.from(v.surveys.at)).toEqual([0, 0, 0, 50]);
    expect(Array.from(v.surveys.dip)).toEqual([-90, -90, -70, -60]);
    expect(Array.from(v.surveys.row)).toEqual([3, 0, 4, 2]);
    expect(Array.from(v.offsets.surveys)).toEqual([0, 1, 2, 4]);
    // A and B have nothing below the collar: their depth is unknown.
    expect(brief(v.report.findings.filter((f) => f.code !== 'eoh-from-data'))).toEqual([
      ['c.csv', 2, 'no-depth', false], ['c.csv', 3, 'no-depth', false], ['c.csv', 3, 'no-survey', false],
      ['s.csv', 5, 'duplicate-survey', true],
    ]);
    expect(Array.from(v.collars.depth)).toEqual([NaN, NaN, 50]);
  });

  it("a far dummy station (≥ 10000 and > 2× the deepest data) is excluded; a real deep station is not", () => {
    const v = validateDrillholes({
      collars: importCollars(csv('BHID,X,Y,Z', 'A,0,0,10', 'B,0,0,10', 'C,0,0,10'), 'c.csv'),
      surveys: importSurveys(csv('BHID,AT,AZ,DIP', 'A,0,0,-60', 'A,90000,0,-60', 'B,0,0,-60', 'B,522.4,0,-60', 'C,0,0,-60', 'C,12000,0,-60'), 's.csv'),
      assays: importIntervals(csv('BHID,FROM,TO,CU', 'A,0,2515,', 'B,0,51.2,1', 'C,0,9000,1'), 'a.csv'),
    });
    expect(brief(v.report.findings.filter((f) => f.code.startsWith('survey')))).toEqual([['s.csv', null, 'survey-extended-down', false], ['s.csv', 3, 'survey-far-beyond', true]]);
    expect(v.report.findings.find((f) => f.code === 'survey-extended-down')!.message)
      .toBe('1 hole has intervals or an end of hole below their last survey station (A): it goes on straight along its last station');
    expect(Array.from(v.surveys.at)).toEqual([0, 0, 522.4, 0, 12000]);
    expect(Array.from(v.collars.depth)).toEqual([2515, 522.4, 12000]);
  });

  it('says which holes the desurvey extends above their first or below their last station', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z,DEPTH', 'A,0,0,10,100', 'B,0,0,10,', 'C,0,0,10,', 'D,0,0,10,'), 'c.csv'),
      surveys: importSurveys(csv('HOLE,AT,AZ,DIP', 'A,0,0,-60', 'A,100,0,-60', 'B,12.5,0,-70', 'C,0,0,-80', 'C,40,0,-80'), 's.csv'),
      assays: importIntervals(csv('HOLE,FROM,TO,AU', 'A,0,100,1', 'B,0,30,1', 'C,0,50,1', 'D,0,10,1'), 'a.csv'),
    });
    // A: surveyed from the collar to its end of hole. B: first station at 12.5 and deepest assay at 30,
    // below its only station. C: assays to 50, last station at 40. D: no survey (vertical, 'no-survey').
    const f = v.report.findings.filter((x) => x.code.startsWith('survey-extended'));
    expect(f.map((x) => [x.severity, x.file, x.row ?? null, x.excluded, x.message])).toEqual([
      ['info', 's.csv', null, false, '1 hole has their first survey station below the collar (B): it runs straight from the collar along its first station'],
      ['info', 's.csv', null, false, '2 holes have intervals or an end of hole below their last survey station (B, C): each goes on straight along its last station'],
    ]);
    expect(v.report.findings.filter((x) => x.code === 'no-survey').map((x) => x.holeId)).toEqual(['D']);
  });

  it('collars without assays are an info finding; further interval tables are validated the same way', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z', 'A,0,0,10', 'B,0,0,10'), 'c.csv'),
      surveys: importSurveys(csv('HOLE,AT,AZ,DIP', 'A,0,0,-90', 'B,0,0,-90'), 's.csv'),
      assays: importIntervals(csv('HOLE,FROM,TO,CU', 'A,0,1,1'), 'a.csv'),
      intervals: [importIntervals(csv('HOLE,FROM,to_depth,rock', 'B,0,5,gr', 'B,4,6,sh', 'B,6,8,sh'), 'l.csv')],
    });
    expect(brief(v.report.findings.filter((f) => f.code !== 'eoh-from-data'))).toEqual([
      ['c.csv', 3, 'no-assays', false], ['s.csv', null, 'survey-extended-down', false], ['l.csv', null, 'gaps', false], ['l.csv', 3, 'overlap', true],
    ]);
    expect(v.intervals[0].categories.rock).toEqual(['gr', 'sh']);
    expect(Array.from(v.offsets.intervals[0])).toEqual([0, 0, 2]);
    expect(Array.from(v.collars.depth)).toEqual([1, 8]);
    expect(v.report.tables.map((t) => t.kind)).toEqual(['collars', 'surveys', 'assays', 'intervals']);
  });

  it('without a survey table every hole is vertical with a warning; without assays the assay table is empty', () => {
    const v = validateDrillholes({ collars: importCollars(csv('HOLE,X,Y,Z,DEPTH', 'A,0,0,10,30'), 'c.csv') });
    expect(Array.from(v.surveys.dip)).toEqual([-90]);
    expect(v.assays.from.length).toBe(0);
    expect(brief(v.report.findings)).toEqual([['c.csv', 2, 'no-survey', false]]);
  });

  it('rows of a hole whose collar row was excluded at import say so', () => {
    const v = validateDrillholes({
      collars: importCollars(csv('HOLE,X,Y,Z', 'A,,0,10'), 'c.csv'),
      assays: importIntervals(csv('HOLE,FROM,TO', 'A,0,1'), 'a.csv'),
    });
    expect(v.collars.holeId).toEqual([]);
    expect(v.report.findings.map((f) => [f.file, f.row, f.code, f.message])).toEqual([
      ['c.csv', 2, 'missing-value', 'X is blank'],
      ['a.csv', 2, 'no-collar', 'hole A has no usable collar (c.csv row 2 was excluded)'],
    ]);
  });
});
