import { describe, expect, it } from 'vitest';
import { restoreScene } from '../../io/scene/restore';
import { parseJsonText } from '../../io/scene/jsonText';
import { toUserMessage } from '../../io/userMessage';
import { loadSceneData } from '../../pipeline/loadSceneData';
import { planEstimate } from '../../pipeline/planEstimate';
import { initI18n } from '../i18n';
import { MESSY_ASSAYS, MESSY_COLLARS, MESSY_SURVEYS } from '../../../tests/fixtures/messyDrillholes';
import { englishWords } from '../../../tests/e2e/englishWords';
import { errorSentence, findingDetail } from './formatMessage';

const i18n = initI18n('zh');
const zh = i18n.getFixedT('zh');
const en = i18n.getFixedT('en');
const exists = (k: string) => i18n.exists(k);
/** Params that are app words (translated), not data. */
const WORDS = new Set(['role', 'kind', 'type', 'rule']);
const dataOf = (params: Record<string, string | number>) => Object.entries(params).filter(([k]) => !WORDS.has(k)).map(([, v]) => String(v));

const messyScene = () => restoreScene({
  lode: 1, name: 'messy',
  data: { collars: { text: MESSY_COLLARS, name: 'collars.csv' }, surveys: { text: MESSY_SURVEYS, name: 'surveys.csv' }, assays: { text: MESSY_ASSAYS, name: 'assays.csv' } },
  composite: { length: 2, residual: 'discard', caps: { AU: 5 } },
}, 'messy.lode.json');

/** The error a call throws, as the UI receives it. */
function caught(f: () => unknown) {
  try { f(); } catch (e) { return toUserMessage(e); }
  throw new Error('no error thrown');
}

describe('messages in the user language', () => {
  it('every finding of messy tables reads in Chinese, filled with its data, with no English word left', async () => {
    const data = await loadSceneData(messyScene(), async () => { throw new Error('no files'); });
    const codes = new Set(data.findings.map((f) => f.code));
    expect(codes.size).toBeGreaterThanOrEqual(20);
    for (const f of data.findings) {
      expect(f.params, f.code).toBeDefined();
      const text = findingDetail(zh, exists, f);
      expect(text, f.message).not.toMatch(/\{\{|\}\}/);
      const values = [...dataOf(f.params!), ...(f.also ?? []).flatMap((p) => dataOf(p.params)), f.file];
      expect(englishWords(text, values), `${f.code}: ${text}`).toEqual([]);
    }
    // Hand-read examples: the parameters land where they belong.
    const dup = data.findings.find((f) => f.code === 'duplicate-collar')!;
    expect(findingDetail(zh, exists, dup)).toBe('孔口 DH-2 重复且坐标不同（111.0, 200.0, 50.0；第 3 行为 110.0, 200.0, 50.0），采用第一条');
    expect(findingDetail(en, exists, dup)).toBe(dup.message);
    const blank = data.findings.find((f) => f.code === 'missing-value' && f.column === 'X')!;
    expect(findingDetail(zh, exists, blank)).toBe('X 为空');
  });

  it('scene errors say what is wrong in Chinese, with the field path as the detail', () => {
    const bad = (scene: unknown) => caught(() => restoreScene(scene, 'bad.lode.json'));
    const cases: [unknown, string, string | undefined][] = [
      [{ lode: 1, data: { samples: { path: 'p.csv' } }, estimate: { search: { ranges: [10, -2, 5] } } }, 'bad.lode.json：某个数值必须大于 0（实际为 -2）。', 'estimate.search.ranges[1]'],
      [{ lode: 1, data: { samples: { path: 'p.csv' } }, colour: 'red' }, 'bad.lode.json：未知的设置“colour”。', 'colour'],
      [{ lode: 9, data: {} }, 'bad.lode.json 由更新版本的 Lode 写入（场景格式 9）；当前版本只能读取格式 1 及更早的版本。', 'lode'],
      [{ lode: 1, data: { samples: { path: 'p.csv', format: 'xls' } } }, 'bad.lode.json：某项设置必须是 "csv", "gslib" 之一（实际为 "xls"）。', 'data.samples.format'],
      [{ lode: 1, data: { samples: { path: 'p.csv' } }, estimate: { search: { ranges: [10, 10, 5], minSamples: 30, maxSamples: 8 } } }, 'bad.lode.json：最少样品数（30）不能超过最多样品数（8）。', 'estimate.search.minSamples'],
      [{ lode: 1, data: { samples: { path: 'p.csv' } }, estimate: { search: { ranges: 'far' } } }, 'bad.lode.json：某项设置必须是列表（实际为 "far"）。', 'estimate.search.ranges'],
    ];
    for (const [scene, sentence, detail] of cases) {
      const m = bad(scene);
      const out = errorSentence(zh, exists, m);
      expect(out, m.text).toEqual(detail === undefined ? { sentence } : { sentence, detail });
    }
    const json = caught(() => parseJsonText('{"lode": 1,', 'x.lode.json'));
    expect(errorSentence(zh, exists, json).sentence).toBe('x.lode.json 不是有效的 JSON：第 1 行第 12 列出错。');
  });

  it('pipeline and import errors name the field only as a detail; the English line is unchanged', async () => {
    const points = restoreScene({ lode: 1, data: { samples: { text: 'X,Y,Z,NAME\n1,2,3,a\n4,5,6,b\n', name: 'p.csv' } } }, 'p.lode.json');
    const data = await loadSceneData(points, async () => '');
    const m = await Promise.resolve().then(() => planEstimate(points, data)).then(() => { throw new Error('no error thrown'); }, toUserMessage);
    expect(m.text).toBe('estimate.elements: the data has no numeric value columns to estimate');
    expect(errorSentence(zh, exists, m)).toEqual({ sentence: '数据中没有可供估算的数值（品位）列。', detail: 'estimate.elements' });
    expect(errorSentence(en, exists, m)).toEqual({ sentence: 'The data has no columns of numbers (grades) to estimate.', detail: 'estimate.elements' });

    const noHole = restoreScene({ lode: 1, data: { collars: { text: 'NAME,X,Y,Z\nA,1,2,3\n', name: 'c.csv' } } }, 'c.lode.json');
    const err = await loadSceneData(noHole, async () => '').then(() => null, toUserMessage);
    expect(err?.code).toBe('column-missing');
    expect(errorSentence(zh, exists, err!).sentence).toBe('c.csv：找不到“钻孔编号”列（文件的列：NAME, X, Y, Z），请在列映射中指定。');
  });

  it('an error without a code shows a generic sentence with its text as the detail', () => {
    const m = toUserMessage(new Error('something odd'));
    expect(errorSentence(zh, exists, m)).toEqual({ sentence: '出现错误。', detail: 'something odd' });
  });
});
