/**
 * The geostatistics workbench in headless Chromium: the Statistics tab's summary table shows the
 * count and mean the pipeline computes for the synthetic gold sample; on a small scene the
 * Validation tab's cross-validation statistics equal `lode xval`'s, and its swath chart's data
 * (saved as CSV) equal `lode swath`'s. LODE_SCREENSHOTS=1 also saves the panels to docs/screenshots.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coarseStartupSample, newPage, ROOT, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsScene } from './fixtures';
import { main } from '../../src/cli/main';
import { parseScene } from '../../src/io/scene';
import { sceneReader } from '../../src/cli/context';
import { loadSceneData } from '../../src/pipeline';
import { summarize } from '../../src/engine/stats/summary';
import { capEffect as capEffectOf } from '../../src/engine/stats/distribution';
import { summarize as summarizeXval } from '../../src/engine/kriging/crossValidate';

const SMALL = pointsScene({ name: 'E2E workbench', count: [24, 20, 12] });
const SHOTS = process.env.LODE_SCREENSHOTS ? `${ROOT}docs/screenshots` : null;
const tmp = mkdtempSync(join(tmpdir(), 'lode-workbench-'));
let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** Runs the CLI in process; returns its output file's text. */
async function lode(...args: string[]): Promise<string> {
  const out = join(tmp, `out-${args[0]}-${Date.now()}.csv`);
  const code = await main([...args, '-o', out, '-t', '0', '-q']);
  expect(code).toBe(0);
  return readFileSync(out, 'utf8');
}

function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

/** The value shown to 4 significant digits, as the tables print it. */
const sig4 = (v: number) => String(Number(v.toPrecision(4)));

/** Saves a screenshot of the whole page, or of one element (scrolled into view), when LODE_SCREENSHOTS is set. */
async function shot(page: Page, name: string, target?: ReturnType<Page['locator']>): Promise<void> {
  if (!SHOTS) return;
  await page.waitForTimeout(400);
  if (target) await target.screenshot({ path: `${SHOTS}/${name}` });
  else await page.screenshot({ path: `${SHOTS}/${name}` });
}

