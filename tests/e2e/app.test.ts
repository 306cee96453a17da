/**
 * The app in a real headless Chromium: starts on a sample with a 3D view drawn, estimates in
 * workers with progress, the cutoff slider drives the resource summary, a saved scene reopens
 * with the same camera, cutoff and numbers, and bad files show an error without touching the scene.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasStats, coarseStartupSample, imageDifference, newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsScene } from './fixtures';

const SMALL = pointsScene({ name: 'E2E small deposit', count: [24, 20, 12] });
// Estimated then re-estimated on a finer grid: a run of several chunks, short in software WebGL.
const ESTIMATE = pointsScene({ name: 'E2E estimate deposit', count: [30, 25, 15], maxSamples: 16 });
// Long enough a run (90,000 blocks) to be cancelled while it runs.
const MEDIUM = pointsScene({ name: 'E2E medium deposit', count: [60, 50, 30], maxSamples: 16 });

let app: App;

// The e2e project's production build (the dev server when run alone or with LODE_E2E_DEV).
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** Serve the test scenes at /e2e/*.lode.json (same origin). */
async function serveScenes(page: Page): Promise<void> {
  // A URL predicate: a glob would also match the page URL whose query names the scene.
  const scenes: Record<string, string> = { '/e2e/small.lode.json': SMALL, '/e2e/estimate.lode.json': ESTIMATE, '/e2e/medium.lode.json': MEDIUM };
  await page.route((u) => u.pathname in scenes, (r) => r.fulfill({ body: scenes[new URL(r.request().url()).pathname], contentType: 'application/json' }));
}

type StoreState = {
  scene: { name?: string; view?: { camera?: { position: number[]; target: number[] } } } | null;
  cutoff: number; grid: { count: number[] } | null;
  estimates: Record<string, { estimate: Float64Array }>;
  status: { running: boolean };
};
const state = (page: Page) => page.evaluate(() => {
  const s = (window as unknown as { __lode: { getState(): StoreState } }).__lode.getState();
  const est = s.estimates.AU?.estimate;
  let finite = 0;
  if (est) for (const v of est) if (Number.isFinite(v)) finite++;
  return { name: s.scene?.name, cutoff: s.cutoff, camera: s.scene?.view?.camera, blocks: est?.length ?? 0, finite, running: s.status.running };
});
const summaryText = (page: Page) => page.getByTestId('resource-summary').innerText();

/** A fresh browser context with a test scene (served by serveScenes) opened through ?scene=, closed after `body`. */
async function withScene(scene: string, body: (p: Awaited<ReturnType<typeof newPage>>) => Promise<void>): Promise<void> {
  const p = await newPage(app);
  try {
    await serveScenes(p.page);
    await p.page.goto(`${app.url}?scene=/e2e/${scene}`);
    await waitForScene(p.page);
    await body(p);
  } finally {
    await p.context.close();
  }
}

