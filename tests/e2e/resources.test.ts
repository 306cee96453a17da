/**
 * The Resources tab in headless Chromium: changing the gold price moves the breakeven cutoff and
 * the resource above it; the class colours appear on the 3D blocks with a legend; the region report
 * gives numbers. LODE_SCREENSHOTS=1 also writes docs/screenshots/resources-tab.png.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, ROOT, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { measureCanvas } from './canvasPixels';
import { pointsScene } from './fixtures';

const scene = JSON.parse(pointsScene({ name: 'E2E resources', count: [24, 20, 12] }));
scene.resources = {
  density: 2.7,
  cutoffs: [0, 0.5, 1],
  prices: { AU: { value: 2400, unit: 'USD/oz' } },
  recoveries: { AU: 0.9 },
  costs: { mining: 10, processing: 25, admin: 5 },
  classification: { element: 'AU', rules: [
    { class: 'measured', maxPass: 1, minHoles: 4, maxDistance: 30 },
    { class: 'indicated', maxPass: 1, maxDistance: 60 },
    { class: 'inferred', maxPass: 3 },
  ] },
  regions: [{ name: 'South half', polygon: [[0, 0], [240, 0], [240, 100], [0, 100]] }],
};
const SCENE = JSON.stringify(scene);

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** Number shown in a cell ("1,234.5" → 1234.5). */
const num = (s: string) => Number(s.replace(/[,\s]/g, '').replace(/[^\d.eE+-].*$/, ''));

/** Tonnes of each class in the "resource at breakeven" table. */
async function tonnesByClass(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('resource-at-breakeven').locator('tbody tr');
  const out: Record<string, number> = {};
  for (let i = 0; i < await rows.count(); i++) {
    const r = rows.nth(i);
    out[(await r.getAttribute('data-class'))!] = num(await r.locator('[data-field="tonnes"]').innerText());
  }
  return out;
}

/** Pixels of the 3D canvas that are clearly red (measured), green (indicated) and blue (inferred). */
function classPixels(page: Page): Promise<{ red: number; green: number; blue: number }> {
  return measureCanvas(page, (d) => {
    let red = 0, green = 0, blue = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
      if (r > 90 && r > 2.2 * g && r > 2.2 * b) red++;
      else if (g > 90 && g > 1.5 * r && g > 1.5 * b) green++;
      else if (b > 90 && b > 1.4 * r && b > 1.2 * g) blue++;
    }
    return { red, green, blue };
  });
}

describe('Resources tab in Chromium', { timeout: 300_000 }, () => {
  it('price → breakeven cutoff and resource; class colours in 3D; region report numbers', async () => {
    const { context, page, errors } = await newPage(app, { width: 1400, height: 900 });
    try {
      await page.route((u) => u.pathname === '/e2e/resources.lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/resources.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      await page.getByRole('tab', { name: 'Resources' }).click();

      // 40 / (2400 / 31.1034768 × 0.9) = 0.576 g/t.
      const be = page.getByTestId('breakeven-cutoff');
      await expect.poll(() => be.innerText(), { timeout: 30_000 }).toMatch(/^0\.576 g\/t AU/);
      expect(Number(await be.getAttribute('data-value'))).toBeCloseTo(0.57599, 5);
      const before = await tonnesByClass(page);
      const totalBefore = Object.values(before).reduce((a, b) => a + b, 0);
      expect(totalBefore).toBeGreaterThan(0);

      // Half the price: twice the cutoff (1.152 g/t) and less resource above it.
      const price = page.getByRole('spinbutton', { name: /AU price/ });
      await price.fill('1200');
      await price.press('Enter');
      await expect.poll(() => be.innerText(), { timeout: 30_000 }).toMatch(/^1\.152 g\/t AU/);
      const after = await tonnesByClass(page);
      const totalAfter = Object.values(after).reduce((a, b) => a + b, 0);
      expect(totalAfter).toBeGreaterThan(0);
      expect(totalAfter).toBeLessThan(totalBefore);
      const saved = await page.evaluate(() => (window as unknown as { __lode: { getState(): { scene: { resources: { prices: { AU: { value: number } } } } } } }).__lode.getState().scene.resources.prices.AU.value);
      expect(saved).toBe(1200);

      // Classification legend in the tab, in English.
      const legend = page.getByTestId('classification-legend');
      await expect.poll(() => legend.innerText()).toMatch(/Measured[\s\S]*Indicated[\s\S]*Inferred/);

      // Class colours on the blocks: no strong red in the grade colours (viridis), red/green/blue after.
      await page.evaluate(() => (window as unknown as { __lode: { getState(): { setCutoff(c: number): void } } }).__lode.getState().setCutoff(0));
      await page.waitForTimeout(1500);
      const grades = await classPixels(page);
      await page.getByRole('button', { name: 'Show classes in 3D' }).click();
      await page.getByTestId('block-legend').waitFor();
      await expect.poll(async () => (await classPixels(page)).red, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(grades.red + 500);
      const classes = await classPixels(page);
      expect(classes.green + classes.blue).toBeGreaterThan(500);
      expect(await page.getByTestId('block-legend').innerText()).toMatch(/Measured[\s\S]*Indicated[\s\S]*Inferred/);

      // Region report: the south half holds part of the resource above the breakeven cutoff.
      const report = page.getByTestId('region-report');
      const all = report.locator('[data-region="All blocks"] tbody tr');
      const south = report.locator('[data-region="South half"] tbody tr');
      expect(await south.count()).toBe(4);
      let tAll = 0, tSouth = 0;
      for (let i = 0; i < 4; i++) {
        tAll += num(await all.nth(i).locator('[data-field="tonnes"]').innerText());
        tSouth += num(await south.nth(i).locator('[data-field="tonnes"]').innerText());
        const grade = await south.nth(i).locator('[data-field="grade-AU"]').innerText();
        const t = num(await south.nth(i).locator('[data-field="tonnes"]').innerText());
        if (t > 0) expect(num(grade)).toBeGreaterThanOrEqual(1.152);
      }
      expect(tAll).toBeCloseTo(totalAfter, -1);
      expect(tSouth).toBeGreaterThan(0);
      expect(tSouth).toBeLessThan(tAll);
      expect(await report.innerText()).toMatch(/centroid/);

      // Chinese: the legend reads 探明 / 控制 / 推断.
      await page.getByLabel('Language').selectOption('zh');
      await expect.poll(() => legend.innerText()).toMatch(/探明[\s\S]*控制[\s\S]*推断/);
      await page.getByLabel('语言').selectOption('en');
      await page.getByRole('tab', { name: 'Resources' }).waitFor();

      if (process.env.LODE_SCREENSHOTS) {
        await page.getByRole('tabpanel').evaluate((el) => { el.scrollTop = 0; });
        writeFileSync(`${ROOT}docs/screenshots/resources-tab.png`, await page.screenshot());
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
