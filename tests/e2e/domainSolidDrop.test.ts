/**
 * A domain solid as a new user brings it: the domain fixture's scene (tests/fixtures/gstat/domains,
 * tables embedded, no solid) is opened, lode.obj is dropped on the window and drawn in 3D (its
 * colour counted on the canvas, gone when hidden), the Domains section gets the LITH column, the
 * lode alone to estimate and the dropped solid as domain 1; the blocks inside it (counted here by
 * hand from the slab's two planes) carry the code and the estimate, those outside stay NaN; the
 * .vti and CSV downloads hold the same values and the domain, and are the bytes `lode estimate --out`
 * writes for the scene the app saves; Export → Solids and surfaces (OBJ) is `lode solids --out`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { measureCanvas } from './canvasPixels';
import { dropSurfaceFile } from './dropFile';
import { downloadExport } from './exportDownload';
import { vtkArrays } from '../vtkArrays';
import { LODE_OBJ, domainFixtureScene } from './domainFixture';
import { main } from '../../src/cli/main';

const scene = domainFixtureScene();
scene.name = 'Dropped lode';
delete scene.domains;
// The blocks hidden so that the solid is what the canvas shows besides the holes.
scene.view = { visible: { drillholes: true, blocks: false, envelope: false, labels: false, axes: true }, camera: { position: [-120, -160, 230], target: [75, 75, 62], up: [0, 0, 1], fov: 45 } };
const SCENE = JSON.stringify(scene);

/** Hand count: block centroids (5 + 10 i, 5 + 10 j, 37.5 + 4 k) between the slab's planes z = 39 + 0.2 x and z = 55 + 0.2 x (all of x, y inside 0–150). */
const inside: boolean[] = [];
for (let k = 0; k < 14; k++) for (let j = 0; j < 15; j++) for (let i = 0; i < 15; i++) {
  const x = 5 + 10 * i, z = 37.5 + 4 * k;
  inside.push(z > 39 + 0.2 * x && z < 55 + 0.2 * x);
}
const INSIDE = inside.filter(Boolean).length;

