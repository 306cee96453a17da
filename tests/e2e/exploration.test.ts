/**
 * Exploration views in a real headless Chromium, on the synthetic gold sample (the app's first
 * sample): the intercept table equals `lode intercepts`, a row click flies the camera to the
 * intercept and shows the hole's strip log, and a PNG with a world file is drawn under the holes.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gradeText } from '../../src/engine/drillholes/intercepts';
import { ROOT, cancelEstimate, canvasStats, coarseStartupSample, newPage, startApp, waitForScene, type App } from './harness';
import { measureCanvas } from './canvasPixels';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** `lode intercepts` on the sample scene: rows of cells. */
function cliIntercepts(): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), 'intercepts', 'sample-models/synthetic-gold/scene.json', '--quiet'], { cwd: ROOT },
      (err, stdout) => (err ? reject(err) : resolve(stdout.trimEnd().split('\n').slice(1).map((l) => l.split(',')))));
  });
}

type Cam = { position: number[]; target: number[] } | undefined;
const camera = (page: Page) => page.evaluate(() => (window as unknown as { __lode: { getState(): { scene: { view?: { camera?: Cam } } } } }).__lode.getState().scene.view?.camera);

/** Pixels of the canvas that are pure red (the test image), counted in the page. */
function redPixels(page: Page): Promise<number> {
  return measureCanvas(page, (d) => {
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] > 150 && d[i + 1] < 60 && d[i + 2] < 60) n++;
    return n;
  });
}

