/**
 * `lode report --json` and the app's Resources tab give the same numbers: the CLI runs on a copy of
 * the synthetic gold scene with 20 m blocks; the store gets the same estimates (the pipeline's plan
 * and runner, as its workers run them) and the tab's report function (storeResourceReport) is compared
 * field by field.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScene } from '../src/io/scene';
import { estimateAll, loadSceneData, localRunner, planEstimate, reportJson } from '../src/pipeline';
import { sceneReader } from '../src/cli/context';
import { useLode } from '../src/store';
import { storeResourceReport } from '../src/store/resourceSlice';

const ROOT = resolve(__dirname, '..');
const GOLD = join(ROOT, 'sample-models/synthetic-gold');

/** The gold scene with 20 × 20 × 20 m blocks over the same extent and point kriging (a faster estimate). */
function coarseScene(): string {
  const s = JSON.parse(readFileSync(join(GOLD, 'scene.json'), 'utf8'));
  const g = s.estimate.grid;
  s.estimate.grid = { origin: g.origin.map((o: number) => o + 5), size: [20, 20, 20], count: g.count.map((c: number) => Math.floor(c / 2)) };
  s.estimate.discretization = [1, 1, 1];
  for (const k of ['collars', 'surveys', 'assays']) s.data[k].path = join(GOLD, s.data[k].path);
  const dir = mkdtempSync(join(tmpdir(), 'lode-res-'));
  const file = join(dir, 'scene.json');
  writeFileSync(file, JSON.stringify(s));
  return file;
}

function cliJson(file: string): Promise<Record<string, unknown>> {
  return new Promise((ok, fail) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), 'report', file, '--json', '-t', '0', '-q'], { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`${err.message}\n${stderr}`)); else ok(JSON.parse(stdout));
    });
  });
}

describe('lode report --json and the Resources tab agree', () => {
  let cli: Record<string, unknown>;
  let app: unknown;
  beforeAll(async () => {
    const file = coarseScene();
    const cliRun = cliJson(file);
    const scene = parseScene(readFileSync(file, 'utf8'), file);
    const data = await loadSceneData(scene, sceneReader(file));
    const plan = await planEstimate(scene, data);
    const estimates = await estimateAll(plan, localRunner());
    // The store as the app has it once the estimate finished: the resource fields are derived by the store itself.
    useLode.setState({ scene, grid: plan.grid, report: data.report, samples: data.samples, status: { running: true, progress: 0 } });
    useLode.setState({ estimates, status: { running: false, progress: 1 } });
    app = reportJson(storeResourceReport(useLode.getState())!);
    cli = await cliRun;
  }, 240_000);

  it('same breakeven cutoffs, with the hand-checked 0.576 g/t for gold', () => {
    const be = (cli as { breakeven: Record<string, number> }).breakeven;
    expect(be.AU).toBeCloseTo(0.57599, 5);
    expect((app as { breakeven: unknown }).breakeven).toEqual(be);
  });

  it('same tables by region, class and cutoff, and the same cutoff–price curve', () => {
    const a = app as { regions: { name: string; rows: { class: string; tonnes: number }[] }[]; priceCurve: unknown[] };
    const c = cli as typeof a;
    expect(a.regions.map((r) => r.name)).toEqual(['All blocks', 'Licence west', 'Pit']);
    expect(c.regions).toEqual(a.regions);
    expect(c.priceCurve).toEqual(a.priceCurve);
    // Non-trivial: indicated resource above the breakeven cutoff in every region.
    const cutoff = (c as unknown as { cutoffs: number[] }).cutoffs.find((x) => Math.abs(x - 0.57599) < 1e-4);
    for (const r of c.regions) {
      const ind = r.rows.find((x) => x.class === 'indicated' && (x as unknown as { cutoff: number }).cutoff === cutoff)!;
      expect(ind.tonnes).toBeGreaterThan(0);
    }
  });

  it('the whole JSON is identical', () => {
    expect(app).toEqual(cli);
  });
});
