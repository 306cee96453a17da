/**
 * Hard-boundary estimation inside domains against R gstat (fixtures from
 * scripts/gstat/make-domain-fixtures.sh): the scene's lode blocks (domain 1, from the lode
 * solid) are estimated from domain-1 samples only, so they equal gstat kriging the domain-1
 * samples alone; the indicator model of domain 1 equals gstat kriging every sample's 0/1
 * indicator. Same isotropic search as gstat (nmax nearest within maxdist), point kriging.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneSchema, type SceneInput } from '../src/io/scene/schema';
import { estimateAll, loadSceneData, localRunner, planEstimate } from '../src/pipeline';
import { blockDomainsOf } from '../src/pipeline/domains/estimateDomains';
import { blockCount } from '../src/engine/grid/blockGrid';
import type { Vec3 } from '../src/engine/types';

const DIR = resolve(__dirname, 'fixtures/gstat/domains');
const RTOL = 1e-6, ATOL = 1e-10;
const readFile = async (p: string) => readFileSync(`${DIR}/${p}`);

function gstatRows(name: string) {
  const [, ...lines] = readFileSync(`${DIR}/${name}`, 'utf8').trim().split('\n');
  return lines.map((l) => { const c = l.split(','); return { est: c[6] === 'NA' ? NaN : +c[6], v: c[7] === 'NA' ? NaN : +c[7] }; });
}
const cfg = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8'));

function scene(domains: Record<string, unknown>): SceneInput {
  const c = cfg('lode');
  const g = c.grid;
  const s = c.structures[0];
  return {
    lode: 1,
    data: { collars: { path: 'collars.csv' }, assays: { path: 'assays.csv' } },
    estimate: {
      elements: ['AU'],
      variograms: { AU: { nugget: c.nugget, structures: [{ type: 'spherical', sill: s.sill, ranges: s.ranges, angles: [0, 0, 0] }] } },
      search: { ranges: [c.search.maxdist, c.search.maxdist, c.search.maxdist], minSamples: c.search.nmin, maxSamples: c.search.nmax },
      discretization: [1, 1, 1],
      grid: { origin: [g.xmn, g.ymn, g.zmn] as Vec3, size: [g.xsiz, g.ysiz, g.zsiz] as Vec3, count: [g.nx, g.ny, g.nz] as Vec3 },
    },
    domains: { column: 'LITH', ...domains },
  };
}

async function run(input: SceneInput) {
  const sc = sceneSchema.parse(input);
  const data = await loadSceneData(sc, readFile);
  const plan = await planEstimate(sc, data);
  const runner = localRunner();
  const results = await estimateAll(plan, runner);
  return { data, plan, results, domains: await blockDomainsOf(plan, runner) };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RTOL * Math.abs(b) + ATOL;
}

describe('domains: hard boundaries against gstat on the domain-1 samples alone', () => {
  it('lode blocks (inside lode.obj) equal gstat kriging only the LITH = 1 samples; other blocks stay unestimated', async () => {
    const { data, plan, results, domains } = await run(scene({ estimate: ['1'], solids: [{ code: '1', path: 'lode.obj' }] }));
    expect(data.elements).toEqual(['AU']); // LITH is a code, not a grade
    const dp = plan.domains!;
    expect(dp.codes).toEqual(['1', '0']);
    // The domain-1 plan of AU holds only domain-1 samples: every one is a LITH = 1 sample.
    const lodeSamples = dp.elements.AU[0].plan.index;
    expect(lodeSamples.length).toBe(288);
    for (const i of lodeSamples) expect(data.samples.domain![i]).toBe('1');
    const ref = gstatRows('lode.gstat.csv');
    const r = results.AU;
    const n = blockCount(plan.grid);
    let inLode = 0, compared = 0;
    for (let b = 0; b < n; b++) {
      if (domains.domain[b] !== 0) { expect(r.estimate[b]).toBeNaN(); continue; }
      inLode++;
      if (!Number.isFinite(ref[b].est)) { expect(r.estimate[b]).toBeNaN(); continue; }
      expect(close(r.estimate[b], ref[b].est), `block ${b}: ${r.estimate[b]} vs gstat ${ref[b].est}`).toBe(true);
      expect(close(r.variance[b], ref[b].v), `block ${b} variance`).toBe(true);
      compared++;
    }
    expect(inLode).toBeGreaterThan(400);
    expect(compared).toBeGreaterThan(400);
    expect(r.outside).toBe(n - inLode);
    expect(r.unestimated).toBe(inLode - compared);
  });

  it('the indicator model of LITH = 1 equals gstat kriging the 0/1 indicator; blocks take the most probable code', async () => {
    const c = cfg('indicator');
    const s = c.structures[0];
    const { plan, results, domains } = await run(scene({
      estimate: ['1'],
      indicator: {
        variogram: { nugget: c.nugget, structures: [{ type: 'spherical', sill: s.sill, ranges: s.ranges, angles: [0, 0, 0] }] },
        search: { ranges: [c.search.maxdist, c.search.maxdist, c.search.maxdist], minSamples: c.search.nmin, maxSamples: c.search.nmax },
      },
    }));
    const ref = gstatRows('indicator.gstat.csv');
    const p1 = domains.indicators!['1'], p0 = domains.indicators!['0'];
    expect(plan.domains!.codes).toEqual(['0', '1']);
    let compared = 0, lode = 0;
    for (let b = 0; b < ref.length; b++) {
      if (!Number.isFinite(ref[b].est)) { expect(p1[b]).toBeNaN(); continue; }
      expect(close(p1[b], ref[b].est), `block ${b}: ${p1[b]} vs gstat ${ref[b].est}`).toBe(true);
      // Same model and data: the two indicators sum to one, and the larger one wins.
      expect(p0[b] + p1[b]).toBeCloseTo(1, 9);
      expect(domains.domain[b]).toBe(p1[b] > p0[b] ? 1 : 0);
      if (domains.domain[b] === 1) { lode++; expect(Number.isFinite(results.AU.estimate[b]) || results.AU.nSamples[b] < 3).toBe(true); }
      else expect(results.AU.estimate[b]).toBeNaN();
      compared++;
    }
    expect(compared).toBeGreaterThan(2000);
    expect(lode).toBeGreaterThan(300);
  });
});
