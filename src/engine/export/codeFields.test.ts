import { describe, expect, it } from 'vitest';
import type { BlockGrid } from '../types';
import { blockModelCsv, blockModelGslib, blockModelVti } from '.';
import { vtkArrays, xmlSection } from '../../../tests/vtkArrays';

// Three blocks in a row: domain "lode", none, "wall, west" (a code needing CSV quotes).
const grid: BlockGrid = { origin: [5, 5, 1], size: [10, 10, 2], count: [3, 1, 1] };
const fields = [
  { name: 'AU', values: Float64Array.of(1.5, NaN, 0.25) },
  { name: 'DOMAIN', values: Int32Array.of(1, 0, 2), codes: ['lode', 'wall, west'] },
  { name: 'DOMAIN_P', values: Float64Array.of(0.75, NaN, 0.5) },
];
const text = (g: Iterable<string>) => [...g].join('');

describe('a code field (DOMAIN) in the block-model writers', () => {
  it('CSV: the code text after the numeric fields, empty for none', () => {
    expect(text(blockModelCsv(grid, fields))).toBe([
      'XC,YC,ZC,XINC,YINC,ZINC,AU,DOMAIN_P,DOMAIN',
      '5,5,1,10,10,2,1.5,0.75,lode',
      '15,5,1,10,10,2,NaN,NaN,',
      '25,5,1,10,10,2,0.25,0.5,"wall, west"',
      '',
    ].join('\n'));
  });

  it('GSLIB: the 1-based index (0 for none), the code table in the title line', () => {
    expect(text(blockModelGslib(grid, fields)).split('\n')).toEqual([
      'Lode block model: grid 3 5 10 1 5 10 1 1 2 (nx xmn xsiz ny ymn ysiz nz zmn zsiz); missing -999; DOMAIN codes: 1=lode 2=wall, west; 0=none',
      '6', 'X', 'Y', 'Z', 'AU', 'DOMAIN', 'DOMAIN_P',
      '5 5 1 1.5 1 0.75', '15 5 1 -999 0 -999', '25 5 1 0.25 2 0.5', '',
    ]);
  });

  it('VTI: an Int32 cell array of indices and a FieldData string array of the codes (UTF-8 bytes, each ended by 0)', () => {
    const xml = text(blockModelVti(grid, fields));
    expect(vtkArrays(xmlSection(xml, 'CellData')).arrays.get('DOMAIN')).toEqual({ type: 'Int32', components: 1, values: [1, 0, 2] });
    expect(xmlSection(xml, 'FieldData').trim()).toBe(
      '<DataArray type="String" Name="DOMAIN_CODES" NumberOfTuples="2" format="ascii">108 111 100 101 0 119 97 108 108 44 32 119 101 115 116 0</DataArray>');
  });
});
