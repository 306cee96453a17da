/**
 * In headless Chromium on a small points scene: the variogram map redraws in the plane chosen
 * (plane of the lode); the model/search ellipsoids move to a picked block; a region drawn by
 * clicking corners in plan view gives the same tonnes as `lode report --json` on the scene the app
 * then holds; a GeoTIFF (hand-written, placed by its own tags) drapes under the data.
 * LODE_SCREENSHOTS=1 saves docs/screenshots/variogram-map-dip.png and region-draw.png (geotiff-drape.png too: a flat red check image, not kept).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsScene } from './fixtures';
import { geoTiff } from '../geoTiffFixture';
import { main } from '../../src/cli/main';

const scene = JSON.parse(pointsScene({ name: 'E2E planes regions maps', count: [12, 10, 6] }));
scene.resources = {
  density: 2.7, cutoffs: [0, 0.5, 1],
  prices: { AU: { value: 2400, unit: 'USD/oz' } }, recoveries: { AU: 0.9 }, costs: { mining: 10, processing: 25, admin: 5 },
};
const SCENE = JSON.stringify(scene);
const SHOTS = process.env.LODE_SCREENSHOTS ? `${ROOT}docs/screenshots` : null;
const tmp = mkdtempSync(join(tmpdir(), 'lode-prm-'));

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

type Lode = { getState(): Record<string, unknown> & { setView(p: object): void; command(k: string): void; select(s: object | null): void; setCutoff(c: number): void } };
const lode = (page: Page) => page.evaluate.bind(page);

async function open(page: Page): Promise<void> {
  await page.route((u) => u.pathname === '/e2e/prm.lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
  await page.goto(`${app.url}?scene=/e2e/prm.lode.json`);
  await waitForScene(page);
  await waitForEstimate(page);
}

/** Pixels of the canvas matching a colour test, and their mean x. */
async function pixels(page: Page, kind: 'orange' | 'red'): Promise<{ n: number; meanX: number }> {
  const png = await page.locator('.viewport-area canvas').first().screenshot();
  return page.evaluate(async ([b64, k]) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0, sx = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
      const hit = k === 'red' ? r > 150 && g < 80 && b < 80 : r > 110 && g > 0.45 * r && g < 0.85 * r && b < 0.45 * r;
      if (hit) { n++; sx += (i / 4) % img.width; }
    }
    return { n, meanX: n ? sx / n : NaN };
  }, [png.toString('base64'), kind] as const);
}

const hideAll = (page: Page) => lode(page)(() => {
  const s = (window as unknown as { __lode: Lode }).__lode.getState();
  s.setView({ visible: { drillholes: false, blocks: false, envelope: false, labels: false, axes: false } });
  s.command('plan');
});

