/**
 * A reload loses no work, in a real headless Chromium: with the blocks and the envelope hidden
 * (nothing of the estimate drawn), a finished estimate is autosaved and a reload shows the same
 * resource summary without estimating again; a parameter edited after the estimate is kept over a
 * reload, and the results it made out of date come back marked out of date, not as current.
 * (A reload in the middle of an estimate: tests/e2e/trust.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsScene } from './fixtures';
import { autosaveRecord } from './autosaveRecords';

/** A small scene (24 × 20 × 12 blocks) whose blocks and envelope are hidden. */
function hiddenScene(): string {
  const scene = JSON.parse(pointsScene({ name: 'E2E autosave, nothing drawn', count: [24, 20, 12] })) as { view: Record<string, unknown> };
  scene.view.visible = { drillholes: true, blocks: false, envelope: false, labels: false, axes: true };
  return JSON.stringify(scene);
}
const SCENE = hiddenScene();

type Store = {
  getState(): {
    scene: { estimate?: { search?: { maxSamples: number } } } | null;
    status: { running: boolean; progress: number };
    estimates: Record<string, unknown>;
    estimateStale: boolean;
    summary: unknown;
    editScene(recipe: (s: unknown) => unknown): void;
  };
};

/** What a user reads in the resource summary at the cutoff. */
async function summaryTexts(page: Page): Promise<Record<string, string>> {
  const panel = page.getByTestId('resource-summary');
  const out: Record<string, string> = {};
  for (const f of ['tonnes', 'grade', 'metal', 'blocks']) out[f] = (await panel.locator(`[data-field="${f}"]`).innerText()).trim();
  return out;
}

/** The store's estimate state after a reload: running, progress, out of date, elements held. */
function estimateState(page: Page) {
  return page.evaluate(() => {
    const s = (window as unknown as { __lode: Store }).__lode.getState();
    return { running: s.status.running, progress: s.status.progress, stale: s.estimateStale, elements: Object.keys(s.estimates),
      maxSamples: s.scene?.estimate?.search?.maxSamples };
  });
}

/** Reload without ?scene= (the app restores the autosave) and wait for the restored summary. */
async function reloadRestored(page: Page): Promise<void> {
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await page.reload();
  await waitForScene(page);
  await page.waitForFunction(() => (window as unknown as { __lode: Store }).__lode.getState().summary !== null, undefined, { timeout: 20_000, polling: 100 });
}

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** Opens the scene by ?scene=, waits for its estimate and its autosave; returns the summary a user reads. */
async function estimatedAndSaved(page: Page): Promise<Record<string, string>> {
  await page.route((u) => u.pathname === '/e2e/hidden.lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
  await page.goto(`${app.url}?scene=/e2e/hidden.lode.json`);
  await waitForScene(page);
  await waitForEstimate(page);
  const shown = await summaryTexts(page);
  expect(Number(shown.blocks.replace(/,/g, ''))).toBeGreaterThan(0);
  await expect.poll(() => autosaveRecord(page, 'lode.autosave.estimates'), { timeout: 15_000, interval: 200 })
    .toMatchObject({ estimates: { AU: { estimate: `typed:${24 * 20 * 12}` } } });
  return shown;
}

describe('a reload loses no work', { timeout: 60_000 }, () => {
  it('with blocks and envelope hidden, the finished estimate is autosaved and shown again after a reload without re-estimating', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      const before = await estimatedAndSaved(page);
      console.log(`before reload: ${JSON.stringify(before)}`);
      await reloadRestored(page);
      // Restored, not re-estimated: no run started (a finished run leaves progress 1), nothing out of date.
      expect(await estimateState(page)).toEqual({ running: false, progress: 0, stale: false, elements: ['AU'], maxSamples: 12 });
      expect(await summaryTexts(page)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a parameter edited after the estimate is kept over a reload, and the results it made out of date come back marked so', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      const before = await estimatedAndSaved(page);
      await page.evaluate(() => (window as unknown as { __lode: Store }).__lode.getState().editScene((sc) => {
        const x = sc as { estimate: { search: Record<string, unknown> } };
        return { ...x, estimate: { ...x.estimate, search: { ...x.estimate.search, maxSamples: 6 } } };
      }));
      expect((await estimateState(page)).stale).toBe(true);
      await expect.poll(async () => (await autosaveRecord(page, 'lode.autosave.doc') as { scene: { estimate: { search: { maxSamples: number } } } } | undefined)
        ?.scene.estimate.search.maxSamples, { timeout: 15_000, interval: 200 }).toBe(6);
      await reloadRestored(page);
      // The edit is kept; the results shown are the ones before it, and say they are out of date.
      expect(await estimateState(page)).toEqual({ running: false, progress: 0, stale: true, elements: ['AU'], maxSamples: 6 });
      expect(await summaryTexts(page)).toEqual(before);
      await page.getByRole('tab', { name: 'Estimate' }).click();
      await expect.poll(() => page.locator('.note').allInnerTexts()).toContainEqual('Parameters changed since this estimate: run it again.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
