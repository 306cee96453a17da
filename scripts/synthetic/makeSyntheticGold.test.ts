import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sceneSchema } from '../../src/io/scene/schema';
import { DEFAULT_OUT, writeSyntheticGold, type GoldSummary } from './makeSyntheticGold';
import { createRng } from './prng';
import { minimumCurvatureTrace } from './holeTrace';

const tmp = mkdtempSync(join(tmpdir(), 'lode-synth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const summary: GoldSummary = writeSyntheticGold(tmp);
const read = (name: string) => readFileSync(join(tmp, name), 'utf8');
const rowsOf = (name: string) => read(name).trimEnd().split('\n').slice(1).map((l) => l.split(','));

describe('makeSyntheticGold', () => {
  it('regenerates the committed files byte for byte', () => {
    const names = readdirSync(tmp).sort();
    expect(names).toEqual(['README.md', 'assays.csv', 'collars.csv', 'lithology.csv', 'scene-lode.json', 'scene.json', 'surveys.csv']);
    for (const n of names) expect(read(n), n).toBe(readFileSync(resolve(DEFAULT_OUT, n), 'utf8'));
  });

  it('writes a scene that the v1 schema accepts, with a grid covering every lode intersection', () => {
    const scene = sceneSchema.parse(JSON.parse(read('scene.json')));
    expect(scene.estimate!.elements).toEqual(['AU', 'AG', 'CU']);
    const g = scene.estimate!.grid!;
    const blocks = g.count[0] * g.count[1] * g.count[2];
    expect(blocks).toBe(summary.blocks);
    expect(blocks).toBeGreaterThan(50_000);
    expect(blocks).toBeLessThan(150_000);
    // Every hole's lode crossing (own desurvey of the written tables) lies inside the grid.
    const collars = new Map(rowsOf('collars.csv').map((r) => [r[0], r.slice(1).map(Number)]));
    const st = new Map<string, number[][]>();
    for (const r of rowsOf('surveys.csv')) st.set(r[0], [...(st.get(r[0]) ?? []), r.slice(1).map(Number)]);
    let inside = 0;
    for (const [id, c] of collars) {
      const s = st.get(id)!;
      const p = minimumCurvatureTrace([c[0], c[1], c[2]], s.map((x) => x[0]), s.map((x) => x[1]), s.map((x) => x[2]))
        .positionAt(summary.lodeDepth[id]);
      if ([0, 1, 2].every((a) => p[a] > g.origin[a] - g.size[a] / 2 && p[a] < g.origin[a] + (g.count[a] - 0.5) * g.size[a])) inside++;
    }
    // Holes at the strike ends cut the barren extension of the lode, outside the grid.
    expect(inside).toBeGreaterThanOrEqual(summary.holes - 8);
    const cam = scene.view!.camera!;
    expect(Math.hypot(cam.position[0] - cam.target[0], cam.position[1] - cam.target[1], cam.position[2] - cam.target[2])).toBeGreaterThan(500);
  });

  it('writes industry-style tables with the stated quirks', () => {
    expect(read('collars.csv').split('\n')[0]).toBe('HOLEID,EASTING,NORTHING,RL,DEPTH');
    expect(read('surveys.csv').split('\n')[0]).toBe('HOLEID,AT,AZIMUTH,DIP');
    expect(read('assays.csv').split('\n')[0]).toBe('HOLEID,FROM,TO,Au_ppm,Ag_ppm,Cu_pct');
    const collars = rowsOf('collars.csv');
    expect(collars).toHaveLength(summary.holes);
    expect(summary.holes).toBeGreaterThanOrEqual(60);
    expect(summary.holes).toBeLessThanOrEqual(120);
    for (const c of collars) {
      expect(Number(c[1])).toBeGreaterThan(500_000);
      expect(Number(c[2])).toBeGreaterThan(2_800_000);
      expect(Number(c[3])).toBeGreaterThan(300);
      expect(Number(c[3])).toBeLessThan(600);
    }
    const surveys = rowsOf('surveys.csv');
    for (const s of surveys) {
      expect(Number(s[3])).toBeLessThanOrEqual(-45);
      expect(Number(s[3])).toBeGreaterThanOrEqual(-75);
    }
    const assays = rowsOf('assays.csv');
    expect(assays).toHaveLength(summary.intervals);
    expect(assays.filter((r) => r[3] === '<0.01')).toHaveLength(summary.belowDetection.Au);
    expect(summary.belowDetection.Au).toBeGreaterThan(0);
    expect(assays.filter((r) => r[3] === '')).toHaveLength(summary.lost.length);
    expect(summary.missing).toHaveLength(6);
    const depth = new Map(collars.map((c) => [c[0], Number(c[4])]));
    let prev = ['', '0', '0'];
    let gaps = 0;
    for (const r of assays) {
      const from = Number(r[1]), to = Number(r[2]);
      expect(to).toBeGreaterThan(from);
      expect(to).toBeLessThanOrEqual(depth.get(r[0])!);
      expect([1, 2].includes(Math.round(to - from)) || to === depth.get(r[0])).toBe(true);
      if (r[0] === prev[0] && from !== Number(prev[2])) gaps++;
      prev = r;
    }
    expect(gaps).toBe(6);
  });

  it('draws lognormal grades, high in the lode and low outside, Ag following Au', () => {
    const assays = rowsOf('assays.csv').filter((r) => r[3] !== '' && !r[3].startsWith('<'));
    const near: number[] = [], far: number[] = [];
    const pairs: [number, number][] = [];
    for (const r of assays) {
      const mid = (Number(r[1]) + Number(r[2])) / 2, d = Math.abs(mid - summary.lodeDepth[r[0]]);
      (d < 2 ? near : d > 40 ? far : []).push(Number(r[3]));
      if (r[4] !== '' && !r[4].startsWith('<')) pairs.push([Math.log(Number(r[3])), Math.log(Number(r[4]))]);
    }
    const stats = (a: number[]) => {
      const s = [...a].sort((x, y) => x - y);
      return { mean: s.reduce((t, v) => t + v, 0) / s.length, median: s[s.length >> 1] };
    };
    const lode = stats(near), bg = stats(far);
    // Lode centre samples: lognormal with σ(ln) ≈ 1 → mean/median ≈ e^0.5, plus the shoot's skew.
    expect(lode.mean / lode.median).toBeGreaterThan(1.3);
    expect(lode.mean / lode.median).toBeLessThan(3);
    expect(lode.median).toBeGreaterThan(0.5);
    expect(bg.median).toBeLessThan(0.1);
    expect(lode.median / bg.median).toBeGreaterThan(10);
    // ln Au and ln Ag are strongly correlated (Ag ≈ 1.6·Au^0.85 in the lode).
    const n = pairs.length, mx = pairs.reduce((t, p) => t + p[0], 0) / n, my = pairs.reduce((t, p) => t + p[1], 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (const [x, y] of pairs) { sxy += (x - mx) * (y - my); sxx += (x - mx) ** 2; syy += (y - my) ** 2; }
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.6);
  });
});

describe('prng', () => {
  it('repeats its stream for a seed and gives different streams for different seeds', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a.next()), xb = Array.from({ length: 5 }, () => b.next());
    expect(xa).toEqual(xb);
    expect(c.next()).not.toBe(xa[0]);
  });

  it('draws standard normals (mean 0, variance 1 within sampling error)', () => {
    const r = createRng(1), n = 20_000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) { const v = r.normal(); s += v; s2 += v * v; }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.04);
  });
});

describe('holeTrace', () => {
  it('follows a circular arc: a quarter circle from vertical to horizontal of length πR/2 ends at (R, −R)', () => {
    const R = 100, L = (Math.PI * R) / 2;
    const t = minimumCurvatureTrace([0, 0, 0], [0, L], [90, 90], [-90, 0]);
    const end = t.positionAt(L), mid = t.positionAt(L / 2);
    expect(end[0]).toBeCloseTo(R, 9);
    expect(end[2]).toBeCloseTo(-R, 9);
    // Halfway the arc is at 45°: (R(1 − cos45°), −R sin45°).
    expect(mid[0]).toBeCloseTo(R * (1 - Math.SQRT1_2), 9);
    expect(mid[2]).toBeCloseTo(-R * Math.SQRT1_2, 9);
  });
});
