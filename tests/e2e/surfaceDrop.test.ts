/**
 * Surfaces in Chromium: an OBJ dropped on the page joins the scene's surfaces (embedded, gzip),
 * is read with the data and drawn (the canvas changes), is listed in the View tab, and is cut by
 * a N–S section; a DXF of 3DFACEs dropped next joins them as a solid. LODE_SHOTS=<dir> saves screenshots of the surface in 3D and in the section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasStats, imageDifference, newPage, startApp, waitForScene, type App } from './harness';
import { sectionScene, TENT_OBJ } from './sectionScene';
import { dxfCubeFaces, dxfText } from '../dxfText';
import { dropSurfaceFile } from './dropFile';


// Blocks hidden: adding a surface reloads the data (and drops the estimate), so the canvas changes by the surface alone.
const SCENE = sectionScene({ view: { visible: { drillholes: true, blocks: false, envelope: false, labels: true, axes: true } } });

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('surfaces in Chromium', { timeout: 90_000 }, () => {
  it('an OBJ dropped on the page appears in the scene and in the section', async () => {
    const { context, page, errors } = await newPage(app);
    try {
      await page.route((u) => u.pathname === '/e2e/section/scene.json', (r) => r.fulfill({ body: SCENE, contentType: 'application/json' }));
      await page.goto(`${app.url}?scene=/e2e/section/scene.json`);
      await waitForScene(page);
      const before = await canvasStats(page);
      await dropSurfaceFile(page, 'topo.obj', TENT_OBJ);
      const stored = await page.evaluate(() => {
        const s = (window as unknown as { __lode: { getState(): { scene: { surfaces: { name: string; kind: string; gzip?: string }[] }; data: { surfaces: { mesh: { indices: Uint32Array } }[] } } } }).__lode.getState();
        return { name: s.scene.surfaces[0].name, kind: s.scene.surfaces[0].kind, embedded: (s.scene.surfaces[0].gzip ?? '').length > 0, triangles: s.data.surfaces[0].mesh.indices.length / 3 };
      });
      expect(stored).toEqual({ name: 'topo.obj', kind: 'topography', embedded: true, triangles: 4 });
      // A DXF solid (a cube of quad 3DFACEs) dropped next is read the same way: 12 triangles, kind solid by its name.
      await dropSurfaceFile(page, 'lode-solid.dxf', dxfText(...dxfCubeFaces(10, 10, -30, 20)), 2);
      const dxf = await page.evaluate(() => {
        const s = (window as unknown as { __lode: { getState(): { scene: { surfaces: { name: string; kind: string }[] }; data: { surfaces: { mesh: { indices: Uint32Array; positions: Float64Array } }[] } } } }).__lode.getState();
        return { name: s.scene.surfaces[1].name, kind: s.scene.surfaces[1].kind, triangles: s.data.surfaces[1].mesh.indices.length / 3, vertices: s.data.surfaces[1].mesh.positions.length / 3 };
      });
      expect(dxf).toEqual({ name: 'lode-solid.dxf', kind: 'solid', triangles: 12, vertices: 8 });
      await page.getByRole('tab', { name: 'View' }).click();
      await expect.poll(() => page.getByTestId('surface-name').allTextContents()).toEqual(['topo.obj', 'lode-solid.dxf']);
      await expect.poll(async () => imageDifference(page, before.png, (await canvasStats(page)).png)).toBeGreaterThan(0.5);
      if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/surface-3d.png` });

      await page.getByRole('button', { name: 'Section N–S' }).click();
      await expect.poll(() => page.getByTestId('section-position').textContent()).toBe('X = 20 m');
      if (process.env.LODE_SHOTS) await page.screenshot({ path: `${process.env.LODE_SHOTS}/section-ns-surface.png` });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
