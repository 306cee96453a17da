/**
 * Screenshots of the exploration views for the README: `node --import tsx tests/e2e/screenshotsExploration.ts [OUTDIR]`
 * (default docs/screenshots): the intercept table with a selected intercept and its strip log,
 * and a map image draped under the holes of the synthetic gold sample.
 */
import { mkdirSync } from 'node:fs';
import { ROOT, newPage, startApp, waitForScene } from './harness';

const out = process.argv[2] ?? `${ROOT}docs/screenshots`;
mkdirSync(out, { recursive: true });

const app = await startApp('build');
try {
  const { page, errors } = await newPage(app, { width: 1440, height: 900 });
  await page.goto(app.url);
  await waitForScene(page, 120_000);
  await page.evaluate(() => {
    const s = (window as unknown as { __lode: { getState(): { cancelEstimate(): void; setView(p: object): void; editScene(f: (s: object) => object): void } } }).__lode.getState();
    s.cancelEstimate();
    s.setView({ visible: { drillholes: true, blocks: false, envelope: false, labels: false, axes: true } });
    s.editScene((x) => ({ ...x, intercepts: { ...(x as { intercepts?: object }).intercepts, labels: true } }));
  });
  await page.getByRole('tab', { name: 'Holes' }).click();
  await page.getByTestId('intercept-table').locator('tbody tr').nth(2).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/intercepts.png` });
  await page.getByTestId('strip-log').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/strip-log.png` });

  await page.evaluate(() => (window as unknown as { __lode: { getState(): { editScene(f: (s: object) => object): void } } }).__lode.getState()
    .editScene((x) => ({ ...x, intercepts: { ...(x as { intercepts?: object }).intercepts, labels: false } })));
  // A geological-map-like image (bands striking with the lode) under the holes, plan view.
  const { png, world, elevation } = await page.evaluate(() => {
    const h = (window as unknown as { __lode: { getState(): { holes: { x: Float64Array; y: Float64Array; z: Float64Array } } } }).__lode.getState().holes;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, z1 = -Infinity;
    for (let i = 0; i < h.x.length; i++) { x0 = Math.min(x0, h.x[i]); x1 = Math.max(x1, h.x[i]); y0 = Math.min(y0, h.y[i]); y1 = Math.max(y1, h.y[i]); z1 = Math.max(z1, h.z[i]); }
    const c = document.createElement('canvas');
    c.width = 512; c.height = 512;
    const ctx = c.getContext('2d')!;
    const colours = ['#6b8e4e', '#c9b37e', '#8c6d5a', '#a3a86b', '#7d8fa3'];
    for (let k = -4; k < 14; k++) {
      ctx.fillStyle = colours[(k + 10) % colours.length];
      ctx.beginPath();
      ctx.moveTo(0, k * 48); ctx.lineTo(512, k * 48 - 90); ctx.lineTo(512, k * 48 - 42); ctx.lineTo(0, k * 48 + 48);
      ctx.fill();
    }
    const pad = 60, a = (x1 - x0 + 2 * pad) / 512, e = -(y1 - y0 + 2 * pad) / 512;
    return { png: c.toDataURL('image/png').split(',')[1], world: [a, 0, 0, e, x0 - pad + a / 2, y1 + pad + e / 2].join('\n'), elevation: Math.ceil(z1) };
  });
  await page.getByTestId('map-files').setInputFiles([
    { name: 'geology.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') },
    { name: 'geology.pgw', mimeType: 'text/plain', buffer: Buffer.from(world) },
  ]);
  await page.getByTestId('map-entry').waitFor();
  await page.getByLabel('Elevation (m)').fill(String(elevation));
  await page.getByLabel('Elevation (m)').press('Enter');
  await page.evaluate(() => (window as unknown as { __lode: { getState(): { command(k: string): void } } }).__lode.getState().command('iso'));
  await page.waitForTimeout(2500);
  await page.getByTestId('map-entry').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/map-drape.png` });
  if (errors.length) console.error('page errors:', errors);
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
