import { describe, expect, it } from 'vitest';
import { CELL_ABOVE_DETECTION, CELL_BELOW_DETECTION, CELL_MISSING, CELL_NOT_NUMERIC, CELL_OK, CellReader, parseNumber } from './cellReader.ts';
import { ImportError } from './importError.ts';
import { resolveImportOptions, type ImportOptions } from './importOptions.ts';

const reader = (o: ImportOptions = {}): CellReader => new CellReader(resolveImportOptions(o));

describe('parseNumber', () => {
  it('reads plain decimals only', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber(' -0.5 ')).toBe(-0.5);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('5.')).toBe(5);
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('+7')).toBe(7);
    for (const bad of ['', ' ', '0x10', '0b1', 'Infinity', '-Infinity', '1,000', '1.2.3', '12 34', 'abc', '-', '1-2', 'NaN']) {
      expect(parseNumber(bad), bad).toBeNaN();
    }
  });
});

describe('CellReader', () => {
  it('read(): blank and text missing codes are missing; numeric codes are not applied to coordinates', () => {
    const r = reader();
    expect(r.read('')).toBeNaN(); expect(r.status).toBe(CELL_MISSING);
    expect(r.read('  ')).toBeNaN(); expect(r.status).toBe(CELL_MISSING);
    expect(r.read(undefined)).toBeNaN(); expect(r.status).toBe(CELL_MISSING);
    expect(r.read('na')).toBeNaN(); expect(r.status).toBe(CELL_MISSING);
    expect(r.read('-')).toBeNaN(); expect(r.status).toBe(CELL_MISSING);
    expect(r.read('-99')).toBe(-99); expect(r.status).toBe(CELL_OK);
    expect(r.read('x1')).toBeNaN(); expect(r.status).toBe(CELL_NOT_NUMERIC);
    expect(r.read(' 12.5 ')).toBe(12.5); expect(r.status).toBe(CELL_OK);
  });

  it('readGrade(): missing codes, including numeric ones written differently (-99.0)', () => {
    const r = reader();
    for (const s of ['', 'NA', 'N/A', '-', '-99', '-99.0', '-999', '-9999']) {
      expect(r.readGrade(s, true), s).toBeNaN();
      expect(r.status, s).toBe(CELL_MISSING);
    }
    const custom = reader({ missingCodes: ['NS', -1] });
    expect(custom.readGrade('ns', true)).toBeNaN(); expect(custom.status).toBe(CELL_MISSING);
    expect(custom.readGrade('-1', true)).toBeNaN(); expect(custom.status).toBe(CELL_MISSING);
    expect(custom.readGrade('-99', false)).toBe(-99);
    expect(custom.readGrade('NA', false)).toBeNaN(); expect(custom.status).toBe(CELL_NOT_NUMERIC);
  });

  it('readGrade(): below detection by each rule, from "<x" and from negative numbers', () => {
    const cases: [ImportOptions['belowDetection'], number][] = [
      [{ rule: 'half' }, 0.005], [{ rule: 'limit' }, 0.01], [{ rule: 'zero' }, 0], [{ rule: 'missing' }, NaN], [{ rule: 'value', value: 0.001 }, 0.001],
    ];
    for (const [bd, want] of cases) {
      const r = reader({ belowDetection: bd });
      expect(r.readGrade('<0.01', true)).toBe(want);
      expect(r.status).toBe(CELL_BELOW_DETECTION);
      expect(r.limit).toBe(0.01);
      expect(r.readGrade(' < 0.01', false)).toBe(want);
      expect(r.readGrade('-0.01', true)).toBe(want);
      expect(r.status).toBe(CELL_BELOW_DETECTION);
    }
    const r = reader({ belowDetection: { negativeIsBelowDetection: false } });
    expect(r.readGrade('-0.01', false)).toBe(-0.01);
    expect(r.status).toBe(CELL_OK);
  });

  it('readGrade(): ">x" is read as x; "<abc" is not a number', () => {
    const r = reader();
    expect(r.readGrade('>10', true)).toBe(10); expect(r.status).toBe(CELL_ABOVE_DETECTION);
    expect(r.readGrade('<abc', true)).toBeNaN(); expect(r.status).toBe(CELL_NOT_NUMERIC);
  });

  it("rule 'value' without a value is an ImportError naming the option", () => {
    expect(() => reader({ belowDetection: { rule: 'value' } })).toThrow(ImportError);
    expect(() => reader({ belowDetection: { rule: 'value' } })).toThrow(/import\.belowDetection\.value/);
  });
});
