/**
 * Messages a geologist reads, in Chinese: the validation report of Babbitt and of messy dropped
 * tables, and the errors of bad files and a scene that cannot be estimated, scanned for English
 * words left outside data values (file names, hole ids, columns, numbers) and units. In English:
 * the report groups findings by code with counts, errors and warnings first, information collapsed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coarseStartupSample, newPage, startApp, waitForScene, type App } from './harness';
import { englishWords } from './englishWords';
import { MESSY_ASSAYS, MESSY_COLLARS, MESSY_SURVEYS } from '../fixtures/messyDrillholes';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const BABBITT = '?scene=/sample-models/babbitt/scene.json';

type Params = Record<string, string | number>;
type Report = {
  findings: { severity: string; code: string; file: string; holeId?: string; column?: string; params?: Params; also?: { params: Params }[] }[];
  tables: { file: string; columns: Record<string, string> }[];
  elements: { name: string; column: string }[];
};
type Store = { getState(): { report: Report | null; error: { code: string } | null; scene: { name?: string } | null; runEstimate(): Promise<void>; cancelEstimate(): void } };

/** Params that hold app words (translated by the UI), not data. */
const WORD_PARAMS = new Set(['role', 'kind', 'type', 'rule']);

/** Data values of the open scene as the report may quote them: files, holes, columns, elements, finding params. */
async function dataTokens(page: Page): Promise<string[]> {
  const r = await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().report);
  if (!r) return [];
  const out: string[] = [];
  for (const t of r.tables) out.push(t.file, ...Object.values(t.columns));
  for (const e of r.elements) out.push(e.name, e.column);
  for (const f of r.findings) {
    out.push(f.file, f.holeId ?? '', f.column ?? '');
    for (const p of [f.params ?? {}, ...(f.also ?? []).map((a) => a.params)]) {
      for (const [k, v] of Object.entries(p)) if (!WORD_PARAMS.has(k)) out.push(String(v));
    }
  }
  return out;
}

/** Opens every finding group and returns the report's visible text. */
async function reportText(page: Page): Promise<string> {
  const report = page.locator('section.report');
  await report.waitFor();
  await page.$$eval('details.finding-group', (ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  const groups = await page.locator('details.finding-group').count();
  await expect.poll(() => page.locator('details.finding-group table').count()).toBe(groups);
  return report.innerText();
}

/** Drops files on the window as a user would (after stopping a running estimate, which holds the worker pool the next scene needs). */
async function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().cancelEstimate());
  const dt = await page.evaluateHandle((fs) => {
    const d = new DataTransfer();
    for (const f of fs) d.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return d;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
}

/**
 * The alert's text without its technical detail, and that detail: the detail must be a field
 * path or a parser's words, shown apart; the sentence must have no English outside `data`.
 */
async function alertParts(page: Page, code: string): Promise<{ sentence: string; detail: string | null }> {
  await page.waitForFunction((c) => document.querySelector('[role="alert"]')?.getAttribute('data-code') === c, code, { timeout: 120_000, polling: 250 });
  return page.locator('[role="alert"]').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    const detail = copy.querySelector('.msg-detail code')?.textContent ?? null;
    copy.querySelector('.msg-detail code')?.remove();
    copy.querySelector('button')?.remove();
    document.body.appendChild(copy);
    const sentence = copy.innerText;
    copy.remove();
    return { sentence, detail };
  });
}

async function dismiss(page: Page): Promise<void> {
  await page.locator('[role="alert"] button').click();
  await expect.poll(() => page.locator('[role="alert"]').count()).toBe(0);
}

