import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from './summary';
import { capEffect, cumulativeCurve, distribution } from './distribution';
import { histogram } from './histogram';
import { swath } from './swath';
import { normalQuantile } from './normalQuantile';
import { summarize as summarizeXval } from '../kriging/crossValidate';
import type { BlockGrid } from '../types';

// Inputs and expected values made by tests/fixtures/workbench/workbench.R (Rscript workbench.R in that folder).
const DIR = new URL('../../../tests/fixtures/workbench/', import.meta.url);
const table = (name: string) => {
  const [head, ...lines] = readFileSync(new URL(name, DIR), 'utf8').trim().split('\n');
  const cols = head.split(',').map((c) => c.replace(/"/g, ''));
  const rows = lines.map((l) => l.split(',').map(Number));
  return Object.fromEntries(cols.map((c, k) => [c, Float64Array.from(rows, (r) => r[k])])) as Record<string, Float64Array>;
};
const expected = Object.fromEntries(readFileSync(new URL('expected.csv', DIR), 'utf8').trim().split('\n').slice(1)
  .map((l) => { const [k, v] = l.split(','); return [k, Number(v)]; }));
const R = (k: string) => { if (!(k in expected)) throw new Error(`no ${k} in expected.csv`); return expected[k]; };

const s = table('samples.csv');
const w = s.LEN, v = s.V;

describe('statistics panel numbers against R', () => {
  it('length-weighted count, mean, variance, CV and quantiles', () => {
    const m = summarize(v, w);
    expect(m.count).toBe(R('count'));
    expect(m.mean).toBeCloseTo(R('mean'), 12);
    expect(m.variance).toBeCloseTo(R('variance'), 12);
    expect(m.cv).toBeCloseTo(R('cv'), 12);
    const q = m.quantiles;
    [[q.p10, 'q0.1'], [q.p25, 'q0.25'], [q.p50, 'q0.5'], [q.p75, 'q0.75'], [q.p90, 'q0.9'], [q.p95, 'q0.95'], [q.p99, 'q0.99']]
      .forEach(([got, k]) => expect(got as number).toBeCloseTo(R(k as string), 12));
    expect(summarize(v).quantiles.p50).toBeCloseTo(R('q5unweighted'), 12); // R quantile(type = 5)
  });

  it('cumulative curve plotting positions', () => {
    const c = cumulativeCurve(v, w);
    expect(c.value.length).toBe(R('count'));
    expect(c.p[0]).toBeCloseTo(R('cum_p_first'), 14);
    expect(c.p[99]).toBeCloseTo(R('cum_p_100'), 14);
    expect(c.p[c.p.length - 1]).toBeCloseTo(R('cum_p_last'), 14);
    for (let k = 1; k < c.value.length; k++) expect(c.value[k]).toBeGreaterThanOrEqual(c.value[k - 1]);
  });

  it('capping: number of samples capped and share of metal removed', () => {
    const e = capEffect(v, w, 3);
    expect(e.capped).toBe(R('cap_n'));
    expect(e.metalFraction).toBeCloseTo(R('cap_metal_fraction'), 12);
    expect(e.meanAfter).toBeCloseTo(R('cap_mean_after'), 12);
    expect(e.meanBefore).toBeCloseTo(R('mean'), 12);
  });

  it('length-weighted log histogram', () => {
    const h = histogram(v, w, { bins: 10, log: true });
    for (let k = 0; k < 10; k++) expect(h.counts[k]).toBeCloseTo(R(`hist_${k + 1}`), 10);
    const d = distribution({ values: v, weights: w, x: s.X, y: s.Y, z: s.Z }, 10);
    expect(Array.from(d.histogram.counts)).toEqual(Array.from(h.counts));
    expect(d.declustered.mean).toBeGreaterThan(0);
  });
});

describe('swath against R', () => {
  const grid: BlockGrid = { origin: [5, 5, 2.5], size: [10, 10, 5], count: [6, 4, 3] };
  const blocks = table('blocks.csv').EST;
  (['X', 'Y', 'Z'] as const).forEach((name, a) => {
    it(`slices along ${name}`, () => {
      const r = swath(grid, a as 0 | 1 | 2, [20, 20, 5][a], { x: s.X, y: s.Y, z: s.Z, v, weight: w }, blocks);
      const n = r.from.length;
      expect(n).toBe([3, 2, 3][a]);
      expect(`swath_${name}_${n}_from` in expected).toBe(false);
      for (let k = 0; k < n; k++) {
        const key = `swath_${name}_${k}_`;
        expect(r.from[k]).toBe(R(`${key}from`));
        expect(r.to[k]).toBe(R(`${key}to`));
        expect(r.sampleCount[k]).toBe(R(`${key}comp_n`));
        expect(r.blockCount[k]).toBe(R(`${key}block_n`));
        expect(r.sampleMean[k]).toBeCloseTo(R(`${key}comp_mean`), 12);
        expect(r.blockMean[k]).toBeCloseTo(R(`${key}block_mean`), 12);
      }
    });
  });

  it('rejects a bad width and a block array of the wrong length', () => {
    expect(() => swath(grid, 0, 0, { x: s.X, y: s.Y, z: s.Z, v }, blocks)).toThrow(/width/);
    expect(() => swath(grid, 0, 10, { x: s.X, y: s.Y, z: s.Z, v }, blocks.subarray(1))).toThrow(/71 block values for a grid of 72/);
  });
});

describe('cross-validation summary against R', () => {
  it('mean error, MSE, correlation, regression slope, standardized error', () => {
    const t = table('xval.csv');
    // Rows whose true value is missing are not validated (the engine never validates a missing sample).
    const keep = Array.from(t.V.keys()).filter((i) => !Number.isNaN(t.V[i]));
    const pick = (a: Float64Array) => Float64Array.from(keep, (i) => a[i]);
    const m = summarizeXval(pick(t.V), pick(t.EST), pick(t.VAR));
    expect(m.n).toBe(R('xval_n'));
    expect(m.unestimated).toBe(2);
    expect(m.meanError).toBeCloseTo(R('xval_mean_error'), 12);
    expect(m.meanSquaredError).toBeCloseTo(R('xval_mse'), 12);
    expect(m.correlation).toBeCloseTo(R('xval_cor'), 12);
    expect(m.slope).toBeCloseTo(R('xval_slope'), 12);
    expect(m.meanStandardizedSquaredError).toBeCloseTo(R('xval_msse'), 12);
  });
});

describe('normal quantile (axis of the log-probability plot) against R qnorm', () => {
  it('agrees to 1e-8', () => {
    for (const p of [0.001, 0.01, 0.3, 0.5, 0.975, 0.999]) expect(Math.abs(normalQuantile(p) - R(`qnorm_${p}`))).toBeLessThan(1e-8);
  });
});
