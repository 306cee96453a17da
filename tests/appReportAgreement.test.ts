/**
 * One set of numbers: for every sample scene (sample-models/index.json) and a scene whose grade
 * columns carry their unit only in their names (tests/fixtures/ppm-gold: Au_ppm, Ag_ppm, Cu_ppm,
 * Au_ppb), the app's store — opened, estimated element by element and read at each reporting
 * cutoff as the resource summary is — equals what `lode report` computes (the CLI's own path:
 * CliContext, runSceneEstimate, gradeTonnageReport): blocks exactly; tonnes, grade and metal to
 * 1e-9 relative; the same grade unit, metal unit and per-element search.
 *
 * Both sides read the same scene object: the scene file with its block grid coarsened (blocks
 * twice as large along each axis over the same extent, same data, model and search), so the
 * comparison runs on an eighth of the blocks (the numbers compared are not the sample's own, the
 * code path is).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useLode, shownBasis } from '../src/store';
import { setPool } from '../src/store/engineClient';
import { createNodePool } from '../workers/nodePool';
import type { WorkerPool } from '../workers/pool';
import { CliContext, loadScene } from '../src/cli/context';
import { parseCliArgs, type CliArgs } from '../src/cli/args';
import { runSceneEstimate } from '../src/cli/commands/estimate';
import { gradeTonnageReport, metalAmount, elementPlanOf, type ElementGradeTonnage, type EstimatePlan } from '../src/pipeline';
import type { Scene } from '../src/io/scene/schema';
import { withCoarserGrid } from './coarseGrid';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const samples = JSON.parse(readFileSync(join(ROOT, 'sample-models/index.json'), 'utf8')) as { scene: string }[];
const SCENES = [...samples.map((s) => join('sample-models', s.scene)), 'tests/fixtures/ppm-gold/scene.json'];

/** Relative difference, 0 for two equal values (NaN = NaN for empty rows). */
const rel = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b) ? 0 : a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

/** What `lode report` computes for a scene (read relative to `file`), on two worker threads. */
async function cliReport(file: string, scene: Scene): Promise<{ plan: EstimatePlan; report: ElementGradeTonnage[] }> {
  const args = parseCliArgs(['report', join(ROOT, file), '--threads', '2', '--quiet']) as CliArgs;
  const ctx = new CliContext(args, scene);
  try {
    const { data, plan, results } = await runSceneEstimate(ctx);
    return { plan, report: gradeTonnageReport(ctx.scene, plan, results, data.report) };
  } finally {
    await ctx.close();
  }
}

/** The scene's tables as dropped files (the store reads no disk). */
function tablesOf(file: string, scene: Scene): Record<string, string> {
  const dir = dirname(join(ROOT, file));
  const out: Record<string, string> = {};
  for (const t of Object.values(scene.data).flat()) {
    const path = (t as { path?: string } | undefined)?.path;
    if (path) out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}

/** Shows an element in the app (estimating it as the app does) and waits for its summary. */
async function showEstimated(element: string): Promise<void> {
  const s = useLode.getState();
  if (s.scene?.view?.element === element && !s.estimates[element]) void s.runEstimate([element]);
  else s.setView({ element });
  await vi.waitFor(() => {
    const now = useLode.getState();
    if (now.error) throw new Error(`store error: ${now.error}`);
    expect(now.status.running).toBe(false);
    expect(now.estimates[element]).toBeDefined();
    expect(now.summary).not.toBeNull();
  }, { timeout: 600_000, interval: 100 });
}

let pool: WorkerPool;
beforeAll(() => { pool = createNodePool(2); setPool(pool); });
afterAll(() => { setPool(null); pool.terminate(); });

describe('the app and `lode report` give the same numbers', () => {
  for (const file of SCENES) {
    it(file, async () => {
      const scene = withCoarserGrid(await loadScene(join(ROOT, file)));
      const cli = await cliReport(file, scene);
      const ok = await useLode.getState().openScene(scene, null, tablesOf(file, scene), { estimate: false });
      expect(useLode.getState().error).toBeNull();
      expect(ok).toBe(true);
      const app = useLode.getState().plan!;
      expect(app.grid).toEqual(cli.plan.grid);
      for (const e of cli.report) {
        // The element's own plan: model and (derived or given) search as the CLI has them.
        const a = elementPlanOf(app, e.element)!, c = elementPlanOf(cli.plan, e.element)!;
        expect(a.search).toEqual(c.search);
        expect(a.model).toEqual(c.model);
        await showEstimated(e.element);
        const basis = shownBasis(useLode.getState())!;
        expect(basis).toEqual({ element: e.element, unit: e.unit, volumeM3: e.volumeM3, density: e.density });
        for (const row of e.rows) {
          useLode.getState().setCutoff(row.cutoff);
          const sum = useLode.getState().summary!;
          const m = metalAmount(sum.metal, basis.unit, e.element);
          const line = `${e.element} ≥ ${row.cutoff} ${e.unit}: app ${sum.blocks} blocks ${sum.tonnes} t ${sum.grade} ${m.amount} ${m.unit}; `
            + `lode report ${row.blocks} blocks ${row.tonnes} t ${row.grade} ${row.metalAmount.amount} ${row.metalAmount.unit}`;
          console.log(`${file}: ${line}`);
          expect(sum.blocks, line).toBe(row.blocks);
          expect(rel(sum.tonnes, row.tonnes), line).toBeLessThanOrEqual(1e-9);
          expect(rel(sum.grade, row.grade), line).toBeLessThanOrEqual(1e-9);
          expect(rel(sum.metal, row.metal), line).toBeLessThanOrEqual(1e-9);
          expect(m.unit, line).toBe(row.metalAmount.unit);
          expect(rel(m.amount, row.metalAmount.amount), line).toBeLessThanOrEqual(1e-9);
        }
      }
    }, 1_200_000);
  }

  it('reads the units from the column names when the scene gives none (Cu_ppm is ppm, metal in t; Au_ppb in ppb, metal in oz)', async () => {
    const cli = await loadScene(join(ROOT, 'tests/fixtures/ppm-gold/scene.json'));
    expect(cli.gradeUnits).toBeUndefined();
    const state = useLode.getState();
    const unitOf = (el: string) => shownBasis({ ...state, scene: { ...state.scene!, view: { ...state.scene!.view!, element: el } } })!.unit;
    expect(['AU_PPM', 'AG', 'CU', 'AU_PPB'].map(unitOf)).toEqual(['ppm', 'ppm', 'ppm', 'ppb']);
    // 1,000 t at 500 ppm Cu = 0.5 t of copper; at 500 ppb Au = 0.5 g.
    expect(metalAmount(500_000, 'ppm', 'CU')).toEqual({ amount: 0.5, unit: 't' });
    expect(metalAmount(500_000, 'ppb', 'AU_PPB').unit).toBe('oz');
  });
});
