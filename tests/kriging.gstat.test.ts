/**
 * Ordinary kriging against R gstat (fixtures from scripts/gstat/make-fixtures.sh; see
 * tests/fixtures/gstat/README.md). gstat's neighbourhood is the nmax nearest samples by
 * Euclidean distance within maxdist of the block centre, so Lode runs the same isotropic
 * search. Agreement: |Δ| ≤ 1e-6·|gstat| + 1e-10 for estimate and variance, and the same
 * rows unestimated. gstat ranks neighbours by single-precision distance, so where the
 * nmax-th and (nmax+1)-th samples are within ~1e-7 relative it may keep the other one:
 * up to 0.1 % of rows may differ, and each such row must be a near-tie in Lode's own ranking.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidate, estimateBlocks, estimatePoints } from '../src/engine/kriging';
import type { EstimationData, SearchParams, VariogramModel, Vec3 } from '../src/engine/types';

const DIR = resolve(__dirname, 'fixtures/gstat');
const RTOL = 1e-6, ATOL = 1e-10, MAX_BAD = 0.001;

function readCsv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(`${DIR}/${name}`, 'utf8').trim().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}
const num = (s: string) => (s === 'NA' ? NaN : Number(s));

interface GstatConfig {
  nugget: number;
  structures: { type: 'spherical' | 'exponential' | 'gaussian'; sill: number; ranges: Vec3; ang1: number; ang2: number; ang3: number }[];
  grid?: { nx: number; ny: number; nz: number; xmn: number; ymn: number; zmn: number; xsiz: number; ysiz: number; zsiz: number };
  block?: { nx: number; ny: number; nz: number };
  search: { nmax: number; nmin: number; maxdist: number };
}
const config = (name: string): GstatConfig => JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8'));
const model = (c: GstatConfig): VariogramModel => ({
  nugget: c.nugget,
  structures: c.structures.map((s) => ({ type: s.type, sill: s.sill, ranges: s.ranges, angles: [s.ang1, s.ang2, s.ang3] })),
});
const search = (c: GstatConfig): SearchParams => ({
  ranges: [c.search.maxdist, c.search.maxdist, c.search.maxdist], angles: [0, 0, 0],
  minSamples: c.search.nmin, maxSamples: c.search.nmax, maxPerHole: 0,
});

const samples = readCsv('samples.csv');
const holeNames = [...new Set(samples.map((r) => r.holeid))];
const data: EstimationData = {
  x: Float64Array.from(samples, (r) => +r.x), y: Float64Array.from(samples, (r) => +r.y),
  z: Float64Array.from(samples, (r) => +r.z), v: Float64Array.from(samples, (r) => +r.value),
  hole: Int32Array.from(samples, (r) => holeNames.indexOf(r.holeid)),
};

/** Relative gap between the nmax-th and (nmax+1)-th nearest Euclidean distances from (x, y, z). */
function boundaryGap(x: number, y: number, z: number, nmax: number, exclude = -1): number {
  const d = [];
  for (let i = 0; i < data.x.length; i++) if (i !== exclude) d.push(Math.hypot(data.x[i] - x, data.y[i] - y, data.z[i] - z));
  d.sort((a, b) => a - b);
  return d.length > nmax ? (d[nmax] - d[nmax - 1]) / d[nmax] : Infinity;
}

interface Row { x: number; y: number; z: number; est: number; var: number; exclude?: number }
/** Compare rows; returns the count of rows out of tolerance (each must be a near-tie at the nmax boundary). */
function compare(ref: Row[], est: Float64Array, variance: Float64Array, nmax: number): { bad: number; maxRel: number; compared: number } {
  let bad = 0, maxRel = 0, compared = 0;
  for (let r = 0; r < ref.length; r++) {
    const g = ref[r];
    const both = [[g.est, est[r]], [g.var, variance[r]]];
    let ok = true;
    for (const [a, b] of both) {
      if (Number.isNaN(a) !== Number.isNaN(b)) { ok = false; continue; }
      if (Number.isNaN(a)) continue;
      const d = Math.abs(a - b);
      if (d > ATOL + RTOL * Math.abs(a)) ok = false;
      else if (Math.abs(a) > 1e-6) maxRel = Math.max(maxRel, d / Math.abs(a));
    }
    if (!Number.isNaN(g.est)) compared++;
    if (!ok) {
      bad++;
      expect(boundaryGap(g.x, g.y, g.z, nmax, g.exclude), `row ${r} differs without a near-tie`).toBeLessThan(1e-6);
    }
  }
  return { bad, maxRel, compared };
}

