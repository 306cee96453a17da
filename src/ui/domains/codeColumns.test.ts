import { describe, expect, it } from 'vitest';
import type { IntervalTable } from '../../engine/types';
import { domainColumnCandidates } from './codeColumns';

const table = (values: Record<string, number[]>, categories: Record<string, string[]> = {}): IntervalTable => ({
  file: 't.csv', holeId: [], from: new Float64Array(0), to: new Float64Array(0), row: new Int32Array(0), categories,
  values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Float64Array.from(v)])),
});

describe('domainColumnCandidates', () => {
  it('offers text columns and integer-coded numeric columns, not grades', () => {
    const assays = table({ AU: [0.12, 3, 1.5], LITH: [0, 1, NaN], ZONE: [100, 200, 100] }, { ROCK: ['qv', 'bas', ''] });
    const lith = table({ DEPTH_CODE: Array.from({ length: 100 }, (_, i) => i) }, { ALT: ['ser'] });
    expect(domainColumnCandidates([assays, null, lith])).toEqual(['ROCK', 'LITH', 'ZONE', 'ALT']);
  });
  it('leaves out a numeric column with no value', () => {
    expect(domainColumnCandidates([table({ EMPTY: [NaN, NaN] })])).toEqual([]);
  });
});