/** Share of canvas pixels in the solid's blue (#7aa6d4, lit and blended over the dark background). */
const solidShare = (page: Page) => measureCanvas(page, (d) => {
  let n = 0;
  for (let p = 0; p < d.length; p += 4) if (d[p + 2] > 90 && d[p + 2] - d[p] > 45 && d[p + 2] - d[p + 1] > 15 && d[p + 1] - d[p] > 15) n++;
  return n / (d.length / 4);
});

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('a dropped OBJ solid as a domain', { timeout: 90_000 }, () => {
  it('is drawn, estimated inside and exported', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      await page.route((u) => u.pathname === '/e2e/drop-lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/drop-lode.json`);
      await waitForScene(page);
      const before = await solidShare(page);
      await dropSurfaceFile(page, 'lode.obj', LODE_OBJ);
      // Seen in 3D: a good part of the view in the solid's colour, which goes when the solid is hidden.
      await expect.poll(() => solidShare(page)).toBeGreaterThan(before + 0.05);
      await page.getByRole('tab', { name: 'View' }).click();
      await page.getByRole('checkbox', { name: 'Show lode.obj' }).uncheck();
      await expect.poll(() => solidShare(page)).toBeLessThan(before + 0.01);
      await page.getByRole('checkbox', { name: 'Show lode.obj' }).check();

      // Estimate tab: the domain column, the lode alone, the dropped solid as domain 1.
      await page.getByRole('tab', { name: 'Estimate' }).click();
      await page.getByLabel('Domain column').selectOption('LITH');
      await page.getByRole('checkbox', { name: '0', exact: true }).waitFor();
      await page.getByRole('checkbox', { name: '0', exact: true }).uncheck();
      await page.getByLabel('Blocks inside lode.obj are domain').selectOption('1');
      await page.getByText('Block domains from the imported solids.').waitFor();
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.waitForFunction(() => (window as unknown as { __lode: { getState(): { status: { running: boolean } } } }).__lode.getState().status.running, undefined, { timeout: 10_000 }).catch(() => undefined);
      await waitForEstimate(page);
      const au = await page.evaluate(() => Array.from((window as unknown as { __lode: { getState(): { estimates: { AU: { estimate: Float64Array } } } } }).__lode.getState().estimates.AU.estimate, (v) => (Number.isNaN(v) ? null : v)));
      expect(au).toHaveLength(inside.length);
      expect(au.filter((v, b) => v !== null && !inside[b])).toEqual([]);
      const estimated = au.filter((v) => v !== null).length;
      expect(estimated).toBeGreaterThan(0.9 * INSIDE);

      // What the user reads: domain 1's blocks and volume (10 × 10 × 4 m blocks), the others outside.
      const row = page.getByTestId('domain-volumes').locator('tr', { has: page.locator('th:text-is("1")') }).locator('td');
      await expect.poll(() => row.allInnerTexts()).toEqual([INSIDE.toLocaleString('en'), (INSIDE * 400).toLocaleString('en')]);
      await page.getByTestId('estimate-diagnostics-status').getByRole('button').click();
      const cell = (r: string) => page.locator(`[data-testid="estimate-diagnostics"] tr[data-row="${r}"] td`).innerText();
      expect(await cell('outside')).toBe((inside.length - INSIDE).toLocaleString('en'));
      expect(await cell('estimated')).toBe(estimated.toLocaleString('en'));
      await page.getByRole('button', { name: 'Close' }).click();

      const vti = await downloadExport(page, 'blocks.vti');
      expect(vti.name).toBe('Dropped lode-blocks.vti');
      expect(vtkArrays(vti.text).arrays.get('AU')!.values.map((v) => (Number.isNaN(v) ? null : v))).toEqual(au);
      const csv = (await downloadExport(page, 'blocks.csv')).text.trimEnd().split('\n');
      const col = csv[0].split(',').indexOf('AU');
      expect(csv.slice(1).map((l) => { const v = Number(l.split(',')[col]); return Number.isNaN(v) ? null : v; })).toEqual(au);
      // The domain travels with the blocks: the code in the CSV, its index (DOMAIN_CODES) in the .vti.
      expect(csv[0].split(',').at(-1)).toBe('DOMAIN');
      expect(csv.slice(1).map((l) => l.split(',').at(-1))).toEqual(inside.map((x) => (x ? '1' : '')));
      // DOMAIN_CODES: VTK's ASCII string array, each code's bytes then 0.
      const bytes = /Name="DOMAIN_CODES" NumberOfTuples="2" format="ascii">([\d ]+)</.exec(vti.text)![1].split(' ').map(Number);
      const codes = String.fromCharCode(...bytes).split('\0').slice(0, -1);
      expect([...codes].sort()).toEqual(['0', '1']); // LITH's codes
      const one = codes.indexOf('1') + 1;
      expect(vtkArrays(vti.text).arrays.get('DOMAIN')!.values).toEqual(inside.map((x) => (x ? one : 0)));

      // The same bytes from the CLI on the scene the app saves (the dropped solid embedded).
      const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scene' }).click()]);
      const file = join(mkdtempSync(join(tmpdir(), 'lode-e2e-dom-')), 'dropped.lode.json');
      writeFileSync(file, readFileSync((await saved.path())!, 'utf8'));
      const cli = async (command: string, out: string) => {
        expect(await main([command, file, '-o', `${file}.${out}`, '-t', '0', '-q'])).toBe(0);
        return readFileSync(`${file}.${out}`, 'utf8');
      };
      expect(`${csv.join('\n')}\n`).toBe(await cli('estimate', 'csv'));
      expect(vti.text).toBe(await cli('estimate', 'vti'));
      const solids = await downloadExport(page, 'solids.obj');
      expect(solids.name).toBe('Dropped lode-solids.obj');
      expect(solids.text).toBe(await cli('solids', 'obj'));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
