/**
 * Screenshots of the readable 3D view: `node --import tsx tests/e2e/readableScreenshots.ts [OUTDIR]`
 * (default docs/screenshots). The synthetic gold sample with hole labels on and "Fit to data", and
 * Copper Creek's drillholes (where ../shared/datasets exists) fitted with labels, estimate cancelled.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT, newPage, startApp, waitForEstimate, waitForScene } from './harness';

const out = process.argv[2] ?? `${ROOT}docs/screenshots`;
mkdirSync(out, { recursive: true });
const COPPER_CREEK = `${ROOT}../shared/datasets/copper_creek/`;
const SCENE = JSON.stringify({
  lode: 1, name: 'Copper Creek', units: 'm',
  data: { collars: { path: 'collar.csv' }, surveys: { path: 'survey.csv' }, assays: { path: 'assay.csv' } },
  view: { element: 'CU', colormap: 'magma', visible: { drillholes: true, blocks: true, envelope: true, labels: true, axes: true } },
});

const store = (page: Page, fn: string) => page.evaluate(`(${fn})(window.__lode)`);

/** Labels on, "Fit to data", a few frames later. */
async function fitWithLabels(page: Page): Promise<void> {
  await store(page, `(s) => s.getState().setView({ visible: { ...s.getState().scene.view.visible, labels: true } })`);
  await page.getByRole('tab', { name: 'View' }).click();
  await page.getByRole('button', { name: 'Fit to data' }).click();
  await page.waitForTimeout(2500);
}

const app = await startApp('dev');
try {
  {
    const { page, context } = await newPage(app, { width: 1440, height: 900 });
    await page.goto(app.url);
    await waitForScene(page, 120_000);
    await waitForEstimate(page, 600_000);
    await page.waitForFunction(() => !(window as unknown as { __lode: { getState(): { envelopeBusy: boolean } } }).__lode.getState().envelopeBusy);
    await fitWithLabels(page);
    await page.screenshot({ path: `${out}/readable-gold.png` });
    await context.close();
  }
  if (existsSync(`${COPPER_CREEK}assay.csv`)) {
    const { page, context } = await newPage(app, { width: 1440, height: 900 });
    await page.route((u) => u.pathname.startsWith('/e2e/cc/'), (r) => {
      const name = new URL(r.request().url()).pathname.slice('/e2e/cc/'.length);
      return name === 'scene.json' ? r.fulfill({ body: SCENE, contentType: 'application/json' })
        : r.fulfill({ body: readFileSync(`${COPPER_CREEK}${name.replace(/[^a-z.]/g, '')}`), contentType: 'text/csv' });
    });
    await page.goto(`${app.url}?scene=/e2e/cc/scene.json`);
    await waitForScene(page, 300_000);
    await store(page, `(s) => s.getState().cancelEstimate()`);
    await fitWithLabels(page);
    await page.screenshot({ path: `${out}/readable-copper-creek.png` });
    await context.close();
  } else console.log('../shared/datasets not found: Copper Creek screenshot skipped');
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
