import { describe, expect, it } from 'vitest';
import { csvField, safeFileName, toCsv } from './chartCsv';

describe('chart CSV', () => {
  it('writes header and rows, empty fields for NaN and null, quotes where RFC 4180 needs them', () => {
    const text = toCsv({ header: ['FROM', 'TO', 'CU, mean'], rows: [[0, 10, 1.5], [10, 20, NaN], [20, 30, null]] });
    expect(text).toBe('FROM,TO,"CU, mean"\n0,10,1.5\n10,20,\n20,30,\n');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(Infinity)).toBe('');
  });

  it('rejects a row whose length differs from the header', () => {
    expect(() => toCsv({ header: ['A', 'B'], rows: [[1]] })).toThrow(/row 1 has 1 fields, the header 2/);
  });

  it('makes file names safe', () => {
    expect(safeFileName('swath X / Cu')).toBe('swath_X_Cu');
    expect(safeFileName('  ')).toBe('chart');
  });
});
