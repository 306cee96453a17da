import { describe, expect, it } from 'vitest';
import type { BlockGrid } from '../types';
import { blockModelCsv, blockModelGslib, blockModelVti } from '.';
import { base64Pieces } from './base64';
import { vtkArrays, xmlAttributes } from '../../../tests/vtkArrays';

const grid: BlockGrid = { origin: [100.5, 200.25, -10], size: [1, 0.5, 4], count: [3, 2, 2] };
const n = 12;
// Fields from the centroid, so a cell's value says where the writer put it.
const xs = Float64Array.from({ length: n }, (_, b) => 100.5 + (b % 3));
const ys = Float64Array.from({ length: n }, (_, b) => 200.25 + 0.5 * (Math.floor(b / 3) % 2));
const zs = Float64Array.from({ length: n }, (_, b) => -10 + 4 * Math.floor(b / 6));
const grade = Float64Array.from({ length: n }, (_, b) => (b === 4 ? NaN : b / 7));
const ns = Int32Array.from({ length: n }, (_, b) => b * 2);
const fields = [{ name: 'AU', values: grade }, { name: 'AU_NS', values: ns }, { name: 'XF', values: xs }, { name: 'YF', values: ys }, { name: 'ZF', values: zs }];
const text = (g: Iterable<string>) => [...g].join('');

describe('base64 in pieces', () => {
  it('equals Node base64 of the concatenated bytes, whatever the split and piece size', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const len of [0, 1, 2, 3, 4, 5, 100, 1000]) {
      const all = Uint8Array.from({ length: len }, () => Math.floor(rnd() * 256));
      const cut = Math.floor(rnd() * len);
      for (const chunk of [3, 6, 48]) {
        expect([...base64Pieces([all.subarray(0, cut), all.subarray(cut)], chunk)].join('')).toBe(Buffer.from(all).toString('base64'));
      }
    }
  });
});

describe('block-model writers', () => {
  it('CSV: XC,YC,ZC,XINC,YINC,ZINC then the fields, X fastest, NaN kept', () => {
    const lines = text(blockModelCsv(grid, fields)).trimEnd().split('\n');
    expect(lines[0]).toBe('XC,YC,ZC,XINC,YINC,ZINC,AU,AU_NS,XF,YF,ZF');
    expect(lines).toHaveLength(n + 1);
    expect(lines[1]).toBe(`100.5,200.25,-10,1,0.5,4,0,0,100.5,200.25,-10`);
    expect(lines[2]).toBe(`101.5,200.25,-10,1,0.5,4,${1 / 7},2,101.5,200.25,-10`);
    expect(lines[4].split(',').slice(0, 3)).toEqual(['100.5', '200.75', '-10']);
    expect(lines[5].split(',')[6]).toBe('NaN');
    expect(lines[12]).toBe(`102.5,200.75,-6,1,0.5,4,${11 / 7},22,102.5,200.75,-6`);
    for (const l of lines.slice(1)) { const c = l.split(',').map(Number); expect(c.slice(8)).toEqual(c.slice(0, 3)); }
  });

  it('GSLIB: title with the grid definition, variable count and names, -999 for NaN', () => {
    const lines = text(blockModelGslib(grid, fields, 'test')).trimEnd().split('\n');
    expect(lines[0]).toBe('test: grid 3 100.5 1 2 200.25 0.5 2 -10 4 (nx xmn xsiz ny ymn ysiz nz zmn zsiz); missing -999');
    expect(lines.slice(1, 10)).toEqual(['8', 'X', 'Y', 'Z', 'AU', 'AU_NS', 'XF', 'YF', 'ZF']);
    expect(lines).toHaveLength(10 + n);
    expect(lines[10 + 4]).toBe('101.5 200.75 -10 -999 8 101.5 200.75 -10');
    expect(lines[10 + 11]).toBe(`102.5 200.75 -6 ${11 / 7} 22 102.5 200.75 -6`);
  });

  it('VTI: corner origin, block spacing, extent in blocks, one cell array per field in VTK cell order', () => {
    const xml = text(blockModelVti(grid, fields));
    expect(xmlAttributes(xml, 'VTKFile')).toMatchObject({ type: 'ImageData', version: '1.0', byte_order: 'LittleEndian', header_type: 'UInt64' });
    const img = xmlAttributes(xml, 'ImageData');
    expect(img).toEqual({ WholeExtent: '0 3 0 2 0 2', Origin: '100 200 -12', Spacing: '1 0.5 4' });
    expect(xmlAttributes(xml, 'CellData')).toEqual({ Scalars: 'AU' });
    const { arrays, order } = vtkArrays(xml);
    expect(order).toEqual(['AU', 'AU_NS', 'XF', 'YF', 'ZF']);
    expect(arrays.get('AU_NS')!.type).toBe('Int32');
    expect(arrays.get('AU')!.values.map((v) => (Number.isNaN(v) ? 'NaN' : v))).toEqual(Array.from(grade, (v) => (Number.isNaN(v) ? 'NaN' : v)));
    // VTK numbers cell (i, j, k) as i + nx (j + ny k); its centre is Origin + Spacing (i + ½).
    const [ox, oy, oz] = img.Origin.split(' ').map(Number), [sx, sy, sz] = img.Spacing.split(' ').map(Number);
    for (let k = 0; k < 2; k++) for (let j = 0; j < 2; j++) for (let i = 0; i < 3; i++) {
      const c = i + 3 * (j + 2 * k);
      expect([arrays.get('XF')!.values[c], arrays.get('YF')!.values[c], arrays.get('ZF')!.values[c]]).toEqual([ox + sx * (i + 0.5), oy + sy * (j + 0.5), oz + sz * (k + 0.5)]);
    }
  });

  it('refuses a field of the wrong length', () => {
    expect(() => text(blockModelVti(grid, [{ name: 'A', values: new Float64Array(5) }]))).toThrow(/field A has 5 values for 12 blocks/);
  });

  it('escapes field names in XML attributes', () => {
    const xml = text(blockModelVti(grid, [{ name: 'Au "g/t" & <x>', values: grade }]));
    expect(xml).toContain('Name="Au &quot;g/t&quot; &amp; &lt;x&gt;"');
  });
});
