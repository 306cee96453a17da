import { describe, expect, it } from 'vitest';
import { ImportError } from './importError.ts';
import { parseGslib } from './parseGslib.ts';
import { readDataset } from '../../../tests/sharedData.ts';

describe('parseGslib', () => {
  it('reads title, variable count, names and whitespace-separated data with line numbers', () => {
    const t = parseGslib('My data\r\n3\r\nX coord\r\nY\r\nGrade (g/t)\r\n  1.5   2.5  0.3\r\n\r\n2\t3\t-999\r\n', 'a.dat');
    expect(t.header).toEqual(['X coord', 'Y', 'Grade (g/t)']);
    expect(t.records).toEqual([['1.5', '2.5', '0.3'], ['2', '3', '-999']]);
    expect(Array.from(t.rows)).toEqual([6, 8]);
  });

  it('accepts a GSLIB grid header line (more numbers after the count)', () => {
    const t = parseGslib('kt3d\n2 50 50 1 .5 .5 .5 1 1 1 1\nEstimate\nVariance\n1 2\n', 'k.out');
    expect(t.header).toEqual(['Estimate', 'Variance']);
  });

  it('rejects a file whose second line is not a count', () => {
    expect(() => parseGslib('x,y\nAu,2\n', 'p.dat')).toThrow(ImportError);
    expect(() => parseGslib('x,y\nAu,2\n', 'p.dat')).toThrow(/p\.dat row 2: not a GEO-EAS file/);
    expect(() => parseGslib('t\n4\nA\nB\n', 'short.dat')).toThrow(/4 variable names announced/);
  });

  it('reads GSLIB cluster.dat: 140 samples, 5 variables', () => {
    const t = parseGslib(readDataset('gslib_cluster/cluster.dat'), 'cluster.dat');
    expect(t.header).toEqual(['Xlocation', 'Ylocation', 'Primary', 'Secondary', 'Declustering Weight']);
    expect(t.records).toHaveLength(140);
    expect(t.records.every((r) => r.length === 5)).toBe(true);
    // First data line is line 8 (title, count, 5 names).
    expect(t.rows[0]).toBe(8);
    expect(t.rows[139]).toBe(147);
  });
});
