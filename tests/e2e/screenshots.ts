/**
 * Screenshots of the main views for the README: `node --import tsx tests/e2e/screenshots.ts [OUTDIR]`
 * (default docs/screenshots). Starts on the first sample as a user does, waits for its estimate,
 * then takes: the start view, blocks with the envelope, a section, and the Chinese UI.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT, newPage, startApp, waitForEstimate, waitForScene } from './harness';

const out = process.argv[2] ?? `${ROOT}docs/screenshots`;
mkdirSync(out, { recursive: true });

type Store = { getState(): Record<string, unknown> };
const store = (page: Page, fn: string) => page.evaluate(`(${fn})(window.__lode)`);

async function settle(page: Page, ms = 1500): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as { __lode: Store }).__lode.getState().envelopeBusy, undefined, { timeout: 120_000 });
  await page.waitForTimeout(ms);
}

const app = await startApp('build');
try {
  const { page, errors } = await newPage(app, { width: 1440, height: 900 });
  await page.goto(app.url);
  await waitForScene(page, 120_000);
  // The first frames with the drillholes drawn.
  await page.waitForFunction(() => !!(window as unknown as { __lodeScene?: unknown }).__lodeScene, undefined, { timeout: 60_000 });
  await page.evaluate(async () => { await (window as unknown as { __lodeScene: { nextFrame(): Promise<number> } }).__lodeScene.nextFrame(); });
  await page.screenshot({ path: `${out}/start.png` });
  await waitForEstimate(page, 900_000);
  await settle(page);
  await page.screenshot({ path: `${out}/estimate.png` });

  // Blocks above a higher cutoff with the envelope, from the Estimate tab.
  await store(page, `(s) => { s.getState().setCutoff(1.5); return s.getState().updateEnvelope(); }`);
  await page.getByRole('tab', { name: 'Estimate' }).click();
  await settle(page);
  await page.screenshot({ path: `${out}/blocks-envelope.png` });

  // A north–south section across the lode (which strikes east–west), seen from the east.
  await store(page, `(s) => { s.getState().setCutoff(0.5); return s.getState().updateEnvelope(); }`);
  await page.getByRole('tab', { name: 'View' }).click();
  await page.getByLabel('Cut the model with a plane').check();
  await store(page, `(s) => { const g = s.getState().grid; s.getState().setView({ section: { enabled: true, axis: 'x', position: g.origin[0] + g.size[0] * g.count[0] * 0.5 } }); }`);
  await page.getByRole('button', { name: 'Section N–S' }).click();
  await settle(page);
  await page.screenshot({ path: `${out}/section.png` });

  // The Chinese UI, 3D view again.
  await store(page, `(s) => s.getState().setView({ section: { enabled: false, axis: 'x', position: 0 } })`);
  await page.getByRole('button', { name: '3D' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.getByRole('tab', { name: '数据' }).click();
  await settle(page);
  await page.screenshot({ path: `${out}/chinese.png` });
  // The validation report's findings, in Chinese.
  await page.locator('.findings').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/chinese-report.png` });
  if (errors.length) console.error('page errors:', errors);
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
