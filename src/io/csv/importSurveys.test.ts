import { describe, expect, it } from 'vitest';
import { importSurveys } from './importSurveys.ts';

describe('importSurveys', () => {
  it('keeps negative-down dips as they are (mixed signs: upward holes are legitimate)', () => {
    const r = importSurveys('hole_ID,depth,dip,azimuth\nA,0,-60,10\nA,50,-58,12\nU,0,5,90\n', 's.csv');
    expect(Array.from(r.table.dip)).toEqual([-60, -58, 5]);
    expect(Array.from(r.table.azimuth)).toEqual([10, 12, 90]);
    expect(Array.from(r.table.at)).toEqual([0, 50, 0]);
    expect(r.findings).toEqual([]);
  });

  it('auto: all dips ≥ 0 are read as positive-down and negated, with one warning', () => {
    const r = importSurveys('BHID,AT,AZ,DIP\nA,0,0,90\nA,100,327,60\nB,0,0,0\n', 's.csv');
    expect(Array.from(r.table.dip)).toEqual([-90, -60, 0]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', code: 'dip-positive-down', file: 's.csv', excluded: false });
    expect(r.findings[0].row).toBeUndefined();
  });

  it("explicit dipSign: 'negativeDown' never negates, 'positiveDown' always does", () => {
    const text = 'BHID,AT,AZ,DIP\nA,0,0,45\nA,10,0,-30\n';
    expect(Array.from(importSurveys(text, 's.csv', { dipSign: 'negativeDown' }).table.dip)).toEqual([45, -30]);
    expect(Array.from(importSurveys(text, 's.csv', { dipSign: 'positiveDown' }).table.dip)).toEqual([-45, 30]);
    expect(Array.from(importSurveys('BHID,AT,AZ,DIP\nA,0,0,45\n', 's.csv', { dipSign: 'negativeDown' }).table.dip)).toEqual([45]);
  });

  it('excludes bad stations with their reasons; a blank azimuth at a vertical station reads as 0', () => {
    const r = importSurveys('BHID,AT,AZ,DIP\nA,0,,-90\nA,-5,10,-80\nA,10,10,-95\nA,20,x,-80\nA,30,400,-80\nA,40,,-80\nA,50,10,-80\n', 's.csv');
    expect(Array.from(r.table.at)).toEqual([0, 50]);
    expect(Array.from(r.table.azimuth)).toEqual([0, 10]);
    expect(r.findings.map((f) => [f.row, f.code, f.excluded])).toEqual([
      [2, 'azimuth-missing-vertical', false],
      [3, 'negative-depth', true], [4, 'out-of-range', true], [5, 'non-numeric', true],
      [6, 'out-of-range', true], [7, 'missing-value', true],
    ]);
    expect(r.summary.excluded).toBe(5);
  });
});
