/**
 * Defaults a geologist would start from, on Copper Creek (545 holes, some far from the rest, fans
 * of holes from shared pads): the derived grid covers the composites rather than an 8 × 8 km box
 * (437,400 blocks of 100 × 100 × 20 m before, 83 % unestimated), and the derived three-pass search
 * (at most 4 composites a hole; at least 9, then 6, then 4) estimates the blocks near the data.
 * Blocks far from every composite stay unestimated and are counted, as they should: a default box
 * over irregular drilling holds much empty ground (about half of it lies over 200 m from a composite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseScene } from '../src/io/scene';
import { loadSceneData, planEstimate } from '../src/pipeline';
import { sceneReader } from '../src/cli/context';
import { blockCount } from '../src/engine/grid/blockGrid';
import { estimateBlocks } from '../src/engine/kriging/estimateBlocks';
import { buildKdTree, KnnQuery } from '../src/engine/kriging/kdTree';
import { describeShared, REPO_ROOT } from './sharedData';

/** Distance from each block centroid (grid order: x fastest) to the nearest sample. */
function nearestSampleDistance(d: { x: Float64Array; y: Float64Array; z: Float64Array; v: Float64Array; hole: Int32Array }, g: { origin: number[]; size: number[]; count: number[] }): Float64Array {
  const n = d.x.length;
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const tree = buildKdTree(d.x, d.y, d.z, d.x, d.y, d.z, d.v, d.hole, idx, idx);
  const q = new KnnQuery(tree, 1);
  const out = new Float64Array(g.count[0] * g.count[1] * g.count[2]);
  let b = 0;
  for (let k = 0; k < g.count[2]; k++) for (let j = 0; j < g.count[1]; j++) for (let i = 0; i < g.count[0]; i++) {
    const found = q.run(g.origin[0] + i * g.size[0], g.origin[1] + j * g.size[1], g.origin[2] + k * g.size[2], Infinity, 1, -1, -1);
    out[b++] = found ? Math.sqrt(q.d2[0]) : Infinity;
  }
  return out;
}

describeShared('Copper Creek default grid and search', () => {
  it('a grid over the composites, much smaller than 437,400 blocks; the blocks near the data are estimated', async () => {
    const file = join(REPO_ROOT, 'tests/fixtures/scenes/copper-creek.json');
    const scene = parseScene(readFileSync(file, 'utf8'), file);
    const data = await loadSceneData(scene, sceneReader(file));
    const plan = await planEstimate(scene, data, { elements: ['CU'] });
    const n = blockCount(plan.grid);
    const p = plan.elements[0];
    console.log(`Copper Creek default grid: ${plan.gridNote}; ${n.toLocaleString('en-US')} blocks; search ${JSON.stringify(p.search)}; discretization ${p.discretization.join('×')}`);
    expect(plan.gridSource).toBe('derived');
    expect(n).toBeLessThan(437_400 / 3);
    expect(p.search.maxPerHole).toBe(4);
    expect(p.search.minSamples).toBe(9);
    expect(p.search.passes?.map((q) => q.minSamples)).toEqual([6, 4]);
    // The neighbourhood search alone tells which blocks are estimable (inverse distance: no kriging systems to solve).
    const r = estimateBlocks({ data: p.data, grid: plan.grid, model: p.model, search: p.search, kriging: { type: 'ordinary' }, discretization: [1, 1, 1], method: 'idw' });
    const dist = nearestSampleDistance(p.data, plan.grid);
    const near = [0, 0], within = [0, 0];
    for (let b = 0; b < n; b++) {
      const ok = Number.isFinite(r.estimate[b]) ? 1 : 0;
      if (dist[b] <= 100) { near[0]++; near[1] += ok; }
      if (dist[b] <= 150) { within[0]++; within[1] += ok; }
    }
    const share = (n - r.unestimated) / n;
    console.log(`Copper Creek CU: ${(n - r.unestimated).toLocaleString('en-US')} of ${n.toLocaleString('en-US')} blocks estimated (${(100 * share).toFixed(1)} %); within 100 m of a composite ${near[1]} of ${near[0]} (${(100 * near[1] / near[0]).toFixed(1)} %); within 150 m ${within[1]} of ${within[0]} (${(100 * within[1] / within[0]).toFixed(1)} %)`);
    expect(near[1] / near[0]).toBeGreaterThan(0.99);
    expect(within[1] / within[0]).toBeGreaterThan(0.98);
    expect(r.unestimated).toBe(n - r.estimate.filter(Number.isFinite).length);
  }, 600_000);
});