// Generous: the suite shares 2 cores with the unit tests, and SwiftShader draws every frame in software.
describe('the app in Chromium', { timeout: 240_000 }, () => {
  it('starts on a sample with a non-blank 3D canvas', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      await coarseStartupSample(page); // the sample's own file, its grid coarsened: fewer blocks to draw in software
      await page.goto(app.url);
      await waitForScene(page);
      const s = await page.evaluate(() => {
        const st = (window as unknown as { __lode: { getState(): { sampleScenes: { path: string }[]; sceneBase: string | null } } }).__lode.getState();
        return { samples: st.sampleScenes.map((x) => x.path), base: st.sceneBase };
      });
      // The first sample of sample-models/index.json is open.
      expect(s.samples.length).toBeGreaterThanOrEqual(2);
      expect(s.base).toBe(new URL(`sample-models/${s.samples[0]}`, app.url).href);
      await page.locator('.viewport-area canvas').first().waitFor();
      await page.waitForTimeout(500);
      const { variance, mean } = await canvasStats(page);
      // A blank canvas has zero variance; drill traces, axes and labels on the dark background give plenty.
      expect(variance).toBeGreaterThan(20);
      expect(mean).toBeGreaterThan(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('"Estimate" runs in workers with a progress bar; blocks appear; moving "Cutoff" changes the summary', async () => {
    await withScene('estimate.lode.json', async ({ page, errors }) => {
      await waitForEstimate(page);
      // A finer grid clears the estimate: no blocks until "Estimate" runs again.
      await page.getByRole('tab', { name: 'Estimate' }).click();
      const countX = page.getByRole('spinbutton', { name: 'Blocks X' });
      await countX.fill('36');
      await countX.press('Enter');
      await page.waitForFunction(() => Object.keys((window as unknown as { __lode: { getState(): StoreState } }).__lode.getState().estimates).length === 0);
      await page.waitForTimeout(300);
      const before = await canvasStats(page);
      // Record whether a progress bar shows while it runs.
      await page.evaluate(() => {
        const w = window as unknown as { __sawProgress?: boolean };
        w.__sawProgress = false;
        new MutationObserver(() => { if (document.querySelector('[role="progressbar"]')) w.__sawProgress = true; })
          .observe(document.body, { childList: true, subtree: true });
      });
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.getByRole('progressbar').waitFor({ state: 'visible' }).catch(() => undefined);
      expect(await page.evaluate(() => (window as unknown as { __sawProgress?: boolean }).__sawProgress)).toBe(true);
      await waitForEstimate(page);
      await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
      const s = await state(page);
      expect(s.blocks).toBe(36 * 25 * 15);
      expect(s.finite).toBeGreaterThan(0.5 * s.blocks);
      await page.waitForTimeout(300);
      const after = await canvasStats(page);
      expect(await imageDifference(page, before.png, after.png)).toBeGreaterThan(2);

      // Cutoff: the keyboard moves the slider; the summary follows.
      const summary0 = await summaryText(page);
      expect(summary0).toMatch(/Tonnes[\s\S]*Mean grade[\s\S]*Metal/i);
      const slider = page.getByRole('slider', { name: 'Cutoff' });
      await slider.focus();
      for (let i = 0; i < 7; i++) await slider.press('PageUp');
      const cut1 = (await state(page)).cutoff;
      expect(cut1).toBeGreaterThan(0.5);
      const summary1 = await summaryText(page);
      expect(summary1).not.toBe(summary0);
      await slider.press('Home');
      expect((await state(page)).cutoff).toBe(0);
      expect(await summaryText(page)).not.toBe(summary1);
      expect(errors).toEqual([]);
    });
  });

  it('"Cancel" stops a running estimate', async () => {
    await withScene('medium.lode.json', async ({ page }) => {
      await page.getByRole('progressbar').waitFor({ state: 'visible' });
      await page.locator('.progress-card').getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
      const s = await state(page);
      expect(s.running).toBe(false);
      expect(s.finite).toBe(0);
    });
  });

  it('"Save scene" then opening the saved file restores camera, cutoff and numbers', async () => {
    const first = await newPage(app);
    let saved: string;
    let summary: string, cutoff: number, camera: unknown, shot: Buffer;
    try {
      const page = first.page;
      await serveScenes(page);
      await page.goto(`${app.url}?scene=/e2e/small.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      const slider = page.getByRole('slider', { name: 'Cutoff' });
      await slider.focus();
      for (let i = 0; i < 7; i++) await slider.press('PageUp');
      await slider.press('ArrowLeft'); // a key-up releases: the envelope follows
      // Orbit the camera by dragging on the canvas; the view writes it back to the scene.
      const box = (await page.locator('.viewport-area canvas').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 30, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(500);
      const s = await state(page);
      cutoff = s.cutoff;
      camera = s.camera;
      expect(cutoff).toBeGreaterThan(0.5);
      expect(camera).toBeTruthy();
      expect((camera as { position: number[] }).position).not.toEqual([-180, -260, 220]);
      summary = await summaryText(page);
      shot = (await canvasStats(page)).png;
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scene' }).click()]);
      expect(download.suggestedFilename()).toBe('E2E small deposit.lode.json');
      saved = readFileSync((await download.path())!, 'utf8');
    } finally {
      await first.context.close();
    }
    const file = JSON.parse(saved);
    expect(file.lode).toBe(1);
    expect(file.data.samples.gzip).toMatch(/^H4sI/);
    expect(file.view.cutoff).toBe(cutoff);
    expect(file.view.camera).toEqual(camera);

    // A fresh browser profile: starts on the sample, then opens the saved file.
    const second = await newPage(app);
    try {
      const page = second.page;
      await coarseStartupSample(page);
      await page.goto(app.url);
      await waitForScene(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open scene' }).click()]);
      await chooser.setFiles({ name: 'E2E small deposit.lode.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
      await page.waitForFunction(() => (window as unknown as { __lode: { getState(): StoreState } }).__lode.getState().scene?.name === 'E2E small deposit');
      await waitForEstimate(page);
      const s = await state(page);
      expect(s.cutoff).toBe(cutoff);
      expect(s.camera).toEqual(camera);
      expect(await summaryText(page)).toBe(summary);
      await page.waitForTimeout(500);
      const again = (await canvasStats(page)).png;
      // Same camera, cutoff and blocks: the picture matches (software rendering is deterministic up to small differences).
      expect(await imageDifference(page, shot, again)).toBeLessThan(3);
    } finally {
      await second.context.close();
    }
  });

  it('a malformed CSV and a malformed scene each show an error and keep the scene', async () => {
    await withScene('small.lode.json', async ({ page }) => {
      await waitForEstimate(page);
      const summary = await summaryText(page);
      const open = async (name: string, text: string) => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open scene' }).click()]);
        await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      };
      await open('broken.csv', 'HOLEID,X,Y,Z,AU\nA1,"10,20,30,1.5\nA2,1,2,3,4\n');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/broken\.csv/);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await open('broken.lode.json', '{"lode": 1, "data": {"samples": ');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/broken\.lode\.json.*line 1/s);
      await open('foreign.json', '{"type": "excalidraw", "elements": []}');
      await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('foreign.json'));
      // Scenes by URL: same origin only.
      expect(await page.evaluate(() => (window as unknown as { __lode: { getState(): { openUrl(u: string): Promise<boolean> } } }).__lode.getState().openUrl('https://example.com/x.lode.json'))).toBe(false);
      expect(await alert.innerText()).toMatch(/only scenes from this site/);
      const s = await state(page);
      expect(s.name).toBe('E2E small deposit');
      expect(s.finite).toBeGreaterThan(0);
      expect(await summaryText(page)).toBe(summary);
    });
  });

  it('dropped CSV tables are recognised by their columns; an unrecognised one opens the mapping dialog', async () => {
    await withScene('small.lode.json', async ({ page }) => {
      const drop = async (files: { name: string; text: string }[]) => {
        const dt = await page.evaluateHandle((fs) => {
          const d = new DataTransfer();
          for (const f of fs) d.items.add(new File([f.text], f.name, { type: 'text/csv' }));
          return d;
        }, files);
        await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
        await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
      };
      // Six vertical holes with 2 m assays.
      const collars = ['BHID,XCOLLAR,YCOLLAR,ZCOLLAR,EOH'], surveys = ['BHID,AT,AZ,DIP'], assays = ['BHID,FROM,TO,Au_ppm'];
      for (let h = 0; h < 6; h++) {
        collars.push(`D${h},${(h % 3) * 25},${Math.floor(h / 3) * 25},100,40`);
        surveys.push(`D${h},0,0,-90`);
        for (let d = 0; d < 40; d += 2) assays.push(`D${h},${d},${d + 2},${(0.2 + ((h * 7 + d) % 11) / 5).toFixed(2)}`);
      }
      await drop([{ name: 'c.csv', text: `${collars.join('\n')}\n` }, { name: 's.csv', text: `${surveys.join('\n')}\n` }, { name: 'a.csv', text: `${assays.join('\n')}\n` }]);
      await page.waitForFunction(() => (window as unknown as { __lode: { getState(): StoreState } }).__lode.getState().scene?.name === 'c + s + a');
      await waitForScene(page);
      const report = page.getByRole('region', { name: 'Validation report' });
      await report.waitFor();
      const text = await report.innerText();
      expect(text).toMatch(/Collars\s+c\.csv\s+6\s+0/);
      expect(text).toMatch(/Surveys\s+s\.csv\s+6\s+0/);
      expect(text).toMatch(/Assays\s+a\.csv\s+120\s+0/);
      expect(text).toMatch(/AU\s+120\s+0\s+0/);

      await drop([{ name: 'mystery.csv', text: 'E,N,RL,G\n1,2,3,4\n5,6,7,8\n' }]);
      const dialog = page.getByRole('dialog', { name: 'What are these tables?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect((await state(page)).name).toBe('c + s + a');
    });
  });

  it('autosaves to IndexedDB and restores the work on reload; the UI switches to Chinese', async () => {
    await withScene('small.lode.json', async ({ page }) => {
      await waitForEstimate(page);
      const slider = page.getByRole('slider', { name: 'Cutoff' });
      await slider.focus();
      for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
      const { cutoff } = await state(page);
      const summary = await summaryText(page);
      await page.waitForTimeout(1500); // autosave debounce
      await page.goto(app.url);
      await waitForScene(page);
      await waitForEstimate(page);
      const s = await state(page);
      expect(s.name).toBe('E2E small deposit');
      expect(s.cutoff).toBe(cutoff);
      expect(await summaryText(page)).toBe(summary);

      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
      await page.getByRole('tab', { name: '估值' }).waitFor();
      expect(await summaryText(page)).toMatch(/矿石量[\s\S]*平均品位[\s\S]*金属量/);
      await page.getByRole('slider', { name: '边界品位' }).waitFor();
    });
  });
});