describe.each(['iso_sph', 'aniso_rot', 'nested', 'block'])('gstat grid case %s', (name) => {
  it('matches estimates and variances to 1e-6 relative', () => {
    const c = config(name);
    const g = c.grid!;
    const res = estimateBlocks({
      data, model: model(c), search: search(c), kriging: { type: 'ordinary' },
      grid: { origin: [g.xmn, g.ymn, g.zmn], size: [g.xsiz, g.ysiz, g.zsiz], count: [g.nx, g.ny, g.nz] },
      discretization: c.block ? [c.block.nx, c.block.ny, c.block.nz] : [1, 1, 1],
    });
    const ref = readCsv(`${name}.csv`).map((r) => ({ x: +r.x, y: +r.y, z: +r.z, est: num(r.est), var: num(r.var) }));
    expect(ref.length).toBe(g.nx * g.ny * g.nz);
    const { bad, maxRel, compared } = compare(ref, res.estimate, res.variance, c.search.nmax);
    console.log(`gstat ${name}: ${compared} rows estimated, ${bad} over tolerance, max rel diff ${maxRel.toExponential(2)}`);
    expect(compared).toBeGreaterThan(0.95 * ref.length);
    expect(bad).toBeLessThanOrEqual(MAX_BAD * ref.length);
    expect(res.singular).toBe(0);
  });
});

describe('gstat point kriging at targets', () => {
  it('matches, and honours the samples at the 5 targets placed on them', () => {
    const c = config('points');
    const t = readCsv('targets.csv');
    const res = estimatePoints({
      data, model: model(c), search: search(c), kriging: { type: 'ordinary' },
      x: Float64Array.from(t, (r) => +r.x), y: Float64Array.from(t, (r) => +r.y), z: Float64Array.from(t, (r) => +r.z),
    });
    const ref = readCsv('points.csv').map((r) => ({ x: +r.x, y: +r.y, z: +r.z, est: num(r.est), var: num(r.var) }));
    const { bad, maxRel } = compare(ref, res.estimate, res.variance, c.search.nmax);
    console.log(`gstat points: ${ref.length} targets, ${bad} over tolerance, max rel diff ${maxRel.toExponential(2)}`);
    expect(bad).toBe(0);
    for (let i = 400; i < 405; i++) {
      const s = samples.findIndex((r) => +r.x === +t[i].x && +r.y === +t[i].y && +r.z === +t[i].z);
      expect(res.estimate[i]).toBeCloseTo(data.v[s], 12);
      expect(res.variance[i]).toBeLessThan(1e-12);
    }
  });
});

describe('gstat cross-validation', () => {
  it('leave-one-out matches on the 300 fixture samples', () => {
    const c = config('cv_loo');
    const ref = readCsv('cv_loo.csv');
    const idx = Int32Array.from(ref, (r) => +r.id);
    const cv = crossValidate({ data, model: model(c), search: search(c), kriging: { type: 'ordinary' }, indices: idx });
    const rows = ref.map((r) => ({ x: +r.x, y: +r.y, z: +r.z, est: num(r.est), var: num(r.var), exclude: +r.id }));
    const { bad, maxRel } = compare(rows, cv.estimate, cv.variance, c.search.nmax);
    console.log(`gstat cv_loo: ${rows.length} samples, ${bad} over tolerance, max rel diff ${maxRel.toExponential(2)}; ME ${cv.summary.meanError.toFixed(5)}`);
    expect(bad).toBe(0);
    // gstat residual = value − est; Lode error = est − value
    const me = ref.reduce((a, r) => a - num(r.residual), 0) / ref.length;
    expect(cv.summary.meanError).toBeCloseTo(me, 9);
  });

  it('leave-one-hole-out matches gstat krige.cv with nfold = hole', () => {
    const c = config('cv_hole');
    const ref = readCsv('cv_hole.csv');
    const cv = crossValidate({ data, model: model(c), search: search(c), kriging: { type: 'ordinary' }, leaveHoleOut: true });
    expect(cv.index.length).toBe(ref.length);
    let bad = 0, maxRel = 0;
    ref.forEach((r, k) => {
      for (const [a, b] of [[num(r.est), cv.estimate[k]], [num(r.var), cv.variance[k]]]) {
        if (Number.isNaN(a) || Number.isNaN(b)) { if (Number.isNaN(a) !== Number.isNaN(b)) bad++; continue; }
        const d = Math.abs(a - b);
        if (d > ATOL + RTOL * Math.abs(a)) bad++; else maxRel = Math.max(maxRel, d / Math.abs(a));
      }
    });
    console.log(`gstat cv_hole: ${ref.length} samples, ${bad} values over tolerance, max rel diff ${maxRel.toExponential(2)}`);
    expect(bad).toBeLessThanOrEqual(MAX_BAD * ref.length);
  });
});
