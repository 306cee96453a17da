import { describe, expect, it } from 'vitest';
import { importCollars } from './importCollars.ts';
import { ImportError } from './importError.ts';

describe('importCollars', () => {
  it('reads hole ids as strings, coordinates and depth, with spreadsheet rows', () => {
    const r = importCollars('\uFEFFHOLE_ID,EASTING (m),NORTHING,RL,EOH\r\n007,100.5,200,50,120\r\n"B-1",1,2,3,\r\n', 'collar.csv');
    const t = r.table;
    expect(t.holeId).toEqual(['007', 'B-1']);
    expect(Array.from(t.x)).toEqual([100.5, 1]);
    expect(Array.from(t.y)).toEqual([200, 2]);
    expect(Array.from(t.z)).toEqual([50, 3]);
    expect(t.depth[0]).toBe(120);
    expect(t.depth[1]).toBeNaN();
    expect(Array.from(t.row)).toEqual([2, 3]);
    expect(r.summary).toEqual({ kind: 'collars', file: 'collar.csv', rows: 2, excluded: 0, columns: { HOLEID: 'HOLE_ID', X: 'EASTING (m)', Y: 'NORTHING', Z: 'RL', DEPTH: 'EOH' } });
    expect(r.findings).toEqual([]);
  });

  it('excludes rows with a missing hole id or a blank/non-numeric coordinate, one finding per row with every reason', () => {
    const r = importCollars('BHID,X,Y,Z\nA,1,2,3\n,1,2,3\nC,,2,abc\nD,1,2,3\n', 'c.csv');
    expect(r.table.holeId).toEqual(['A', 'D']);
    expect(r.summary.excluded).toBe(2);
    expect(r.findings).toEqual([
      { severity: 'error', code: 'missing-value', file: 'c.csv', row: 3, column: 'BHID', message: 'BHID is blank', excluded: true, params: { column: 'BHID' } },
      { severity: 'error', code: 'missing-value', file: 'c.csv', row: 4, column: 'X', holeId: 'C', message: "X is blank; Z 'abc' is not a number", excluded: true,
        params: { column: 'X' }, also: [{ code: 'non-numeric', variant: 'required', params: { column: 'Z', value: 'abc' } }] },
    ]);
  });

  it('a non-numeric or non-positive depth is unknown (NaN) with a warning; the row is kept', () => {
    const r = importCollars('HOLE,X,Y,Z,DEPTH\nA,1,2,3,deep\nB,1,2,3,0\n', 'c.csv');
    expect(r.table.holeId).toEqual(['A', 'B']);
    expect(Array.from(r.table.depth)).toEqual([NaN, NaN]);
    expect(r.findings.map((f) => [f.code, f.row, f.excluded])).toEqual([['bad-depth', 2, false], ['bad-depth', 3, false]]);
  });

  it('warns about rows with extra fields', () => {
    const r = importCollars('HOLE,X,Y,Z\nA,1,2,3,oops\nB,1,2,3,\n', 'c.csv');
    expect(r.findings.map((f) => [f.code, f.row])).toEqual([['field-count', 2]]);
  });

  it('throws an ImportError when a required column is missing', () => {
    expect(() => importCollars('HOLE,X,Y\nA,1,2\n', 'collar.csv')).toThrow(ImportError);
    expect(() => importCollars('HOLE,X,Y\nA,1,2\n', 'collar.csv')).toThrow(/^collar\.csv: no Z column \(looked for Z, RL, ELEV/);
  });

  it('applies an explicit column mapping', () => {
    const r = importCollars('name,e,n,h\nA,1,2,3\n', 'c.csv', { columns: { HOLEID: 'name', X: 'e', Y: 'n', Z: 'h' } });
    expect(r.table.holeId).toEqual(['A']);
    expect([r.table.x[0], r.table.y[0], r.table.z[0]]).toEqual([1, 2, 3]);
  });
});