describe('exploration views', { timeout: 240_000 }, () => {
  it('lists the same intercepts as lode intercepts; a click flies there and shows the strip log', async () => {
    const [cli, p] = await Promise.all([cliIntercepts(), newPage(app)]);
    const { page, context, errors } = p;
    try {
      await coarseStartupSample(page); // intercepts come from the composites, not the block grid
      await page.goto(app.url);
      await waitForScene(page, 120_000);
      // Nor the estimate the sample starts: stop it (it keeps the software-rendered page busy).
      await cancelEstimate(page);
      await page.getByRole('tab', { name: 'Holes' }).click();
      const table = page.getByTestId('intercept-table');
      await table.waitFor();
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(cli.length).toBeGreaterThan(40);
      expect(rows.length).toBe(cli.length);
      rows.forEach((r, i) => {
        const c = cli[i];
        expect(r.slice(0, 6)).toEqual([c[0], Number(c[1]).toFixed(1), Number(c[2]).toFixed(1), Number(c[3]).toFixed(1), gradeText(Number(c[4])), gradeText(Number(c[5]))]);
        expect(r[6]).toBe(c.slice(6).join(',').replace(/^"|"$/g, ''));
      });
      await expect.poll(() => page.getByTestId('intercept-count').innerText()).toMatch(new RegExp(`^${cli.length} intercepts in`));

      // The tenth intercept: the camera's target moves to its middle.
      const before = await camera(page);
      const pick = cli[9];
      await table.locator('tbody tr').nth(9).click();
      await page.waitForFunction((b) => {
        const c = (window as unknown as { __lode: { getState(): { scene: { view?: { camera?: { target: number[] } } } } } }).__lode.getState().scene.view?.camera;
        return !!c && JSON.stringify(c.target) !== JSON.stringify(b);
      }, before?.target, { timeout: 30_000 });
      const after = await camera(page);
      const mid = await page.evaluate(([hole, from, to]) => {
        const s = (window as unknown as { __lode: { getState(): { holes: { holeIds: string[]; offset: Int32Array; md: Float64Array; x: Float64Array; y: Float64Array; z: Float64Array } } } }).__lode.getState();
        return { hole: s.holes.holeIds.indexOf(hole as string), depth: ((from as number) + (to as number)) / 2 };
      }, [pick[0], Number(pick[1]), Number(pick[2])]);
      expect(mid.hole).toBeGreaterThanOrEqual(0);
      const selection = await page.evaluate(() => (window as unknown as { __lode: { getState(): { selection: unknown } } }).__lode.getState().selection);
      expect(selection).toEqual({ kind: 'interval', hole: mid.hole, from: Number(pick[1]), to: Number(pick[2]) });
      expect(after!.target).not.toEqual(before!.target);

      // The strip log of that hole: one assay bar per AU interval of the hole.
      const log = page.getByTestId('strip-log');
      await expect.poll(() => log.getAttribute('aria-label')).toBe(`Strip log of hole ${pick[0]}`);
      const bars = await log.locator('g[data-element="AU"] rect').count();
      const intervals = await page.evaluate((hole) => {
        const a = (window as unknown as { __lode: { getState(): { data: { assays: { holeId: string[] } } } } }).__lode.getState().data.assays;
        return a.holeId.filter((h) => h === hole).length;
      }, pick[0]);
      expect(bars).toBe(intervals + 1); // + the track's frame
      // Hovering the log marks a depth of the hole in 3D.
      await log.evaluate((svg, depth) => {
        const r = svg.getBoundingClientRect();
        svg.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: r.left + r.width / 2, clientY: r.top + 34 + 3 * depth }));
      }, Number(pick[1]) + 1);
      const probe = await page.evaluate(() => (window as unknown as { __lode: { getState(): { probe: { hole: number; depth: number } | null } } }).__lode.getState().probe);
      expect(probe?.hole).toBe(mid.hole);
      expect(probe!.depth).toBeGreaterThan(Number(pick[1]) - 1);
      expect(probe!.depth).toBeLessThan(Number(pick[1]) + 3);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('drapes a PNG with its world file under the holes', async () => {
    const { page, context, errors } = await newPage(app);
    try {
      await coarseStartupSample(page);
      await page.goto(app.url);
      await waitForScene(page, 120_000);
      // Blocks and envelope off, plan view: the image shows through between the holes.
      await page.evaluate(() => {
        const s = (window as unknown as { __lode: { getState(): { cancelEstimate(): void; setView(p: object): void; command(k: string): void } } }).__lode.getState();
        s.cancelEstimate();
        s.setView({ visible: { drillholes: true, blocks: false, envelope: false, labels: false, axes: true } });
        s.command('plan');
      });
      await page.waitForTimeout(1000);
      const before = await redPixels(page);
      const { png, world, elevation } = await page.evaluate(() => {
        const s = (window as unknown as { __lode: { getState(): { holes: { x: Float64Array; y: Float64Array; z: Float64Array } } } }).__lode.getState().holes;
        let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, z0 = Infinity;
        for (let i = 0; i < s.x.length; i++) { x0 = Math.min(x0, s.x[i]); x1 = Math.max(x1, s.x[i]); y0 = Math.min(y0, s.y[i]); y1 = Math.max(y1, s.y[i]); z0 = Math.min(z0, s.z[i]); }
        const c = document.createElement('canvas');
        c.width = 64; c.height = 64;
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#ff0000';
        ctx.fillRect(0, 0, 64, 64);
        const a = (x1 - x0) / 64, e = -(y1 - y0) / 64;
        return { png: c.toDataURL('image/png').split(',')[1], world: [a, 0, 0, e, x0 + a / 2, y1 + e / 2].join('\n'), elevation: Math.floor(z0) - 10 };
      });
      await page.getByRole('tab', { name: 'Holes' }).click();
      await page.getByTestId('map-files').setInputFiles([
        { name: 'geology.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') },
        { name: 'geology.pgw', mimeType: 'text/plain', buffer: Buffer.from(world) },
      ]);
      await page.getByTestId('map-entry').waitFor();
      await page.getByLabel('Elevation (m)').fill(String(elevation));
      await page.getByLabel('Elevation (m)').press('Enter');
      const maps = await page.evaluate(() => (window as unknown as { __lode: { getState(): { scene: { maps?: { name: string; width: number; height: number; elevation: number }[] } } } }).__lode.getState().scene.maps);
      expect(maps?.map((m) => [m.name, m.width, m.height, m.elevation])).toEqual([['geology.png', 64, 64, elevation]]);
      const { width, height } = (await page.locator('.viewport-area canvas').first().boundingBox())!;
      expect(before).toBeLessThan(50);
      // The image covers the data extent, which a plan view frames: a large part of the canvas.
      await expect.poll(() => redPixels(page), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0.1 * width * height);
      // Without a world file the image is refused with a message naming what is missing.
      await page.getByTestId('map-files').setInputFiles([{ name: 'alone.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') }]);
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/alone\.png: no world file was chosen with it \(alone\.pgw, alone\.pngw, alone\.wld\)/);
      expect(errors).toEqual([]);
      const { variance } = await canvasStats(page);
      expect(variance).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
