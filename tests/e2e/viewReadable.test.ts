/**
 * Everyday use in Chromium: the progress bar moves during an estimate (synthetic gold sample, and
 * Copper Creek where ../shared/datasets exists), each element keeps its own cutoff, and the cutoff
 * slider reaches the element's largest block grade.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coarseStartupSample, newPage, ROOT, startApp, waitForEstimate, waitForScene, type App } from './harness';

const COPPER_CREEK = `${ROOT}../shared/datasets/copper_creek/`;
const haveCopperCreek = existsSync(`${ROOT}../shared/datasets`) && existsSync(`${COPPER_CREEK}assay.csv`);
if (!haveCopperCreek) console.log('viewReadable: ../shared/datasets not found next to the repository: Copper Creek test skipped');

/** A scene over the Copper Creek collars, surveys and assays (paths beside it; everything else derived). */
export const COPPER_CREEK_SCENE = JSON.stringify({
  lode: 1, name: 'Copper Creek', units: 'm',
  data: { collars: { path: 'collar.csv' }, surveys: { path: 'survey.csv' }, assays: { path: 'assay.csv' } },
});

/** Serves the Copper Creek scene and its files at /e2e/cc/ (same origin). */
export async function serveCopperCreek(page: Page): Promise<void> {
  await page.route((u) => u.pathname.startsWith('/e2e/cc/'), (r) => {
    const name = new URL(r.request().url()).pathname.slice('/e2e/cc/'.length);
    if (name === 'scene.json') return r.fulfill({ body: COPPER_CREEK_SCENE, contentType: 'application/json' });
    if (!/^(collar|survey|assay)\.csv$/.test(name)) return r.fulfill({ status: 404, body: 'not found' });
    return r.fulfill({ body: readFileSync(`${COPPER_CREEK}${name}`), contentType: 'text/csv' });
  });
}

/** Records in the page, every 250 ms from the first script on, the percentage the progress bar shows. */
async function recordProgress(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __progress: number[] };
    w.__progress = [];
    setInterval(() => {
      const v = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
      if (v != null) w.__progress.push(Number(v));
    }, 250);
  });
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);

type Store = { getState(): {
  cutoff: number; cutoffRange: [number, number]; estimates: Record<string, { estimate: Float64Array }>;
  scene: { view?: { element?: string; cutoffs?: Record<string, number> } } | null;
} };
const store = <T>(page: Page, fn: (s: ReturnType<Store['getState']>) => T) =>
  page.evaluate(`(${fn.toString()})(window.__lode.getState())`) as Promise<T>;

let app: App;
/** One page on the start-up sample (grid coarsened) for the progress and cutoff tests: opened and estimated once. */
let gold: Promise<Awaited<ReturnType<typeof newPage>>> | undefined;
function goldPage(): Promise<Awaited<ReturnType<typeof newPage>>> {
  gold ??= (async () => {
    const p = await newPage(app);
    await recordProgress(p.page);
    // The sample's data, model and search on a grid twice as coarse: still a run of many chunks.
    await coarseStartupSample(p.page);
    await p.page.goto(app.url);
    await waitForScene(p.page, 120_000);
    await waitForEstimate(p.page, 400_000);
    return p;
  })();
  return gold;
}
beforeAll(async () => { app = await startApp(); });
afterAll(async () => {
  await (await gold?.catch(() => undefined))?.context.close();
  await app?.close();
});

describe('readable everyday use in Chromium', { timeout: 600_000 }, () => {
  it('the progress bar rises above 0 and below 100 % while the synthetic gold sample estimates', async () => {
    const { page, errors } = await goldPage();
    const seen = await progressSeen(page);
    const between = [...new Set(seen.filter((p) => p > 0 && p < 100))];
    console.log(`synthetic gold: progress seen ${seen.length} times, distinct values strictly between 0 and 100: ${between.join(', ')}`);
    expect(between.length).toBeGreaterThanOrEqual(2);
    // It only rises.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(errors).toEqual([]);
  });

  it.skipIf(!haveCopperCreek)('the progress bar moves during the Copper Creek estimate', async () => {
    const { context, page } = await newPage(app);
    try {
      await recordProgress(page);
      await serveCopperCreek(page);
      await page.goto(`${app.url}?scene=/e2e/cc/scene.json`);
      await waitForScene(page, 300_000);
      // Wait for three different values strictly between 0 and 100 (the whole run takes minutes on 2 cores).
      await page.waitForFunction(() => {
        const p = (window as unknown as { __progress: number[] }).__progress;
        return new Set(p.filter((v) => v > 0 && v < 100)).size >= 3;
      }, undefined, { timeout: 400_000, polling: 500 });
      const seen = await progressSeen(page);
      console.log(`Copper Creek: progress values seen: ${[...new Set(seen)].join(', ')}`);
      for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
      // Closing the page ends the run (its workers go with it).
    } finally {
      await context.close();
    }
  });

  it('each element keeps its own cutoff; the slider reaches the element\'s largest block grade', async () => {
    // The progress test's page, its estimate done (opened here when this test runs alone).
    const { page, errors } = await goldPage();
    const box = page.getByRole('spinbutton', { name: 'Cutoff value' });
    const summary = page.getByTestId('resource-summary');
    const setBox = async (v: string) => { await box.fill(v); await box.press('Enter'); };
    const elementSelect = async (el: string) => {
      await page.getByRole('tab', { name: 'View' }).click();
      await page.getByLabel('Element shown').selectOption(el);
    };

    await setBox('0.8');
    await waitForEstimate(page);
    const auSummary = await summary.locator('dl').innerText();
    expect(auSummary).toMatch(/Tonnes/i);

    await elementSelect('CU');
    await waitForEstimate(page, 400_000);
    // CU's cutoff is its own (its first reporting cutoff, 0 %), not AU's 0.8 g/t.
    expect(await box.inputValue()).toBe('0');
    await setBox('0.05');
    await waitForEstimate(page);
    const cuSummary = await summary.locator('dl').innerText();
    expect(cuSummary).not.toBe(auSummary);

    await elementSelect('AU');
    await waitForEstimate(page);
    expect(await box.inputValue()).toBe('0.8');
    await expect.poll(() => summary.locator('dl').innerText()).toBe(auSummary);
    expect(await store(page, (s) => s.scene?.view?.cutoffs)).toEqual({ AU: 0.8, CU: 0.05 });

    await elementSelect('CU');
    await waitForEstimate(page);
    expect(await box.inputValue()).toBe('0.05');
    await expect.poll(() => summary.locator('dl').innerText()).toBe(cuSummary);

    // The slider's end is the largest CU block grade, not a percentile.
    const slider = page.getByRole('slider', { name: 'Cutoff' });
    await slider.focus();
    await slider.press('End');
    const { cutoff, max } = await store(page, (s) => {
      let m = -Infinity;
      for (const v of s.estimates.CU.estimate) if (v > m) m = v;
      return { cutoff: s.cutoff, max: m };
    });
    expect(cutoff).toBe(max);
    // One step up from 0 stays fine-grained: below 1/2000 of the maximum.
    await slider.press('Home');
    await slider.press('ArrowRight');
    const first = await store(page, (s) => s.cutoff);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(max / 2000);
    expect(errors).toEqual([]);
  });
});
