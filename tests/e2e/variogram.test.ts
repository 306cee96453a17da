/**
 * The Variogram tab in headless Chromium on the first sample scene (synthetic gold, Au): the
 * chart shows experimental points and model curves, editing a range redraws the model at once,
 * "Fit" replaces the model with the automatic one, and the lag settings and model go into the scene.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cancelEstimate, coarseStartupSample, newPage, startApp, waitForScene, type App } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

type Model = { nugget: number; structures: { sill: number; ranges: number[] }[] };
const sceneModel = (page: Page) => page.evaluate(() =>
  (window as unknown as { __lode: { getState(): { scene: { estimate?: { variograms: Record<string, Model> } } } } }).__lode.getState().scene.estimate?.variograms.AU);
const sceneLags = (page: Page) => page.evaluate(() =>
  (window as unknown as { __lode: { getState(): { scene: { variogram?: { lag?: number; lagCount?: number } } } } }).__lode.getState().scene.variogram);
const chart = (page: Page) => page.getByTestId('variogram-chart');
const attr = async (page: Page, name: string) => (await chart(page).getAttribute(name)) ?? '';

describe('Variogram tab', { timeout: 240_000 }, () => {
  it('shows points and model curves; a range edit redraws the model; Fit changes the model; lags are saved', async () => {
    const { context, page, errors } = await newPage(app, { width: 1440, height: 1000 });
    try {
      await coarseStartupSample(page); // the variogram of the samples: the block grid does not enter
      await page.goto(app.url);
      await waitForScene(page);
      // The variogram does not need the estimate the sample starts: stop it (it keeps the software-rendered page busy).
      await cancelEstimate(page);
      await page.getByRole('tab', { name: 'Variogram' }).click();
      await chart(page).waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="variogram-chart"]')?.getAttribute('data-points')) > 0, undefined, { timeout: 120_000 });
      // Three saved directions of the scene, each with a model curve, and the downhole variogram (no model).
      expect(Number(await attr(page, 'data-points'))).toBeGreaterThan(20);
      expect(Number(await attr(page, 'data-model-series'))).toBe(3);
      expect(await page.getByTestId('variogram-pairs').count()).toBe(4);
      const before = Number(await attr(page, 'data-model-mid'));
      expect(before).toBeGreaterThan(0);

      // The short structure's major range: 40 → 400 lowers γ at mid-distance (125 m) along the major direction.
      const range = page.getByRole('spinbutton', { name: 'Practical ranges major' }).first();
      expect(await range.inputValue()).toBe('40');
      await range.fill('400');
      await range.press('Enter');
      await page.waitForFunction((b) => Number(document.querySelector('[data-testid="variogram-chart"]')?.getAttribute('data-model-mid')) !== b, before, { timeout: 10_000 });
      const after = Number(await attr(page, 'data-model-mid'));
      expect(after).toBeLessThan(before);
      expect((await sceneModel(page))!.structures[0].ranges[0]).toBe(400);

      // Fit: the automatic model replaces the scene's (one structure), and the inputs show it.
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await page.waitForFunction(() => {
        const s = (window as unknown as { __lode: { getState(): { scene: { estimate?: { variograms: Record<string, Model> } } } } }).__lode.getState();
        return s.scene.estimate?.variograms.AU.structures.length === 1;
      }, undefined, { timeout: 120_000 });
      const fitted = (await sceneModel(page))!;
      expect(fitted.structures[0].sill).toBeGreaterThan(0);
      expect(fitted.nugget).not.toBe(0.2);
      const nugget = page.getByRole('spinbutton', { name: 'Nugget' });
      expect(Number(await nugget.inputValue())).toBeCloseTo(fitted.nugget, 3);
      expect((await nugget.inputValue()).length).toBeLessThanOrEqual(10);

      // Lag settings are the scene's.
      const lag = page.getByRole('spinbutton', { name: 'Lag distance' });
      expect(await lag.inputValue()).toBe('10');
      await lag.fill('12');
      await lag.press('Enter');
      expect(await sceneLags(page)).toMatchObject({ lag: 12, lagCount: 25 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
