/**
 * Opening a folder of drillhole tables in Chromium: four files with a lithology log open with it as
 * an interval table (no dialog), an unrecognised fourth file is named in the mapping dialog and can
 * be made an interval table there, files dropped while the start-up sample loads are opened (not
 * replaced by it), and collars alone open with the Estimate tab naming the missing assay table.
 * Copper Creek's real files too, where ../shared/datasets exists next to the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, cancelEstimate, coarseStartupSample, newPage, startApp, waitForScene, type App } from './harness';

const GOLD = `${ROOT}sample-models/synthetic-gold/`;
const COPPER = `${ROOT}../shared/datasets/copper_creek/`;
const file = (dir: string, name: string, as = name) => ({ name: as, text: readFileSync(dir + name, 'utf8') });
const GOLD_TABLES = ['collars.csv', 'surveys.csv', 'assays.csv'].map((n) => file(GOLD, n));
const LITHOLOGY = file(`${ROOT}tests/fixtures/data/`, 'lithology.csv');
const SHOTS = process.env.LODE_SHOTS;

type Files = { name: string; text: string }[];
type Store = {
  scene: { name?: string; data: { intervals?: { name?: string }[]; assays?: unknown } } | null;
  holes: { holeIds: string[] } | null; loading: string | null; pending: unknown; error: string | null;
  elements: string[]; report: { tables: { kind: string; file: string; rows: number }[] } | null;
};
const state = (page: Page) => page.evaluate(() => {
  const s = (window as unknown as { __lode: { getState(): Store } }).__lode.getState();
  return {
    name: s.scene?.name, intervals: s.scene?.data.intervals?.map((t) => t.name), holes: s.holes?.holeIds.length ?? 0,
    tables: s.report?.tables.map((t) => `${t.kind} ${t.file} ${t.rows}`), elements: s.elements, error: s.error,
  };
});

/** Drops files on the window as the browser does (a DataTransfer of Files). */
async function drop(page: Page, files: Files): Promise<void> {
  const dt = await page.evaluateHandle((fs) => {
    const d = new DataTransfer();
    for (const f of fs) d.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return d;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
}

/** Waits until the scene of that name is open and loaded, and stops the estimate opening started (no test here looks at it). */
async function waitForNamed(page: Page, name: string, timeout = 120_000): Promise<void> {
  const h = await page.waitForFunction((n) => {
    const s = (window as unknown as { __lode: { getState(): Store } }).__lode.getState();
    if (s.error && s.loading === null) return { error: s.error };
    return s.scene?.name === n && s.loading === null ? { error: null } : false;
  }, name, { timeout, polling: 100 }).catch(async (e) => {
    const s = await page.evaluate(() => { const x = (window as unknown as { __lode: { getState(): Store & { status: unknown; pending: unknown } } }).__lode.getState(); return JSON.stringify({ name: x.scene?.name, loading: x.loading, error: x.error, pending: !!x.pending }); });
    throw new Error(`${(e as Error).message}; state: ${s}`);
  });
  const r = (await h.jsonValue()) as { error: string | null };
  if (r.error) throw new Error(`opening ${name} failed: ${r.error}`);
  await waitForScene(page, timeout);
  await cancelEstimate(page);
}

let app: App;
/** One page started on the start-up sample (its grid coarsened), shared by the tests that drop tables on it: each drop replaces the scene. */
let started: Promise<Awaited<ReturnType<typeof newPage>>> | undefined;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => {
  await (await started?.catch(() => undefined))?.context.close();
  await app?.close();
});

/** The shared page on the start-up sample, loaded (opened on first use). */
async function withStartedPage(body: (page: Page) => Promise<void>): Promise<void> {
  started ??= (async () => {
    const p = await newPage(app);
    await coarseStartupSample(p.page);
    await p.page.goto(app.url);
    await waitForScene(p.page, 120_000);
    // The sample's own estimate is not what these tests look at: stop it, so software WebGL frames
    // of its blocks do not hold the page's thread while the dialog is used.
    await cancelEstimate(p.page);
    return p;
  })();
  await body((await started).page);
}

describe('opening a folder of tables', { timeout: 300_000 }, () => {
  it('collars, surveys, assays and a lithology log open at once, the lithology as an interval table', async () => {
    await withStartedPage(async (page) => {
      await drop(page, [...GOLD_TABLES, LITHOLOGY]);
      await waitForNamed(page, 'collars + surveys + assays + lithology');
      const s = await state(page);
      expect(s.error).toBeNull();
      expect(s.intervals).toEqual(['lithology.csv']);
      expect(s.holes).toBe(87);
      expect(s.tables).toEqual(['collars collars.csv 87', 'surveys surveys.csv 847', 'assays assays.csv 12118', 'intervals lithology.csv 96']);
      const report = page.getByRole('region', { name: 'Validation report' });
      await report.waitFor();
      expect(await report.innerText()).toMatch(/Intervals\s+lithology\.csv\s+96\s+0/);
      expect(await page.getByRole('dialog').count()).toBe(0);
    });
  });

  it('an unrecognised fourth file is named in the dialog and can be opened as an interval table', async () => {
    await withStartedPage(async (page) => {
      // Columns the app cannot place: hole / start / end / unit.
      const log = { name: 'rock_log.csv', text: LITHOLOGY.text.replace('hole_id,depth_from,depth_to,lith_code,alteration', 'hole,start,end,unit,alt') };
      await drop(page, [...GOLD_TABLES, log]);
      const dialog = page.getByRole('dialog', { name: 'What are these tables?' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(/recognised 3 of 4 files\. Check this one: rock_log\.csv\./);
      expect(await dialog.getByRole('button', { name: 'Open' }).isDisabled()).toBe(true);
      const table = dialog.getByRole('group', { name: 'rock_log.csv' });
      await table.getByRole('combobox', { name: 'Kind of table' }).selectOption('intervals');
      await table.getByRole('combobox', { name: 'Hole id *' }).selectOption('hole');
      await table.getByRole('combobox', { name: 'From *' }).selectOption('start');
      await table.getByRole('combobox', { name: 'To *' }).selectOption('end');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/mapping-dialog.png` });
      await dialog.getByRole('button', { name: 'Open' }).click();
      await waitForNamed(page, 'rock_log + collars + surveys + assays'); // the dialog lists the file it was unsure about first
      const s = await state(page);
      expect(s.intervals).toEqual(['rock_log.csv']);
      expect(s.tables).toContain('intervals rock_log.csv 96');
    });
  });

  it('files dropped while the start-up sample loads are opened, and the sample does not replace them', async () => {
    const { context, page } = await newPage(app);
    try {
      // Hold the sample scene back so the drop lands while it loads.
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => { release = r; });
      await page.route((u) => u.pathname.endsWith('/synthetic-gold/scene.json'), async (r) => { await held; await r.continue(); });
      await page.goto(app.url);
      await page.waitForFunction(() => (window as unknown as { __lode?: { getState(): Store } }).__lode?.getState().loading === 'loading.scene');
      await drop(page, GOLD_TABLES);
      release();
      await waitForNamed(page, 'collars + surveys + assays');
      // The sample's load has finished or been dropped by now; the user's tables stay.
      await page.waitForTimeout(3000);
      const s = await state(page);
      expect(s.name).toBe('collars + surveys + assays');
      expect(s.holes).toBe(87);
    } finally {
      await context.close();
    }
  });

  it.runIf(existsSync(COPPER))('Copper Creek: the four real files open, lithology as an interval table', async () => {
    await withStartedPage(async (page) => {
      const files = ['collar.csv', 'survey.csv', 'assay.csv', 'lithology.csv'].map((n) => file(COPPER, n));
      await drop(page, files);
      await waitForNamed(page, 'collar + survey + assay + lithology', 240_000);
      const s = await state(page);
      expect(s.error).toBeNull();
      expect(s.intervals).toEqual(['lithology.csv']);
      expect(s.elements).toEqual(['CU', 'MO', 'AG', 'AU']);
      expect(s.tables?.[3]).toBe('intervals lithology.csv 7150');
      expect(s.holes).toBeGreaterThan(500);
    });
  });
  // Last: it switches the shared page to Chinese.
  it('collars alone open (holes traced); Estimate names the missing assay table, in English and Chinese', async () => {
    await withStartedPage(async (page) => {
      await drop(page, [GOLD_TABLES[0]]);
      await waitForNamed(page, 'collars');
      const s = await state(page);
      expect(s.holes).toBe(87);
      expect(s.elements).toEqual([]);
      expect(s.tables).toEqual(['collars collars.csv 87']);
      await page.getByRole('tab', { name: 'Estimate' }).click();
      const note = page.getByRole('note', { name: 'No grades to estimate' });
      expect(await note.innerText()).toMatch(/no assay table: open it .* to estimate\.[\s\S]*no survey table either/);
      expect(await page.getByRole('button', { name: 'Estimate', exact: true }).isDisabled()).toBe(true);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
      expect(await page.getByRole('note', { name: '没有可估值的品位' }).innerText()).toMatch(/这些钻孔没有化验表/);
    });
  });

  it('dropped tables come back after a reload (the autosave keeps the dropped files themselves)', async () => {
    const { page, context } = await newPage(app);
    try {
      await coarseStartupSample(page);
      await page.goto(app.url);
      await waitForScene(page, 120_000);
      await cancelEstimate(page);
      await drop(page, [...GOLD_TABLES, LITHOLOGY]);
      const name = 'collars + surveys + assays + lithology';
      await waitForNamed(page, name);
      // The autosaved document: the scene without its texts, those as Blobs by place.
      const saved = () => page.evaluate(() => new Promise<string>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const req = open.result.transaction('keyval', 'readonly').objectStore('keyval').get('lode.autosave.doc');
          req.onsuccess = () => {
            const d = req.result as { scene: { name: string }; embedded?: Record<string, Blob> } | undefined;
            resolve(d ? `${d.scene.name}: ${Object.entries(d.embedded ?? {}).map(([k, b]) => `${k} ${b.size}`).join(', ')}` : '');
            open.result.close();
          };
        };
        open.onerror = () => resolve('');
      }));
      const bytes = (f: { text: string }) => new TextEncoder().encode(f.text).length;
      const [c, sv, a] = GOLD_TABLES.map(bytes);
      await expect.poll(saved, { timeout: 30_000, interval: 200 })
        .toBe(`${name}: collars ${c}, surveys ${sv}, assays ${a}, intervals.0 ${bytes(LITHOLOGY)}`);
      await page.reload();
      await waitForNamed(page, name);
      const s = await state(page);
      expect(s.tables).toEqual(['collars collars.csv 87', 'surveys surveys.csv 847', 'assays assays.csv 12118', 'intervals lithology.csv 96']);
    } finally {
      await context.close();
    }
  });

  if (!existsSync(COPPER)) console.log('importFolder.test: ../shared/datasets/copper_creek not found; the Copper Creek test is skipped');
});
