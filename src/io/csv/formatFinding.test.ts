import { describe, expect, it } from 'vitest';
import { formatFinding } from './formatFinding.ts';
import { importIntervals } from './importIntervals.ts';
import { importCollars } from './importCollars.ts';
import { validateDrillholes } from './validateDrillholes.ts';

describe('formatFinding', () => {
  it('file, row, message, hole and exclusion on one line', () => {
    const v = validateDrillholes({
      collars: importCollars('HOLE,X,Y,Z\nNE-6,0,0,0\n', 'collar.csv'),
      assays: importIntervals('HOLE,FROM,TO\nNE-6,12,10\n', 'assay.csv'),
    });
    const f = v.report.findings.find((x) => x.code === 'from-ge-to')!;
    expect(formatFinding(f)).toBe('assay.csv row 2: FROM 12.0 ≥ TO 10.0 (hole NE-6) — excluded');
  });

  it('table-level findings have no row; a hole named in the message is not repeated', () => {
    expect(formatFinding({ severity: 'info', code: 'gaps', file: 'a.csv', message: '3 gaps', excluded: false })).toBe('a.csv: 3 gaps');
    expect(formatFinding({ severity: 'info', code: 'no-assays', file: 'c.csv', row: 4, holeId: 'A', message: 'hole A has no assays', excluded: false }))
      .toBe('c.csv row 4: hole A has no assays');
  });
});
