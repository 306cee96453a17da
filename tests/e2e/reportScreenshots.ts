/**
 * Screenshots of the validation report for the README: `node --import tsx tests/e2e/reportScreenshots.ts [OUTDIR]`
 * (default docs/screenshots). Drops the messy drillhole tables of tests/fixtures and shows the
 * report grouped by code, in English (validation-report.png) and Chinese (chinese-report.png).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT, newPage, startApp, waitForScene } from './harness';
import { MESSY_ASSAYS, MESSY_COLLARS, MESSY_SURVEYS } from '../fixtures/messyDrillholes';

const out = process.argv[2] ?? `${ROOT}docs/screenshots`;
mkdirSync(out, { recursive: true });

async function dropMessy(page: Page): Promise<void> {
  const dt = await page.evaluateHandle((fs) => {
    const d = new DataTransfer();
    for (const f of fs) d.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return d;
  }, [{ name: 'collars.csv', text: MESSY_COLLARS }, { name: 'surveys.csv', text: MESSY_SURVEYS }, { name: 'assays.csv', text: MESSY_ASSAYS }]);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await page.waitForFunction(() => (window as unknown as { __lode: { getState(): { scene: { name?: string } | null } } }).__lode.getState().scene?.name === 'collars + surveys + assays', undefined, { timeout: 120_000, polling: 250 });
  await waitForScene(page);
}

const app = await startApp();
try {
  for (const [lang, file] of [['en', 'validation-report.png'], ['zh', 'chinese-report.png']] as const) {
    const { context, page } = await newPage(app, { width: 1440, height: 1000 });
    await context.addInitScript((l) => localStorage.setItem('lode.language', l), lang);
    await page.goto(app.url);
    await waitForScene(page, 120_000);
    await page.evaluate(() => (window as unknown as { __lode: { getState(): { cancelEstimate(): void } } }).__lode.getState().cancelEstimate());
    await dropMessy(page);
    const report = page.locator('section.report');
    // The report's groups at the top of the side panel.
    await report.locator('.findings').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${file}` });
    await context.close();
  }
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
