/**
 * Export in the app: the header's Export menu downloads the block model as .vti and CSV, holding
 * the store's estimate value for value (NaN kept in the .vti), and the envelope as OBJ with the
 * shown isosurface's vertices and triangles. Small scene (8 × 6 × 4 blocks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, startApp, waitForEstimate, waitForScene, type App } from './harness';
import { pointsScene } from './fixtures';
import { vtkArrays, xmlAttributes } from '../vtkArrays';
import { downloadExport as download } from './exportDownload';

const SCENE = pointsScene({ name: 'E2E export', count: [8, 6, 4] });

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('Export menu', { timeout: 120_000 }, () => {
  it('downloads the block model as .vti and CSV and the envelope as OBJ, equal to what the app holds', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      await page.route((u) => u.pathname === '/e2e/export.lode.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/export.lode.json`);
      await waitForScene(page);
      await waitForEstimate(page);
      await page.waitForFunction(() => (window as unknown as { __lode: { getState(): { envelope: unknown } } }).__lode.getState().envelope !== null, undefined, { timeout: 60_000 });
      const held = await page.evaluate(() => {
        const s = (window as unknown as { __lode: { getState(): { estimates: { AU: { estimate: Float64Array; nSamples: Int32Array } }; envelope: { positions: Float32Array; indices: Uint32Array } } } }).__lode.getState();
        return { au: Array.from(s.estimates.AU.estimate, (v) => (Number.isNaN(v) ? null : v)), ns: Array.from(s.estimates.AU.nSamples), vertices: s.envelope.positions.length / 3, triangles: s.envelope.indices.length / 3 };
      });
      expect(held.au).toHaveLength(192);

      const vti = await download(page, 'blocks.vti');
      expect(vti.name).toBe('E2E export-blocks.vti');
      expect(xmlAttributes(vti.text, 'ImageData')).toEqual({ WholeExtent: '0 8 0 6 0 4', Origin: '0 0 -120', Spacing: '30 33.333333333333336 30' });
      const { arrays } = vtkArrays(vti.text);
      expect(arrays.get('AU')!.values.map((v) => (Number.isNaN(v) ? null : v))).toEqual(held.au);
      expect(arrays.get('AU_NS')!.values).toEqual(held.ns);

      const csv = await download(page, 'blocks.csv');
      const lines = csv.text.trimEnd().split('\n');
      expect(lines[0].split(',').slice(0, 9)).toEqual(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', 'AU', 'AU_VAR', 'AU_NS']);
      expect(lines.slice(1).map((l) => { const v = Number(l.split(',')[6]); return Number.isNaN(v) ? null : v; })).toEqual(held.au);
      expect(lines[2].split(',').slice(0, 6).map(Number)).toEqual([45, 200 / 12, -105, 30, 200 / 6, 30]);

      const obj = await download(page, 'envelope.obj');
      const objLines = obj.text.split('\n');
      expect(held.triangles).toBeGreaterThan(0);
      expect(objLines.filter((l) => l.startsWith('v ')).length).toBe(held.vertices);
      expect(objLines.filter((l) => l.startsWith('f ')).length).toBe(held.triangles);

      await page.getByRole('button', { name: 'Export' }).click();
      if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/export-menu.png` });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
