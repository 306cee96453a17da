import { describe, expect, it } from 'vitest';
import { importIntervals } from './importIntervals.ts';

const ASSAY = [
  'hole_ID,depth_from,depth_to,Cu_pct,Au_ppm,rock code,SAMPLE',
  'A,0,1,0.5,<0.01,gr,101',
  'A,1,2,-0.001,0.2,gr,102',
  'A,2,3,,-0.005,bx,103',
  'A,3,4,NA,-99,bx,104',
  'A,4,5,n.s.,>10,,105',
  'A,,6,1,1,bx,106',
].join('\n');

describe('importIntervals', () => {
  it('reads grades by element symbol, categories by column name, and counts missing / below detection per element', () => {
    const r = importIntervals(ASSAY, 'assay.csv');
    const t = r.table;
    expect(t.holeId).toEqual(['A', 'A', 'A', 'A', 'A']);
    expect(Array.from(t.from)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(t.row)).toEqual([2, 3, 4, 5, 6]);
    expect(Object.keys(t.values)).toEqual(['CU', 'AU']);
    // Default rule: half the detection limit.
    expect(Array.from(t.values.CU)).toEqual([0.5, 0.0005, NaN, NaN, NaN]);
    expect(Array.from(t.values.AU)).toEqual([0.005, 0.2, 0.0025, NaN, 10]);
    expect(t.categories).toEqual({ 'rock code': ['gr', 'gr', 'bx', 'bx', ''], SAMPLE: ['101', '102', '103', '104', '105'] });
    expect(r.elements).toEqual([
      { name: 'CU', column: 'Cu_pct', values: 2, missing: 3, belowDetection: 1, unit: 'pct' },
      { name: 'AU', column: 'Au_ppm', values: 4, missing: 1, belowDetection: 2, unit: 'ppm' },
    ]);
    expect(r.valueColumns.map((c) => [c.key, c.kind, c.element, c.unit])).toEqual([
      ['CU', 'value', 'CU', 'pct'], ['AU', 'value', 'AU', 'ppm'], ['rock code', 'category', undefined, undefined], ['SAMPLE', 'category', undefined, undefined]]);
    expect(r.findings.map((f) => [f.code, f.row, f.column, f.excluded])).toEqual([
      ['missing-value', 7, 'depth_from', true],
      ['non-numeric', 6, 'Cu_pct', false],
      ['above-detection', undefined, 'Au_ppm', false],
    ]);
    expect(r.summary).toMatchObject({ kind: 'intervals', rows: 6, excluded: 1 });
  });

  it('applies the below-detection rule and missing codes from the options', () => {
    const r = importIntervals(ASSAY, 'assay.csv', { belowDetection: { rule: 'zero', negativeIsBelowDetection: false }, missingCodes: ['NA', 'n.s.'] });
    expect(Array.from(r.table.values.CU)).toEqual([0.5, -0.001, NaN, NaN, NaN]);
    expect(Array.from(r.table.values.AU)).toEqual([0, 0.2, -0.005, -99, 10]);
    expect(r.elements[0]).toEqual({ name: 'CU', column: 'Cu_pct', values: 2, missing: 3, belowDetection: 0, unit: 'pct' });
    expect(r.findings.filter((f) => f.code === 'non-numeric')).toEqual([]);
  });

  it('a numeric column with an unknown name is a grade keyed by its name; a mostly-text column is a category', () => {
    const r = importIntervals('BHID,FROM,TO,Gold,RQD,Lith\nA,0,1,1.5,80,1\nA,1,2,2.5,90,sh\nA,2,3,3,95,sh\n', 'a.csv');
    expect(Object.keys(r.table.values)).toEqual(['Gold', 'RQD']);
    expect(r.table.categories.Lith).toEqual(['1', 'sh', 'sh']);
  });

  it('columns that would share a key are renamed after the column (with an info finding)', () => {
    const r = importIntervals('BHID,FROM,TO,Au_ppm,Au_ppb\nA,0,1,1,1000\n', 'a.csv');
    expect(Object.keys(r.table.values)).toEqual(['AU_PPM', 'AU_PPB']);
    expect(r.findings.map((f) => f.code)).toEqual(['renamed-column', 'renamed-column']);
  });

  it('an explicit element mapping names a column', () => {
    const r = importIntervals('BHID,FROM,TO,Gold g/t\nA,0,1,1.5\n', 'a.csv', { columns: { AU: 'Gold g/t' } });
    expect(Array.from(r.table.values.AU)).toEqual([1.5]);
    expect(r.elements[0].column).toBe('Gold g/t');
  });

  it('caps per-value text findings at 50 per column and summarises the rest', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `A,${i},${i + 1},${i < 70 ? 'IS' : '1'}`);
    const r = importIntervals(['BHID,FROM,TO,Cu', ...rows].join('\n'), 'a.csv');
    const text = r.findings.filter((f) => f.code === 'non-numeric');
    expect(text).toHaveLength(51);
    expect(text[50].message).toBe("20 more values in column 'Cu' are not numbers (70 in all) — read as missing");
    expect(r.elements[0]).toMatchObject({ values: 50, missing: 70 });
  });

  it('excludes negative FROM', () => {
    const r = importIntervals('BHID,FROM,TO\nA,-1,1\nA,1,2\n', 'a.csv');
    expect(r.table.from.length).toBe(1);
    expect(r.findings).toEqual([{ severity: 'error', code: 'negative-depth', file: 'a.csv', row: 2, column: 'FROM', holeId: 'A', message: 'FROM -1.0 is negative', excluded: true, params: { column: 'FROM', value: '-1.0' } }]);
  });
});
