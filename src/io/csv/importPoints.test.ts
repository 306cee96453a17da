import { describe, expect, it } from 'vitest';
import { importPoints } from './importPoints.ts';
import { pointsReport } from './pointsReport.ts';
import { readDataset } from '../../../tests/sharedData.ts';

describe('importPoints', () => {
  it('reads X,Y,Z and values from CSV; negatives are below detection only in element columns', () => {
    const r = importPoints('X,Y,Z,Au_ppm,NS,domain\n1,2,3,-0.01,-1.2,ox\n4,5,6,0.5,0.3,fr\n7,,9,1,1,ox\n', 'p.csv');
    const t = r.table;
    expect(t.is2D).toBe(false);
    expect(Array.from(t.x)).toEqual([1, 4]);
    expect(Array.from(t.z)).toEqual([3, 6]);
    expect(Array.from(t.values.AU)).toEqual([0.005, 0.5]);
    expect(Array.from(t.values.NS)).toEqual([-1.2, 0.3]);
    expect(t.categories).toEqual({ domain: ['ox', 'fr'] });
    expect(t.holeId).toBeUndefined();
    expect(r.findings).toEqual([{ severity: 'error', code: 'missing-value', file: 'p.csv', row: 4, column: 'Y', message: 'Y is blank', excluded: true }]);
    expect(pointsReport(r)).toEqual({ findings: r.findings, tables: [r.summary], elements: r.elements });
  });

  it('2-D data without Z: is2D and z = 0; hole ids kept when present', () => {
    const r = importPoints('BHID,EAST,NORTH,CU\nA,1,2,0.1\nB,3,4,0.2\n', 'p.csv');
    expect(r.table.is2D).toBe(true);
    expect(Array.from(r.table.z)).toEqual([0, 0]);
    expect(r.table.holeId).toEqual(['A', 'B']);
  });

  it('reads GSLIB cluster.dat: 140 2-D samples with Primary, Secondary and the declustering weight', () => {
    const r = importPoints(readDataset('gslib_cluster/cluster.dat'), 'cluster.dat');
    const t = r.table;
    expect(t.x.length).toBe(140);
    expect(t.is2D).toBe(true);
    expect(r.summary.columns).toEqual({ X: 'Xlocation', Y: 'Ylocation' });
    expect(Object.keys(t.values)).toEqual(['Primary', 'Secondary', 'Declustering Weight']);
    // First and last data lines of the file: "39.5 18.5 .06 .22 1.619" (line 8) and the last line (147).
    expect([t.x[0], t.y[0], t.values.Primary[0], t.values.Secondary[0], t.values['Declustering Weight'][0]]).toEqual([39.5, 18.5, 0.06, 0.22, 1.619]);
    expect(t.row[0]).toBe(8);
    expect(t.row[139]).toBe(147);
    expect(r.findings).toEqual([{ severity: 'info', code: 'two-dimensional', file: 'cluster.dat', excluded: false,
      message: 'no Z column (Xlocation, Ylocation only): 2-D data, Z = 0 for every sample' }]);
    // SOURCE.md: naive mean of Primary 4.35; x,y on half-integer nodes in [0, 50].
    const mean = t.values.Primary.reduce((a, b) => a + b, 0) / 140;
    expect(mean).toBeCloseTo(4.35, 2);
    expect(Array.from(t.x).every((v) => v >= 0 && v <= 50 && v - Math.floor(v) === 0.5)).toBe(true);
  });

  it('reports samples sharing a location (kept) against the first row there', () => {
    const r = importPoints('X,Y,Z,AU\n0,0,0,1\n5,5,1,2\n0,0,0,3\n0,0,1,4\n0,0,0,5\n', 'p.csv');
    expect(r.table.x.length).toBe(5);
    expect(r.findings.map((f) => [f.code, f.row, f.excluded, f.message])).toEqual([
      ['duplicate-location', 4, false, 'same location (0.0, 0.0, 0.0) as row 2: both kept; with a zero nugget, kriging with both is singular'],
      ['duplicate-location', 6, false, 'same location (0.0, 0.0, 0.0) as row 2: both kept; with a zero nugget, kriging with both is singular'],
    ]);
    const many = importPoints(`X,Y,V\n${Array.from({ length: 60 }, () => '1,2,3').join('\n')}\n`, 'm.csv');
    const dup = many.findings.filter((f) => f.code === 'duplicate-location');
    expect(dup).toHaveLength(51);
    expect(dup[50].message).toBe('9 more samples repeat the location of an earlier row (59 in all); all are kept');
  });

  it('explicit mapping of GEO-EAS names', () => {
    const r = importPoints('t\n3\nEastish\nNorthish\ngrade\n1 2 3\n', 'a.dat', { columns: { X: 'Eastish', Y: 'Northish' } });
    expect([r.table.x[0], r.table.y[0], r.table.values.grade[0]]).toEqual([1, 2, 3]);
  });
});
