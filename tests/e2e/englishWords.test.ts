import { describe, expect, it } from 'vitest';
import { englishWords } from './englishWords';

describe('englishWords', () => {
  it('reports English words and spares data values, quotes, file names and units', () => {
    expect(englishWords('collars.csv 第 12 行：孔口 DH-1 重复，列 AU_ppm 为空（20.5 m）', ['DH-1', 'AU_ppm'])).toEqual([]);
    expect(englishWords('终孔深度取自数据: no end-of-hole column', [])).toEqual(['no', 'end-of-hole', 'column']);
    expect(englishWords('错误 notes.csv: not a table', [])).toEqual(['not', 'a', 'table']);
    expect(englishWords('列 “Au grade” 不是数字', [])).toEqual([]);
    // A data value is removed only as a whole token: "in" does not hide "within".
    expect(englishWords('within 孔', ['in'])).toEqual(['within']);
  });
});
