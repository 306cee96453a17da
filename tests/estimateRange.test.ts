/**
 * estimateRange: windows estimated in grid order, each handled while the next is estimated, each
 * job prepared once per worker for all windows; results equal one whole-grid run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from '../workers/nodePool';
import { estimateRange } from '../src/pipeline/estimateRange';
import type { ElementPlan, EstimatePlan } from '../src/pipeline/planEstimate';
import { localRunner, type EstimateRunner } from '../src/pipeline';
import { estimateBlocks, type EstimateResult } from '../src/engine/kriging/estimateBlocks';
import type { Vec3 } from '../src/engine/types';
import { syntheticSamples } from './syntheticSamples';


const element = (name: string, seed: number): ElementPlan => ({
  element: name, data: syntheticSamples(600, seed, 40), index: new Int32Array(0),
  model: { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [80, 60, 30], angles: [0, 0, 0] }] }, modelSource: 'scene',
  search: { ranges: [60, 60, 30], angles: [0, 0, 0], minSamples: 4, maxSamples: 12, maxPerHole: 0 }, searchSource: 'scene',
  kriging: { type: 'ordinary' }, discretization: [1, 1, 1] as Vec3, discretizationSource: 'scene', warnings: [], method: 'kriging', idwPower: 2,
});

const plan: EstimatePlan = {
  grid: { origin: [2.5, 2.5, 2.5] as Vec3, size: [10, 10, 10] as Vec3, count: [20, 20, 5] as Vec3 }, gridSource: 'scene',
  elements: [element('AU', 3), element('CU', 5)],
};
const whole = (p: ElementPlan) => estimateBlocks({ data: p.data, grid: plan.grid, model: p.model, search: p.search, kriging: p.kriging, discretization: p.discretization });

const pool = createNodePool(2);
afterAll(() => pool.terminate());

describe('estimateRange', () => {
  const runners: [string, EstimateRunner][] = [['worker pool', pool], ['main thread', localRunner()]];
  for (const [name, runner] of runners) {
    it(`${name}: windows in order, each handled while the next is estimated, results equal one whole run`, async () => {
      const want = plan.elements.map(whole);
      const got = plan.elements.map(() => new Float64Array(2000).fill(-1));
      const events: string[] = [];
      const tracked: EstimateRunner = {
        estimateBlocks: (job, opts) => { events.push(`estimate ${opts?.start}`); return runner.estimateBlocks(job, opts); },
        crossValidate: (req, opts) => runner.crossValidate(req, opts),
        releaseJob: (id) => runner.releaseJob?.(id),
      };
      const summary = await estimateRange(plan, tracked, { start: 100, end: 1900, window: 500 }, async (rs: Record<string, EstimateResult>, w0, w1) => {
        events.push(`handle ${w0}-${w1}`);
        await new Promise((r) => setTimeout(r, 20));
        plan.elements.forEach((p, i) => got[i].set(rs[p.element].estimate, w0));
        events.push(`handled ${w0}`);
      });
      // Windows handled in order, each after its two elements were estimated and while the next window is estimated.
      const at = (e: string) => events.indexOf(e);
      const starts = [100, 600, 1100, 1600];
      expect(events.filter((e) => e.startsWith('handle '))).toEqual(['handle 100-600', 'handle 600-1100', 'handle 1100-1600', 'handle 1600-1900']);
      starts.forEach((w, k) => {
        expect(events.filter((e) => e === `estimate ${w}`)).toHaveLength(2);
        expect(events.lastIndexOf(`estimate ${w}`)).toBeLessThan(events.findIndex((e) => e.startsWith(`handle ${w}-`)));
        if (k + 1 < starts.length) expect(at(`estimate ${starts[k + 1]}`)).toBeLessThan(at(`handled ${w}`));
      });
      plan.elements.forEach((p, i) => {
        expect(Array.from(got[i].subarray(100, 1900)).map(String)).toEqual(Array.from(want[i].estimate.subarray(100, 1900)).map(String));
        expect(summary.counts[p.element].unestimated).toBe(Array.from(want[i].estimate.subarray(100, 1900)).filter(Number.isNaN).length);
      });
    }, 60_000);
  }

  it('prepares each job once per worker for all windows, and releases it at the end', async () => {
    const calls: string[] = [];
    const spy = new Proxy(pool, {
      get(target, prop, receiver) {
        if (prop === 'releaseJob') return (id: string) => { calls.push(`release ${id.split(':')[1]}`); target.releaseJob(id); };
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    await estimateRange(plan, spy, { window: 400 }, () => undefined);
    expect(calls).toEqual(['release AU', 'release CU']);
  }, 60_000);

  it('a failure while a window is handled stops the run with that error', async () => {
    await expect(estimateRange(plan, localRunner(), { window: 500 }, (_, w0) => { if (w0 === 500) throw new Error('disk full'); })).rejects.toThrow('disk full');
  });
});
