/**
 * The synthetic gold sample estimated inside its lode (sample-models/synthetic-gold/scene-lode.json):
 * the logged LODE/WALL codes, an indicator model for the block domains, Au kriged in LODE
 * blocks from LODE composites only. Checked against the generator's own truth
 * (scripts/synthetic/goldModel.ts): the blocks called LODE lie mostly in the true lode, and
 * the hard boundary takes away the smearing of wall-rock grades into the lode that kriging
 * every composite gives (its mean error over the same blocks is larger).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneSchema } from '../src/io/scene/schema';
import { estimateAll, loadSceneData, localRunner, planEstimate } from '../src/pipeline';
import { blockDomainsOf } from '../src/pipeline/domains/estimateDomains';
import { estimateBlocks } from '../src/engine/kriging';
import { blockCentroid, blockCount } from '../src/engine/grid/blockGrid';
import type { Vec3 } from '../src/engine/types';
import { ORIGIN, makeFields, pointGrade } from '../scripts/synthetic/goldModel';

const DIR = resolve(__dirname, '../sample-models/synthetic-gold');

describe('synthetic gold estimated inside its lode domain', () => {
  it('LODE blocks: mostly true lode, estimated from LODE composites only, with less bias than kriging every composite', async () => {
    const scene = sceneSchema.parse(JSON.parse(readFileSync(`${DIR}/scene-lode.json`, 'utf8')));
    const data = await loadSceneData(scene, async (p) => readFileSync(`${DIR}/${p}`));
    const plan = await planEstimate(scene, data);
    const runner = localRunner();
    const au = (await estimateAll(plan, runner)).AU;
    const bd = await blockDomainsOf(plan, runner);
    const lode = bd.codes.indexOf('LODE');
    const ep = plan.domains!.elements.AU[0].plan;
    for (const i of ep.index) expect(data.samples.domain![i]).toBe('LODE');

    const n = blockCount(plan.grid);
    const mask = Uint8Array.from(bd.domain, (d) => (d === lode ? 1 : 0));
    // The same blocks kriged from every Au composite (no boundary), with the same model and search.
    const all = plan.elements[0];
    const free = estimateBlocks({ data: all.data, grid: plan.grid, model: all.model, search: all.search, kriging: all.kriging, discretization: all.discretization, active: mask });
    const fields = makeFields(7_310);
    const c: Vec3 = [0, 0, 0];
    let blocks = 0, trulyLode = 0, errHard = 0, errFree = 0, both = 0, lodeElsewhere = 0;
    for (let b = 0; b < n; b++) {
      if (!mask[b]) {
        expect(au.estimate[b]).toBeNaN();
        blockCentroid(plan.grid, b, c);
        if (pointGrade(fields, c[0] - ORIGIN.easting, c[1] - ORIGIN.northing, c[2]).inLode) lodeElsewhere++;
        continue;
      }
      blocks++;
      blockCentroid(plan.grid, b, c);
      const t = pointGrade(fields, c[0] - ORIGIN.easting, c[1] - ORIGIN.northing, c[2]);
      if (t.inLode) trulyLode++;
      if (t.inLode && Number.isFinite(au.estimate[b]) && Number.isFinite(free.estimate[b])) {
        errHard += au.estimate[b] - t.au; errFree += free.estimate[b] - t.au; both++;
      }
    }
    expect(blocks).toBeGreaterThan(1500);
    // Lode 5–20 m thick in 10 m blocks: about half the LODE centroids fall in the true lode, against about 3 % of the other blocks (much of the lode lies beyond the drilling).
    console.log(`true-lode centroids: ${trulyLode} of ${blocks} LODE blocks, ${lodeElsewhere} of ${n - blocks} other blocks`);
    expect(trulyLode / blocks).toBeGreaterThan(0.4);
    expect(trulyLode / blocks).toBeGreaterThan(10 * (lodeElsewhere / (n - blocks)));
    console.log(`LODE blocks ${blocks}, truly lode ${(100 * trulyLode / blocks).toFixed(1)} %, mean error in true-lode blocks: hard boundary ${(errHard / both).toFixed(3)} g/t, every composite ${(errFree / both).toFixed(3)} g/t (${both} blocks)`);
    expect(both).toBeGreaterThan(800);
    // Kriging across the boundary pulls lode blocks towards the wall-rock grades (negative bias); the hard boundary much less.
    expect(errFree / both).toBeLessThan(errHard / both);
    expect(Math.abs(errHard / both)).toBeLessThan(Math.abs(errFree / both) / 2);
  }, 120_000);
});