describe('messages in the user language', { timeout: 240_000 }, () => {
  it('the Chinese UI shows no English sentence in the validation report or in errors', async () => {
    const { context, page } = await newPage(app);
    try {
      await context.addInitScript(() => localStorage.setItem('lode.language', 'zh'));
      await page.goto(`${app.url}${BABBITT}`);
      await waitForScene(page);
      // Babbitt: real data with warnings and information (surveys extended, assays missing…).
      let text = await reportText(page);
      expect(text).toContain('数据校验报告');
      expect(await page.locator('details.finding-group').count()).toBeGreaterThanOrEqual(3);
      expect(englishWords(text, await dataTokens(page))).toEqual([]);

      // Messy tables dropped: errors, warnings and information of many kinds.
      await drop(page, [{ name: 'collars.csv', text: MESSY_COLLARS }, { name: 'surveys.csv', text: MESSY_SURVEYS }, { name: 'assays.csv', text: MESSY_ASSAYS }]);
      await page.waitForFunction(() => (window as unknown as { __lode: Store }).__lode.getState().scene?.name === 'collars + surveys + assays', undefined, { timeout: 120_000, polling: 250 });
      await waitForScene(page);
      const codes = await page.evaluate(() => new Set((window as unknown as { __lode: Store }).__lode.getState().report!.findings.map((f) => f.code)).size);
      expect(codes).toBeGreaterThanOrEqual(20);
      text = await reportText(page);
      expect(await page.locator('details.finding-group').count()).toBeGreaterThanOrEqual(20);
      expect(text).toContain('孔口 DH-2 重复且坐标不同');
      expect(englishWords(text, await dataTokens(page))).toEqual([]);

      // Errors: a file that is not a table, invalid JSON, a bad setting, a missing table, nothing to estimate.
      const cases: { files: { name: string; text: string }[]; code: string; data: string[]; detail?: RegExp; expect: RegExp }[] = [
        { files: [{ name: 'notes.csv', text: 'some notes about the drilling\nmore notes\n' }], code: 'table-one-column', data: ['notes.csv'], expect: /notes\.csv 不是数据表/ },
        { files: [{ name: 'broken.lode.json', text: '{"lode": 1, "data": ' }], code: 'scene-json', data: ['broken.lode.json'], expect: /不是有效的 JSON：第 1 行/, detail: /./ },
        {
          files: [{ name: 'bad.lode.json', text: JSON.stringify({ lode: 1, data: { samples: { path: 'p.csv' } }, estimate: { search: { ranges: [10, -2, 5] } } }) }],
          code: 'schema-too-small_exclusive_got', data: ['bad.lode.json', '-2', '0'], expect: /必须大于 0（实际为 -2）/, detail: /^estimate\.search\.ranges\[1\]$/,
        },
        {
          files: [{ name: 'far.lode.json', text: JSON.stringify({ lode: 1, data: { collars: { path: 'collar_X.csv' }, assays: { path: 'assay_X.csv' } } }) }],
          code: 'scene-table-not-given', data: ['collar_X.csv'], expect: /场景引用的文件没有提供/, detail: /^data\.collars$/,
        },
      ];
      for (const c of cases) {
        await drop(page, c.files);
        const { sentence, detail } = await alertParts(page, c.code);
        expect(sentence).toMatch(c.expect);
        expect(englishWords(sentence, c.data), sentence).toEqual([]);
        if (c.detail) {
          expect(detail).toMatch(c.detail);
          expect(sentence).toContain('详情');
        } else expect(detail).toBeNull();
        await dismiss(page);
      }
      // A scene of point samples with no numeric column: estimating says so in Chinese, the field as detail.
      await drop(page, [{ name: 'points.lode.json', text: JSON.stringify({ lode: 1, data: { samples: { text: 'X,Y,Z,ROCK\n1,2,3,a\n4,5,6,b\n', name: 'p.csv' } } }) }]);
      // The data opens (or already fails when the estimate's defaults are derived): either way the same error.
      await page.waitForFunction(() => {
        const s = (window as unknown as { __lode: Store }).__lode.getState();
        return s.error?.code === 'no-value-columns' || s.report?.tables[0]?.file === 'p.csv';
      }, undefined, { timeout: 120_000, polling: 250 });
      if (await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().error === null)) {
        await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().runEstimate());
      }
      const { sentence, detail } = await alertParts(page, 'no-value-columns');
      expect(sentence).toMatch(/数据中没有可供估算的数值（品位）列。/);
      expect(englishWords(sentence, [])).toEqual([]);
      expect(detail).toBe('estimate.elements');
    } finally {
      await context.close();
    }
  });

  it('in English the report groups findings by code with counts: errors, then warnings, then information collapsed', async () => {
    const { context, page } = await newPage(app);
    try {
      await context.addInitScript(() => localStorage.setItem('lode.language', 'en'));
      await coarseStartupSample(page); // replaced by the dropped tables: its grid does not matter
      await page.goto(app.url);
      await waitForScene(page, 120_000);
      await drop(page, [{ name: 'collars.csv', text: MESSY_COLLARS }, { name: 'surveys.csv', text: MESSY_SURVEYS }, { name: 'assays.csv', text: MESSY_ASSAYS }]);
      await page.waitForFunction(() => (window as unknown as { __lode: Store }).__lode.getState().scene?.name === 'collars + surveys + assays', undefined, { timeout: 120_000, polling: 250 });
      await waitForScene(page);
      const findings = await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().report!.findings.map((f) => ({ severity: f.severity, code: f.code })));
      const groups = await page.$$eval('details.finding-group', (ds) => ds.map((d) => ({
        code: d.getAttribute('data-code') ?? '',
        severity: ['error', 'warning', 'info'].find((s) => d.classList.contains(`sev-${s}`)) ?? '',
        open: (d as HTMLDetailsElement).open,
        headline: d.querySelector('.finding-kind')?.textContent ?? '',
        count: Number(d.querySelector('.finding-count')?.textContent?.replace(/,/g, '')),
        rows: d.querySelectorAll('tbody tr').length,
      })));
      // One group per (severity, code), with the count of its findings, all findings counted once.
      const expected = new Map<string, number>();
      for (const f of findings) expected.set(`${f.severity}:${f.code}`, (expected.get(`${f.severity}:${f.code}`) ?? 0) + 1);
      expect(groups.length).toBe(expected.size);
      for (const g of groups) expect(g.count, g.code).toBe(expected.get(`${g.severity}:${g.code}`));
      expect(groups.reduce((a, g) => a + g.count, 0)).toBe(findings.length);
      // Hand count of the messy tables: 2 blank cells (collar X, assay FROM), 2 holes without collar (DH-9 surveys, DH-8 assays).
      expect(groups.find((g) => g.code === 'missing-value')).toMatchObject({ severity: 'error', count: 2, headline: 'Missing value', open: true, rows: 2 });
      expect(groups.find((g) => g.code === 'no-collar')).toMatchObject({ severity: 'error', count: 2, headline: 'No collar' });
      expect(groups.find((g) => g.code === 'no-assays')).toMatchObject({ severity: 'info', count: 3, open: false, rows: 0 });
      // Errors first, then warnings, then information; only information is collapsed.
      const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
      const ranks = groups.map((g) => rank[g.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(groups.every((g) => g.open === (g.severity !== 'info'))).toBe(true);
      // The legend explains the symbols; the file:row column is never cut.
      const legend = await page.locator('.legend').innerText();
      expect(legend).toMatch(/●\s*error[\s\S]*▲\s*warning[\s\S]*◆\s*information[\s\S]*✕\s*row excluded/);
      const cut = await page.$$eval('td.where', (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
      expect(cut).toEqual([]);
      expect(await page.locator('td.where').first().innerText()).toMatch(/^[\w.-]+\.csv:\d+/);
    } finally {
      await context.close();
    }
  });
});
