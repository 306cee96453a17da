/**
 * Domains in the app: a scene with a lode solid (tests/fixtures/gstat/domains, tables and solid
 * embedded) is estimated inside the lode only; the Domains section of the Estimate tab lists
 * the codes and each domain's blocks, the same counts the estimate has (lode blocks estimated
 * or unestimated, the others outside), and the diagnostics count the rest as outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { LODE_OBJ, domainFixtureScene } from './domainFixture';

const scene = domainFixtureScene();
scene.domains = { ...scene.domains, solids: [{ code: '1', text: LODE_OBJ, name: 'lode.obj' }], envelope: { type: 'domain' } };
const SCENE = JSON.stringify(scene);

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('domains in the app', { timeout: 90_000 }, () => {
  it('estimates inside the lode solid and shows each domain\'s blocks', async () => {
    const { context, page } = await newPage(app);
    try {
      await page.route((u) => u.pathname === '/e2e/domains.lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/domains.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      const r = await page.evaluate(() => {
        const e = (window as unknown as { __lode: { getState(): { estimates: Record<string, { estimate: Float64Array; outside?: number; unestimated: number }> } } }).__lode.getState().estimates.AU;
        return { n: e.estimate.length, estimated: e.estimate.filter(Number.isFinite).length, outside: e.outside ?? -1, unestimated: e.unestimated };
      });
      expect(r.n).toBe(15 * 15 * 14);
      expect(r.estimated).toBeGreaterThan(400);
      await page.getByRole('tab', { name: 'Estimate' }).click();
      const table = page.getByTestId('domain-volumes');
      await table.waitFor();
      const cells = async (code: string) => table.locator('tr', { has: page.locator(`th:text-is("${code}")`) }).locator('td').allInnerTexts();
      const lode = await cells('1');
      expect(Number(lode[0].replace(/,/g, ''))).toBe(r.estimated + r.unestimated);
      expect(Number((await cells('0'))[0].replace(/,/g, '')) + Number(lode[0].replace(/,/g, ''))).toBeLessThanOrEqual(r.n);
      expect(r.outside).toBe(r.n - r.estimated - r.unestimated);
      await page.getByTestId('envelope-volume').waitFor();
      await page.getByTestId('domains-section').scrollIntoViewIfNeeded();
      if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/domains.png` });
    } finally {
      await context.close();
    }
  });
});
