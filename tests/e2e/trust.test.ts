/**
 * Numbers a user can trust, in a real headless Chromium: a scene whose copper column is named
 * Cu_ppm shows ppm and metal in tonnes, and its resource summary equals `lode report`'s row at
 * that cutoff; a page reloaded in the middle of an estimate restores the autosaved scene with no
 * half-written (or out-of-date) results.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, ROOT, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsCsv, pointsScene } from './fixtures';
import { autosaveRecord } from './autosaveRecords';
import { CliContext, loadScene } from '../../src/cli/context';
import { parseCliArgs, type CliArgs } from '../../src/cli/args';
import { runSceneEstimate } from '../../src/cli/commands/estimate';
import { gradeTonnageReport } from '../../src/pipeline';
import { formatGrade, formatInteger, formatMetal, formatTonnes } from '../../src/ui/format';

/** Point samples whose only grade column is Cu_ppm (the synthetic field × 100: about 5 to 400 ppm); no gradeUnits. */
function cuPpmScene(): string {
  const { csv } = pointsCsv();
  const lines = csv.trimEnd().split('\n');
  const text = [lines[0].replace(/,AU$/, ',Cu_ppm'), ...lines.slice(1).map((l) => {
    const i = l.lastIndexOf(',');
    return `${l.slice(0, i)},${Number((Number(l.slice(i + 1)) * 100).toPrecision(6))}`;
  })].join('\n');
  const count = [24, 20, 12], size = [10, 10, 10];
  return JSON.stringify({
    lode: 1, name: 'E2E copper in ppm', units: 'm',
    data: { samples: { text: `${text}\n`, name: 'cu_points.csv' } },
    estimate: {
      variograms: { CU: { nugget: 5, structures: [{ type: 'spherical', sill: 95, ranges: [120, 100, 30], angles: [90, -30, 0] }] } },
      discretization: [1, 1, 1],
      grid: { origin: [5, 5, -115], size, count },
    },
    resources: { density: 2.7, cutoffs: [100] },
    view: { element: 'CU', cutoff: 100, camera: { position: [-180, -260, 220], target: [120, 100, -60], up: [0, 0, 1], fov: 45 } },
  });
}

/** Runs the real CLI (bin/lode.js) and returns its standard output. */
function lode(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`lode ${args.join(' ')} failed: ${stderr}`)); else resolve(stdout);
    });
  });
}

const TMP = mkdtempSync(join(tmpdir(), 'lode-trust-'));
const CU_SCENE = cuPpmScene();
const CU_FILE = join(TMP, 'cu-ppm.lode.json');
writeFileSync(CU_FILE, CU_SCENE);
const MEDIUM = pointsScene({ name: 'E2E reload deposit', count: [60, 50, 30], maxSamples: 16 });

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** Serve the test scenes at /e2e/*.lode.json (same origin). */
async function serveScenes(page: Page): Promise<void> {
  await page.route((u) => u.pathname === '/e2e/cu-ppm.lode.json', (r) => r.fulfill({ body: CU_SCENE, contentType: 'application/json' }));
  await page.route((u) => u.pathname === '/e2e/reload.lode.json', (r) => r.fulfill({ body: MEDIUM, contentType: 'application/json' }));
}

/** A value of idb-keyval's default store, read in the page without creating it (see autosaveRecords.ts). */
const idbValue = autosaveRecord;

type Store = {
  getState(): {
    scene: { estimate?: { search?: { maxSamples: number }; grid?: unknown } } | null;
    grid: { count: number[] } | null;
    estimates: Record<string, { estimate: Float64Array }>;
    summary: { cutoff: number; tonnes: number; grade: number; metal: number; blocks: number } | null;
    status: { running: boolean; progress: number };
    editScene(recipe: (s: unknown) => unknown): void;
    runEstimate(): Promise<void>;
    cancelEstimate(): void;
  };
};

