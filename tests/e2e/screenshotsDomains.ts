/**
 * README screenshots of domains, an imported solid and a section:
 * `flock /tmp/lode-browser.lock node --import tsx tests/e2e/screenshotsDomains.ts [OUTDIR]` (default docs/screenshots).
 * - domains.png: the synthetic gold lode scene (sample-models/synthetic-gold/scene-lode.json, its grid
 *   twice as coarse so that software WebGL draws it) estimated inside its LODE domain, blocks by grade,
 *   the domain solid as the envelope, the Estimate tab's Domains section;
 * - section-lode.png: a N–S section of the same, 1280 × 800;
 * - solid.png: the domain fixture's lode.obj dropped on the window, made domain 1, estimated inside (blocks
 *   hidden so the solid shows in its colour and opacity among the holes), the View tab's surfaces panel.
 * Checking views (not for the README) go to OUTDIR/check (delete it before committing): the section in a small window, E–W, plan and azimuth sections, the legend in Chinese.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT, newPage, startApp, waitForEstimate, waitForScene } from './harness';
import { withCoarserGrid } from '../coarseGrid';
import { dropSurfaceFile } from './dropFile';
import { LODE_OBJ, domainFixtureScene } from './domainFixture';

const out = process.argv[2] ?? `${ROOT}docs/screenshots`;
mkdirSync(`${out}/check`, { recursive: true });
const LODE_SCENE = '/sample-models/synthetic-gold/scene-lode.json';

type Store = { getState(): Record<string, unknown> };
const store = (page: Page, fn: string) => page.evaluate(`(${fn})(window.__lode)`);
async function settle(page: Page, ms = 1500): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as { __lode: Store }).__lode.getState().envelopeBusy, undefined, { timeout: 300_000 });
  await page.waitForTimeout(ms);
}

const app = await startApp();
try {
  // The synthetic gold lode estimated inside its lode, the domain envelope.
  const lode = withCoarserGrid(JSON.parse(readFileSync(`${ROOT}${LODE_SCENE.slice(1)}`, 'utf8')));
  lode.domains.envelope = { type: 'domain' };
  lode.view.envelopeOpacity = 0.6;
  const { page, errors } = await newPage(app, { width: 1440, height: 900 });
  await page.route((u) => u.pathname === LODE_SCENE, (r) => r.fulfill({ body: JSON.stringify(lode), contentType: 'application/json' }));
  await page.goto(`${app.url}?scene=${LODE_SCENE}`);
  await waitForScene(page, 120_000);
  await waitForEstimate(page, 900_000);
  await store(page, '(s) => s.getState().updateEnvelope()');
  await page.getByRole('tab', { name: 'Estimate' }).click();
  await page.getByTestId('domain-volumes').waitFor({ timeout: 120_000 });
  await page.getByTestId('domains-section').scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: `${out}/domains.png` });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await settle(page, 500);
  await page.locator('.viewport-area').screenshot({ path: `${out}/check/domains-zh.png` });
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');

  // A N–S section through the lode at the centre of the grid.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('tab', { name: 'View' }).click();
  await page.getByRole('button', { name: 'Section N–S' }).click();
  await settle(page);
  await page.screenshot({ path: `${out}/section-lode.png` });
  await page.setViewportSize({ width: 960, height: 600 });
  await settle(page);
  await page.screenshot({ path: `${out}/check/section-small.png` });
  for (const axis of ['E–W', 'Plan', 'Azimuth']) {
    await page.locator('label.seg', { hasText: axis }).click();
    await settle(page, 1000);
    await page.screenshot({ path: `${out}/check/section-${axis === 'E–W' ? 'ew' : axis.toLowerCase()}.png` });
  }
  if (errors.length) console.error('page errors (lode):', errors);

  // An imported solid: lode.obj dropped, made domain 1, estimated inside.
  const fixture = domainFixtureScene();
  fixture.name = 'Domain fixture: lode.obj dropped';
  fixture.domains = { column: 'LITH', estimate: ['1'] };
  fixture.view = { visible: { drillholes: true, blocks: true, envelope: false, labels: false, axes: true }, camera: { position: [-120, -160, 230], target: [75, 75, 62], up: [0, 0, 1], fov: 45 } };
  const p2 = await newPage(app, { width: 1440, height: 900 });
  await p2.page.route((u) => u.pathname === '/e2e/solid.json', (r) => r.fulfill({ body: JSON.stringify(fixture), contentType: 'application/json' }));
  await p2.page.goto(`${app.url}?scene=/e2e/solid.json`);
  await waitForScene(p2.page);
  await dropSurfaceFile(p2.page, 'lode.obj', LODE_OBJ);
  await p2.page.getByRole('tab', { name: 'Estimate' }).click();
  await p2.page.getByLabel('Blocks inside lode.obj are domain').selectOption('1');
  await p2.page.getByText('Block domains from the imported solids.').waitFor();
  await p2.page.getByRole('button', { name: 'Estimate', exact: true }).click();
  await p2.page.waitForTimeout(500);
  await waitForEstimate(p2.page);
  await store(p2.page, `(s) => s.getState().editScene((sc) => ({ ...sc, surfaces: sc.surfaces.map((f) => ({ ...f, color: '#ff7a33', opacity: 0.6 })), view: { ...sc.view, visible: { ...sc.view.visible, blocks: false } } }))`);
  await p2.page.getByRole('tab', { name: 'View' }).click();
  await p2.page.getByTestId('surfaces-panel').scrollIntoViewIfNeeded();
  await settle(p2.page);
  await p2.page.screenshot({ path: `${out}/solid.png` });
  if (p2.errors.length) console.error('page errors (solid):', p2.errors);
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