describe('the workbench panels in Chromium', { timeout: 600_000 }, () => {
  it('Statistics: the summary table shows the count and mean of raw assays and composites of the sample', async () => {
    const scenePath = join(ROOT, 'sample-models/synthetic-gold/scene.json');
    const data = await loadSceneData(parseScene(readFileSync(scenePath, 'utf8'), scenePath), sceneReader(scenePath));
    const comp = summarize(data.uncapped!.AU, data.samples.weight);
    const a = data.assays!;
    const raw = summarize(a.values.AU, Float64Array.from(a.from, (f, i) => a.to[i] - f));
    const { context, page, errors } = await newPage(app, { width: 1440, height: 1000 });
    try {
      await coarseStartupSample(page); // statistics of the samples: the block grid does not enter
      await page.goto(app.url);
      await waitForScene(page, 120_000);
      // The statistics do not need the estimate the sample starts: stop it (it keeps the software-rendered page busy).
      await page.evaluate(() => (window as unknown as { __lode: { getState(): { cancelEstimate(): void } } }).__lode.getState().cancelEstimate());
      await page.getByRole('tab', { name: 'Statistics' }).click();
      const table = page.getByTestId('stats-summary');
      await table.waitFor({ timeout: 120_000 });
      const cells = async (row: string) => (await table.locator('tr', { has: page.getByRole('rowheader', { name: row, exact: true }) }).locator('td').allInnerTexts());
      expect(await table.locator('thead th').allInnerTexts()).toEqual(['Statistic', 'Raw assays', 'Composites', 'Composites, capped']);
      expect(await cells('Count')).toEqual([String(raw.count), String(comp.count), String(comp.count)]);
      const mean = await cells('Mean');
      expect(mean.slice(0, 2)).toEqual([sig4(raw.mean), sig4(comp.mean)]);
      expect(mean[2]).toBe(sig4(summarize(data.samples.values.AU, data.samples.weight).mean));
      // The scene's cap (20 g/t) and what it removes, as loadSceneData reports it.
      const cap = data.caps!.AU;
      await expect.poll(() => page.getByTestId('cap-effect').innerText()).toContain(`${cap.capped} composites capped, ${(100 * cap.metalFraction).toFixed(1)} %`);
      expect(await page.getByLabel('Top-cut (cap)').inputValue()).toBe('20');
      // Dragging on the histogram moves the cap; releasing writes it to the scene (composite.caps) and reloads the data.
      const over = page.getByTestId('stats-histogram').locator('.u-over');
      await over.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = (await over.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
      const capOf = () => page.evaluate(() => (window as unknown as { __lode: { getState(): { scene: { composite?: { caps?: Record<string, number> } } } } }).__lode.getState().scene.composite?.caps?.AU);
      await expect.poll(capOf, { timeout: 60_000 }).not.toBe(20);
      const dragged = (await capOf())!;
      expect(dragged).toBeGreaterThan(0);
      const effect = capEffectOf(data.uncapped!.AU, data.samples.weight, dragged);
      await expect.poll(() => page.getByTestId('cap-effect').innerText(), { timeout: 60_000 })
        .toContain(`${effect.capped} composites capped, ${(100 * effect.metalFraction).toFixed(1)} %`);
      // Back to the sample's cap by typing it.
      await page.getByLabel('Top-cut (cap)').fill('20');
      await page.getByLabel('Top-cut (cap)').press('Enter');
      await expect.poll(capOf, { timeout: 60_000 }).toBe(20);
      await page.getByTestId('stats-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, 'statistics.png');
      await shot(page, 'statistics-histogram.png', page.getByRole('figure', { name: 'Histogram of AU' }));
      await shot(page, 'statistics-probability.png', page.getByRole('figure', { name: 'Log-probability plot of AU' }));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Validation: cross-validation statistics equal lode xval, swath data equal lode swath', async () => {
    const scenePath = join(tmp, 'small.json');
    writeFileSync(scenePath, SMALL);
    const xval = parseCsv(await lode('xval', scenePath));
    const col = (name: string) => Float64Array.from(xval.rows, (r) => Number(r[xval.header.indexOf(name)]));
    const cli = summarizeXval(col('AU'), col('AU_EST'), col('AU_VAR'));
    const swath = parseCsv(await lode('swath', scenePath, '--axis', 'X'));

    const { context, page, errors } = await newPage(app, { width: 1440, height: 1000 });
    try {
      await page.route((u) => u.pathname === '/e2e/small.lode.json', (r) => r.fulfill({ body: SMALL, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/small.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      await page.getByRole('tab', { name: 'Validation' }).click();
      await page.getByRole('button', { name: 'Cross-validate' }).click();
      const stats = page.getByTestId('xval-stats');
      await stats.waitFor({ timeout: 120_000 });
      const stat = (k: string) => stats.locator(`[data-stat="${k}"]`).innerText();
      expect(cli.n).toBeGreaterThan(500);
      expect(await stat('n')).toBe(String(cli.n));
      expect(await stat('unestimated')).toBe(String(cli.unestimated));
      expect(await stat('meanError')).toBe(sig4(cli.meanError));
      expect(await stat('meanSquaredError')).toBe(sig4(cli.meanSquaredError));
      expect(await stat('correlation')).toBe(sig4(cli.correlation));
      expect(await stat('slope')).toBe(sig4(cli.slope));
      expect(await stat('meanStandardizedSquaredError')).toBe(sig4(cli.meanStandardizedSquaredError));
      await page.getByTestId('xval-scatter').locator('canvas').waitFor();

      // The swath chart's CSV (Save CSV) against `lode swath --axis X`.
      const chart = page.getByRole('figure', { name: 'Swath plot along X, AU' });
      await chart.waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Save CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('swath-X-AU.csv');
      const app_ = parseCsv(readFileSync(await download.path(), 'utf8'));
      expect(app_.header).toEqual(swath.header);
      expect(app_.rows.length).toBe(swath.rows.length);
      expect(swath.rows.length).toBe(5); // 24 blocks of 10 m, slices of 50 m
      app_.rows.forEach((r, k) => r.forEach((cell, j) => {
        const want = swath.rows[k][j];
        if (j === 0) expect(cell).toBe(want);
        else if (want === '' || want === 'NaN') expect(cell).toBe('');
        else expect(Number(cell)).toBeCloseTo(Number(want), 9);
      }));
      const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Save PNG' }).click()]);
      expect(png.suggestedFilename()).toBe('swath-X-AU.png');
      expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');

      await page.getByTestId('global-comparison').waitFor();
      await shot(page, 'validation-xval.png', page.getByRole('figure', { name: 'Estimate vs sample, AU' }));
      await shot(page, 'validation-swath.png', page.getByRole('figure', { name: 'Swath plot along X, AU' }));
      await page.getByTestId('xval-stats').scrollIntoViewIfNeeded();
      await shot(page, 'validation.png');
      await page.getByRole('button', { name: 'Kriging variance' }).click();
      expect(await page.evaluate(() => (window as unknown as { __lode: { getState(): { scene: { view: { field: string } } } } }).__lode.getState().scene.view.field)).toBe('variance');
      await shot(page, 'validation-variance.png');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
