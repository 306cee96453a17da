/**
 * Sections in Chromium: a N–S section of a small hand-made scene is orthographic and shows only
 * what lies in its slab (hole intervals counted against hand counts), its position label follows
 * the ] and [ keys and the step buttons, and the scene keeps the section. LODE_SHOTS=<dir> saves a screenshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, startApp, waitForScene, type App } from './harness';
import { sectionScene } from './sectionScene';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const lode = (page: Page, fn: string) => page.evaluate(`(() => { const s = window.__lode.getState(); return ${fn}; })()`);

async function info(page: Page) {
  const el = page.getByTestId('section-info');
  return { position: await page.getByTestId('section-position').textContent(), intervals: Number(await el.getAttribute('data-intervals')), holes: Number(await el.getAttribute('data-holes')) };
}

describe('sections in Chromium', { timeout: 90_000 }, () => {
  it('opens a N–S section framed orthographically on its slab and steps it', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      await page.route((u) => u.pathname === '/e2e/section/scene.json', (r) => r.fulfill({ body: sectionScene(), contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/section/scene.json`);
      await waitForScene(page);
      await page.getByRole('tab', { name: 'View' }).click();
      await page.getByRole('button', { name: 'Section N–S' }).click();
      await expect.poll(() => info(page)).toEqual({ position: 'X = 20 m', intervals: 28, holes: 3 });
      expect(await lode(page, 'document.querySelector("canvas") && s.scene.view.section')).toMatchObject({ enabled: true, axis: 'x', position: 20 });
      // (The orthographic framing itself is checked by src/engine/section/slab.test.ts.)
      // Grid labels along the bottom edge do not overlap.
      const boxes = await page.locator('[data-testid="section-grid"] text[text-anchor="middle"]').evaluateAll((els) => els.map((e) => (e as SVGTextElement).getBBox()).map((b) => [b.x, b.x + b.width]));
      expect(boxes.length).toBeGreaterThan(2);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
      if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/section-ns-test.png` });

      await page.keyboard.press(']');
      await expect.poll(() => info(page)).toEqual({ position: 'X = 30 m', intervals: 3, holes: 1 });
      await page.getByRole('button', { name: /Step back/ }).first().click();
      await page.getByRole('button', { name: /Step back/ }).first().click();
      await expect.poll(() => info(page)).toEqual({ position: 'X = 10 m', intervals: 4, holes: 1 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
