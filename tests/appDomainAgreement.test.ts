/**
 * One set of numbers with domains: the app's store, opening a scene with a domain solid and
 * estimating it (src/store/domainEstimate.ts, on the worker pool), gives exactly the blocks
 * `lode estimate` gives (runSceneEstimate): the same hard-boundary estimate, and the blocks
 * outside the estimated domain counted as outside, not as failures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useLode } from '../src/store';
import { setPool } from '../src/store/engineClient';
import { createNodePool } from '../workers/nodePool';
import type { WorkerPool } from '../workers/pool';
import { CliContext, loadScene } from '../src/cli/context';
import { parseCliArgs, type CliArgs } from '../src/cli/args';
import { runSceneEstimate } from '../src/cli/commands/estimate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'tests/fixtures/gstat/domains');
const FILE = join(DIR, 'scene.json');

let pool: WorkerPool;
beforeAll(() => { pool = createNodePool(2); setPool(pool); });
afterAll(() => { setPool(null); pool.terminate(); });

describe('domains: the app and `lode estimate` give the same blocks', () => {
  it('estimates the lode blocks only, identically', async () => {
    const args = parseCliArgs(['estimate', FILE, '--threads', '2', '--quiet']) as CliArgs;
    const ctx = new CliContext(args, await loadScene(args.scene));
    let cli;
    try { cli = (await runSceneEstimate(ctx)).results.AU; } finally { await ctx.close(); }

    const scene = await loadScene(FILE);
    const files = Object.fromEntries(['collars.csv', 'assays.csv', 'lode.obj'].map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
    const ok = await useLode.getState().openScene(scene, null, files, { estimate: false });
    expect(useLode.getState().error).toBeNull();
    expect(ok).toBe(true);
    void useLode.getState().runEstimate(['AU']);
    await vi.waitFor(() => {
      const s = useLode.getState();
      if (s.error) throw new Error(`store error: ${s.error}`);
      expect(s.status.running).toBe(false);
      expect(s.estimates.AU).toBeDefined();
    }, { timeout: 120_000, interval: 100 });
    const app = useLode.getState().estimates.AU;
    const estimated = cli.estimate.filter(Number.isFinite).length;
    expect(estimated).toBeGreaterThan(400);
    expect(Array.from(app.estimate)).toEqual(Array.from(cli.estimate));
    expect(Array.from(app.variance)).toEqual(Array.from(cli.variance));
    expect(app.outside).toBe(cli.outside);
    expect(cli.outside).toBe(cli.estimate.length - estimated - cli.unestimated - cli.singular);
  }, 180_000);
});