describe('planes, ellipsoid anchors, drawn regions and GeoTIFF maps', { timeout: 300_000 }, () => {
  it('variogram map in the plane of the lode; ellipsoids follow the picked block', async () => {
    const { context, page, errors } = await newPage(app, { width: 1400, height: 900 });
    try {
      await open(page);
      await page.getByRole('tab', { name: 'Variogram' }).click();
      const map = page.getByTestId('variogram-map');
      await map.waitFor({ timeout: 60_000 });
      const drawn = () => map.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
      await expect.poll(async () => (await drawn()).length, { timeout: 60_000 }).toBeGreaterThan(3000);
      const horizontal = await drawn();
      await page.getByTestId('variogram-map-plane').selectOption('dip');
      await expect.poll(drawn, { timeout: 60_000 }).not.toBe(horizontal);
      expect(await page.getByRole('figure').filter({ has: map }).locator('figcaption').innerText()).toMatch(/Plane of the lode/);
      if (SHOTS) await page.getByRole('figure').filter({ has: map }).screenshot({ path: `${SHOTS}/variogram-map-dip.png` });

      // Ellipsoids at a picked block: the westmost block column pulls them west, the eastmost east.
      await hideAll(page);
      await page.getByLabel('Show model and search ellipsoids in the 3D view').check();
      await page.getByTestId('ellipsoid-anchor').selectOption('selection');
      await page.waitForTimeout(1500);
      const centre = await pixels(page, 'orange');
      expect(centre.n).toBeGreaterThan(200);
      // Block (i, j, k) = (0, 5, 3) and (11, 5, 3) of the 12 × 10 × 6 grid.
      const pick = (index: number) => lode(page)((i) => (window as unknown as { __lode: Lode }).__lode.getState().select({ kind: 'block', index: i }), index);
      await pick(3 * 120 + 5 * 12);
      await expect.poll(async () => (await pixels(page, 'orange')).meanX, { timeout: 30_000 }).toBeLessThan(centre.meanX - 60);
      await pick(3 * 120 + 5 * 12 + 11);
      await expect.poll(async () => (await pixels(page, 'orange')).meanX, { timeout: 30_000 }).toBeGreaterThan(centre.meanX + 60);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a region clicked in plan view: its report equals lode report --json on the scene the app holds', async () => {
    const { context, page, errors } = await newPage(app, { width: 1400, height: 900 });
    try {
      await open(page);
      await page.getByRole('tab', { name: 'Resources' }).click();
      await page.getByRole('button', { name: 'Draw a region in plan view' }).click();
      await page.waitForTimeout(1500);
      const canvas = page.locator('.viewport-area canvas').first();
      const box = (await canvas.boundingBox())!;
      for (const [fx, fy] of [[0.35, 0.35], [0.6, 0.3], [0.65, 0.65], [0.4, 0.6]]) {
        await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
        await page.waitForTimeout(150);
      }
      await expect.poll(() => page.getByTestId('region-draw').getByRole('status').innerText()).toMatch(/4 so far/);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/region-draw.png` });
      // Clicks while drawing do not select anything.
      expect(await lode(page)(() => (window as unknown as { __lode: Lode }).__lode.getState().selection)).toBeNull();
      await page.getByRole('button', { name: 'Finish region' }).click();
      const held = await lode(page)(() => JSON.stringify((window as unknown as { __lode: Lode }).__lode.getState().scene));
      const region = JSON.parse(held).resources.regions[0];
      expect(region.name).toBe('Region 1');
      expect(region.polygon.length).toBe(4);
      // Plan view frames the data (x 0–240, y 0–200): the corners lie inside it, clockwise on screen = north up.
      for (const [x, y] of region.polygon) { expect(x).toBeGreaterThan(-20); expect(x).toBeLessThan(260); expect(y).toBeGreaterThan(-20); expect(y).toBeLessThan(220); }
      expect(region.polygon[1][0]).toBeGreaterThan(region.polygon[0][0]);
      expect(region.polygon[2][1]).toBeLessThan(region.polygon[1][1]);

      const file = join(tmp, 'held.json'), out = join(tmp, 'held-report.json');
      writeFileSync(file, held);
      expect(await main(['report', file, '--json', '-o', out, '-t', '0', '-q'])).toBe(0);
      const cli = JSON.parse(readFileSync(out, 'utf8')) as { regions: { name: string; blocks: number; rows: { class: string; cutoff: number; tonnes: number }[] }[] };
      const cliRegion = cli.regions.find((r) => r.name === 'Region 1')!;
      expect(cliRegion.blocks).toBeGreaterThan(5);
      expect(cliRegion.blocks).toBeLessThan(cli.regions[0].blocks);
      const shown = page.getByTestId('region-report').locator('[data-region="Region 1"]');
      await expect.poll(() => shown.innerText(), { timeout: 30_000 }).toContain(`(${cliRegion.blocks} Blocks)`);
      const rows = shown.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      for (let i = 0; i < await rows.count(); i++) {
        const r = rows.nth(i);
        const cls = await r.getAttribute('data-class'), cut = Number(await r.getAttribute('data-cutoff'));
        const want = cliRegion.rows.find((x) => x.class === cls && x.cutoff === cut)!;
        expect(Number((await r.locator('[data-field="tonnes"]').innerText()).replace(/,/g, ''))).toBe(Math.round(want.tonnes));
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a GeoTIFF placed by its own tags drapes under the data', async () => {
    const { context, page, errors } = await newPage(app, { width: 1400, height: 900 });
    try {
      await open(page);
      await hideAll(page);
      await page.waitForTimeout(1000);
      const before = await pixels(page, 'red');
      // 48 × 40 red pixels of 5 m from (0, 200): the data's plan extent.
      const tif = geoTiff(48, 40, () => [230, 20, 20], { pixelScale: [5, 5, 0], tiepoint: [0, 0, 0, 0, 200, 0] });
      await page.getByRole('tab', { name: 'Holes' }).click();
      await page.getByTestId('map-files').setInputFiles([{ name: 'geology.tif', mimeType: 'image/tiff', buffer: Buffer.from(tif) }]);
      await page.getByTestId('map-entry').waitFor({ timeout: 30_000 });
      const maps = await lode(page)(() => ((window as unknown as { __lode: Lode }).__lode.getState().scene as { maps: { name: string; width: number; height: number; world: number[]; image: string }[] }).maps);
      expect(maps.map((m) => [m.name, m.width, m.height, m.world])).toEqual([['geology.tif', 48, 40, [5, 0, 0, -5, 2.5, 197.5]]]);
      expect(maps[0].image.startsWith('data:image/png;base64,')).toBe(true);
      expect(await page.getByTestId('map-entry').innerText()).toContain('48 × 40 pixels, 0–240 E, 0–200 N');
      await page.waitForTimeout(1500);
      const after = await pixels(page, 'red');
      const { width, height } = (await page.locator('.viewport-area canvas').first().boundingBox())!;
      expect(before.n).toBeLessThan(50);
      expect(after.n).toBeGreaterThan(0.1 * width * height);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/geotiff-drape.png` });
      // A TIFF without georeferencing and without a world file is refused by name.
      await page.getByTestId('map-files').setInputFiles([{ name: 'plain.tif', mimeType: 'image/tiff', buffer: Buffer.from(geoTiff(4, 4, () => [0, 0, 0], {})) }]);
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/plain\.tif: the TIFF has no georeferencing tags and no world file was chosen with it \(plain\.tfw/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
