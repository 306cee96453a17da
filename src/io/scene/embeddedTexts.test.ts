import { describe, expect, it } from 'vitest';
import { putEmbeddedTexts, takeEmbeddedTexts } from './embeddedTexts';
import type { Scene } from './schema';

describe('embedded table texts', () => {
  it('are taken out by their place (interval tables by index) and put back, paths untouched', () => {
    const data: Scene['data'] = {
      collars: { text: 'HOLEID,X,Y,Z\nA,1,2,3\n', name: 'collar.csv' },
      assays: { path: 'assay.csv' },
      intervals: [{ path: 'lith.csv' }, { text: 'HOLEID,FROM,TO,LITH\nA,0,1,ox\n', name: 'alt.csv' }],
    };
    const { data: bare, texts } = takeEmbeddedTexts(data, (t) => t.length);
    expect(texts).toEqual({ collars: 21, 'intervals.1': 29 });
    expect(bare).toEqual({ collars: { name: 'collar.csv' }, assays: { path: 'assay.csv' }, intervals: [{ path: 'lith.csv' }, { name: 'alt.csv' }] });
    const strings = takeEmbeddedTexts(data, (t) => t).texts;
    expect(putEmbeddedTexts(bare, strings)).toEqual(data);
  });
});
