import { describe, expect, it } from 'vitest';
import { ImportError } from './importError.ts';
import { parseCsv } from './parseCsv.ts';
import { readHeader, readTable } from './readTable.ts';

describe('parseCsv', () => {
  it('strips a UTF-8 BOM and reads CRLF line ends', () => {
    const t = parseCsv('\uFEFFhole_ID,x\r\nA,1\r\nB,2\r\n', 'c.csv');
    expect(t.header).toEqual(['hole_ID', 'x']);
    expect(t.records).toEqual([['A', '1'], ['B', '2']]);
    expect(Array.from(t.rows)).toEqual([2, 3]);
  });

  it('keeps quoted fields with delimiters, doubled quotes and line breaks', () => {
    const t = parseCsv('id,desc,v\n1,"a, b",2\n2,"say ""hi""",3\n3,"two\nlines",4\n4,plain,5\n', 'q.csv');
    expect(t.records.map((r) => r[1])).toEqual(['a, b', 'say "hi"', 'two\nlines', 'plain']);
    // A record with an embedded line break is one spreadsheet row.
    expect(Array.from(t.rows)).toEqual([2, 3, 4, 5]);
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const t = parseCsv('\n\na,b\n1,2\n\n3,4\n   \n\n', 'b.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([['1', '2'], ['3', '4']]);
    expect(Array.from(t.rows)).toEqual([4, 6]);
  });

  it('keeps a row of bare delimiters as a record (it must get a finding, not vanish)', () => {
    const t = parseCsv('a,b\n,\n1,2', 'd.csv');
    expect(t.records).toEqual([['', ''], ['1', '2']]);
    expect(Array.from(t.rows)).toEqual([2, 3]);
  });

  it('detects tab and semicolon delimiters and trims header names', () => {
    expect(parseCsv(' a \t b\n1\t2\n', 't.tsv').header).toEqual(['a', 'b']);
    expect(parseCsv('a;b\n1,5;2\n', 's.csv').records).toEqual([['1,5', '2']]);
  });

  it('throws an ImportError for an empty file and for an unterminated quote', () => {
    expect(() => parseCsv('\r\n\r\n', 'e.csv')).toThrow(ImportError);
    expect(() => parseCsv('\r\n\r\n', 'e.csv')).toThrow(/e\.csv: the file is empty/);
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', 'u.csv')).toThrow(/u\.csv row 2: unterminated quoted field/);
  });

  it('readTable picks GEO-EAS for .dat names and CSV otherwise; readHeader reads only the header', () => {
    expect(readTable('t\n2\nX\nY\n1 2\n', 'p.dat').format).toBe('gslib');
    expect(readTable('X,Y\n1,2\n', 'p.csv').format).toBe('csv');
    expect(readTable('t\n1\nX\n5\n', 'p.txt', 'gslib').records).toEqual([['5']]);
    expect(readHeader('\uFEFF\r\nhole_ID,depth,dip\r\nA,0,-90\r\n', 's.csv')).toEqual(['hole_ID', 'depth', 'dip']);
    expect(readHeader('title\n2\nXlocation\nYlocation\n1 2\n', 'c.dat')).toEqual(['Xlocation', 'Ylocation']);
  });
});
