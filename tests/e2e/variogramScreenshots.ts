/**
 * Screenshots of the Variogram tab for the README: `node --import tsx tests/e2e/variogramScreenshots.ts [OUTDIR]`
 * (default docs/screenshots). Opens the Babbitt sample, shows its Cu variogram panel, then the
 * model and search ellipsoids in the 3D view.
 */
import { mkdirSync } from 'node:fs';
import { ROOT, newPage, startApp, waitForScene } from './harness';

const out = process.argv[2] ?? `${ROOT}docs/screenshots`;
mkdirSync(out, { recursive: true });
const app = await startApp();
try {
  const { page, errors } = await newPage(app, { width: 1440, height: 1000 });
  await page.goto(`${app.url}?scene=sample-models/babbitt/scene.json`);
  await waitForScene(page, 120_000);
  await page.getByRole('tab', { name: 'Variogram' }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="variogram-chart"]')?.getAttribute('data-points')) > 0, undefined, { timeout: 300_000 });
  await page.waitForTimeout(1500);
  await page.locator('.tab-panel').screenshot({ path: `${out}/variogram-panel.png` });
  await page.getByLabel('Show model and search ellipsoids in the 3D view').check();
  // Blocks and envelope off so that the ellipsoids inside the deposit show among the drillholes.
  await page.evaluate(() => {
    const s = (window as unknown as { __lode: { getState(): { setView(v: unknown): void } } }).__lode.getState();
    s.setView({ visible: { drillholes: true, blocks: false, envelope: false, labels: false, axes: true } });
  });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `${out}/variogram-ellipsoids.png` });
  if (errors.length) console.error(errors.join('\n'));
} finally {
  await app.close();
}
