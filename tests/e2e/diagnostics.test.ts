/**
 * Estimate diagnostics in the app: the status line under the resource summary opens a panel
 * whose counts are the estimate's (blocks estimated, unestimated, singular, ill-conditioned,
 * negative weights), and a Gaussian model with almost no nugget is warned of in the Estimate tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsScene } from './fixtures';

const scene = JSON.parse(pointsScene({ name: 'E2E diagnostics', count: [24, 20, 12] }));
scene.estimate.variograms.AU = { nugget: 0.001, structures: [{ type: 'gaussian', sill: 0.999, ranges: [120, 100, 30], angles: [90, -30, 0] }] };
scene.estimate.search.minSamples = 6;
const SCENE = JSON.stringify(scene);

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

type Counts = { blocks: number; unestimated: number; singular: number; illConditioned: number; negativeWeights: number };
const counts = (page: Page) => page.evaluate(() => {
  const r = (window as unknown as { __lode: { getState(): { estimates: Record<string, Counts & { estimate: Float64Array }> } } }).__lode.getState().estimates.AU;
  return { blocks: r.estimate.length, unestimated: r.unestimated, singular: r.singular, illConditioned: r.illConditioned, negativeWeights: r.negativeWeights };
});

describe('estimate diagnostics in the app', { timeout: 240_000 }, () => {
  it('the resource summary\'s status opens a panel with the counts of the estimate; the Gaussian warning shows before the run', async () => {
    const { context, page } = await newPage(app);
    try {
      await page.route((u) => u.pathname === '/e2e/diag.lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/diag.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      const c = await counts(page);
      const estimated = c.blocks - c.unestimated - c.singular;
      expect(c.blocks).toBe(24 * 20 * 12);
      expect(c.negativeWeights).toBeGreaterThan(0);
      const status = page.getByTestId('resource-summary').getByRole('status');
      await status.getByRole('button').click();
      const panel = page.getByTestId('estimate-diagnostics');
      const cell = (row: string) => panel.locator(`tr[data-row="${row}"] td[data-element="AU"]`).innerText();
      const int = (v: number) => v.toLocaleString('en-US');
      expect(await cell('blocks')).toBe(int(c.blocks));
      expect(await cell('estimated')).toBe(int(estimated));
      expect(await cell('unestimated')).toBe(int(c.unestimated));
      expect(await cell('singular')).toBe(int(c.singular));
      expect(await cell('illConditioned')).toBe(int(c.illConditioned));
      expect(await cell('negativeWeights')).toContain(`${int(c.negativeWeights)} (${(100 * c.negativeWeights / estimated).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`);
      if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/diagnostics-panel.png` });
      await panel.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('tab', { name: 'Estimate' }).click();
      await expect.poll(() => page.getByRole('note').filter({ hasText: 'Gaussian structure with a nugget of 0.10 %' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
