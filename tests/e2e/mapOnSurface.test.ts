/**
 * A map draped on the topography (maps[].surface): a red image over the section scene, draped on a
 * tent-shaped surface (corners at z = −25, apex at z = −8), seen in a N–S section through the apex,
 * follows the tent — red pixels over a band of rows — where the same map on its plane, seen edge-on,
 * is at most a line.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, startApp, waitForScene, type App } from './harness';
import { measureCanvas } from './canvasPixels';
import { sectionScene, TENT_OBJ } from './sectionScene';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** Rows of the canvas holding pure red pixels (the test image): [first, last] or null. */
function redRows(page: Page): Promise<[number, number] | null> {
  return measureCanvas(page, (d, width) => {
    let lo = -1, hi = -1;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] > 150 && d[i + 1] < 60 && d[i + 2] < 60) {
        const row = Math.floor(i / 4 / width);
        if (lo < 0) lo = row;
        hi = row;
      }
    }
    return lo < 0 ? null : [lo, hi] as [number, number];
  });
}

/** A 64 × 64 red PNG as a data URL, made in the page. */
async function redPng(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const c = new OffscreenCanvas(64, 64);
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(0, 0, 64, 64);
    const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return `data:image/png;base64,${btoa(s)}`;
  });
}

/** Height in pixels of the red band in a N–S section through the tent's apex, the map on the surface or on its plane. */
async function redBandHeight(onSurface: boolean): Promise<number> {
  const { context, page } = await newPage(app);
  try {
    // A blank page makes the image (the app's own page would load the start-up sample first).
    await page.goto('about:blank');
    const image = await redPng(page);
    // The image covers x, y −10…60 (the tent's footprint): pixel 70/64 wide, top-left pixel centre given.
    const a = 70 / 64;
    const map = { name: 'red.png', image, width: 64, height: 64, world: [a, 0, 0, -a, -10 + a / 2, 60 - a / 2], elevation: -16, opacity: 1, ...(onSurface ? { surface: 'topo.obj' } : {}) };
    const surface = { name: 'topo.obj', kind: 'topography', gzip: gzipSync(Buffer.from(TENT_OBJ)).toString('base64'), color: '#888888', opacity: 0.01 };
    const scene = sectionScene({
      maps: [map], surfaces: [surface],
      view: { visible: { drillholes: false, blocks: false, envelope: false, labels: false, axes: false } },
    });
    await page.route((u) => u.pathname === '/e2e/map-surface/scene.json', (r) => r.fulfill({ body: scene, contentType: 'application/json' }));
    await page.goto(`${app.url}?scene=/e2e/map-surface/scene.json`);
    await waitForScene(page);
    await page.getByRole('tab', { name: 'View' }).click();
    // In plan the image shows either way (its texture loaded): then the section through the apex.
    await page.getByRole('button', { name: 'Plan', exact: true }).first().click();
    await expect.poll(async () => (await redRows(page)) !== null, { timeout: 30_000, interval: 500 }).toBe(true);
    await page.getByRole('button', { name: 'Section N–S' }).click();
    await expect.poll(() => page.getByTestId('section-position').textContent()).toBe('X = 20 m');
    await page.waitForTimeout(1500);
    if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/map-${onSurface ? 'surface' : 'plane'}.png` });
    const rows = await redRows(page);
    return rows ? rows[1] - rows[0] + 1 : 0;
  } finally {
    await context.close();
  }
}

describe('a map draped on the topography', { timeout: 120_000 }, () => {
  it('follows the surface in a section, where the map on its plane is at most a line', async () => {
    const tent = await redBandHeight(true);
    const plane = await redBandHeight(false);
    console.log(`red band in the N–S section: ${tent} px on the tent surface, ${plane} px on the plane`);
    // The section is framed on the slab, so pixels per metre depend on the window: compare the two bands.
    // Draped, the map follows the tent from its apex (z ≈ −8) down to its eaves (z = −25): ~17 m tall.
    // Seen edge-on, the map on its plane (z = −16) is a line (antialiased): under 0.5 m, 1/30 of the tent's band.
    expect(tent).toBeGreaterThan(15);
    expect(plane).toBeGreaterThan(0);
    expect(plane).toBeLessThanOrEqual(tent / 30);
  });
});