describe('numbers a user can trust, in Chromium', { timeout: 300_000 }, () => {
  it('a Cu_ppm scene shows ppm and metal in t, and the summary equals lode report\'s row', async () => {
    // `lode report` on the same scene file: the printed row at 100 ppm, and the full-precision row of its code path.
    const printed = await lode('report', CU_FILE, '--threads', '1', '--quiet');
    const args = parseCliArgs(['report', CU_FILE, '--threads', '1', '--quiet']) as CliArgs;
    const ctx = new CliContext(args, await loadScene(CU_FILE));
    const { data, plan, results } = await runSceneEstimate(ctx);
    await ctx.close();
    const cli = gradeTonnageReport(ctx.scene, plan, results, data.report)[0];
    expect(cli.element).toBe('CU');
    expect(cli.unit).toBe('ppm');
    const row = cli.rows[0];
    expect(row.cutoff).toBe(100);
    expect(row.metalAmount.unit).toBe('t');
    const section = printed.slice(printed.indexOf('CU (ppm)'));
    const line = section.split('\n').find((l) => /^\s+100\s/.test(l))!;
    const cells = line.trim().split(/\s{2,}/);
    // cutoff, blocks, tonnes, grade (ppm), metal "<n> t"
    expect(cells[1]).toBe(row.blocks.toLocaleString('en-US'));
    expect(cells[2]).toBe(Math.round(row.tonnes).toLocaleString('en-US'));
    expect(cells[4]).toMatch(/^[\d,.]+ t$/);
    console.log(`lode report CU (ppm) row: ${line.trim()}`);

    const { context, page } = await newPage(app);
    try {
      await serveScenes(page);
      await page.goto(`${app.url}?scene=/e2e/cu-ppm.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      const sum = await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().summary!);
      console.log(`app summary at ${sum.cutoff} ppm: ${sum.blocks} blocks, ${sum.tonnes} t, ${sum.grade} ppm, ${sum.metal} ppm·t`);
      expect(sum.cutoff).toBe(100);
      expect(sum.blocks).toBe(row.blocks);
      expect(Math.abs(sum.tonnes - row.tonnes) / row.tonnes).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(sum.grade - row.grade) / row.grade).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(sum.metal - row.metal) / row.metal).toBeLessThanOrEqual(1e-9);
      // What the user reads: grade in ppm, metal in tonnes (never %, never ounces).
      const panel = page.getByTestId('resource-summary');
      const text = async (f: string) => (await panel.locator(`[data-field="${f}"]`).innerText()).trim();
      expect(await text('grade')).toBe(formatGrade(row.grade, 'ppm', 'en'));
      expect(await text('grade')).toMatch(/ ppm$/);
      expect(await text('metal')).toBe(formatMetal(row.metal, 'ppm', 'CU', 'en'));
      expect(await text('metal')).toMatch(/^[\d,.]+ (t|kt|Mt)$/);
      expect(await text('tonnes')).toBe(formatTonnes(row.tonnes, 'en'));
      expect(await text('blocks')).toBe(formatInteger(row.blocks, 'en'));
      // The cutoff label and the colour bar name the same unit.
      await expect.poll(() => page.locator('.cutoff-label').innerText()).toMatch(/CU \(ppm\)/);
      await expect.poll(() => page.getByTestId('color-bar').first().innerText()).toMatch(/CU \(ppm\)/);
      console.log(`app shows: ${await text('tonnes')}, ${await text('grade')}, ${await text('metal')}, ${await text('blocks')} blocks`);
    } finally {
      await context.close();
    }
  });

  it('a reload in the middle of an estimate restores the autosaved scene with no half-written or stale results', async () => {
    const { context, page } = await newPage(app);
    try {
      await serveScenes(page);
      await page.goto(`${app.url}?scene=/e2e/reload.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      // The finished estimate is autosaved.
      await expect.poll(() => idbValue(page, 'lode.autosave.estimates'), { timeout: 30_000, interval: 200 }).toBeTruthy();
      // An edit of the search (same grid), then a much slower estimate; reload while it runs.
      await page.evaluate(() => {
        const s = (window as unknown as { __lode: Store }).__lode.getState();
        s.editScene((sc) => {
          const x = sc as { estimate: { search: Record<string, unknown> } };
          return { ...x, estimate: { ...x.estimate, search: { ...x.estimate.search, maxSamples: 48, minSamples: 2, ranges: [300, 240, 100] } } };
        });
        void s.runEstimate();
      });
      // The edited scene is autosaved while the estimate runs, and the saved estimate is gone.
      await expect.poll(async () => (await idbValue(page, 'lode.autosave.doc') as { scene: { estimate: { search: { maxSamples: number } } } } | undefined)?.scene.estimate.search.maxSamples,
        { timeout: 30_000, interval: 100 }).toBe(48);
      expect(await idbValue(page, 'lode.autosave.estimates')).toBeUndefined();
      // Blocks of the new run are being written into the store's arrays.
      await expect.poll(() => page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().status.progress),
        { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
      const mid = await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().status);
      console.log(`reloading at ${(mid.progress * 100).toFixed(1)} % of the estimate`);
      expect(mid.running).toBe(true);
      // Reload without ?scene=: the app restores the autosaved work.
      await page.evaluate(() => history.replaceState(null, '', location.pathname));
      await page.reload();
      await waitForScene(page);
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => {
        const s = (window as unknown as { __lode: Store }).__lode.getState();
        return { maxSamples: s.scene?.estimate?.search?.maxSamples, running: s.status.running, summary: s.summary, count: s.grid?.count, estimates: Object.keys(s.estimates) };
      });
      console.log(`restored: ${JSON.stringify(after)}`);
      // The edited scene is back; no saved estimate was put in front of it: it is being estimated afresh.
      expect(after.maxSamples).toBe(48);
      expect(after.count).toEqual([60, 50, 30]);
      expect(after.summary).toBeNull();
      expect(after.running).toBe(true);
      await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().cancelEstimate());
    } finally {
      await context.close();
    }
  });
});
