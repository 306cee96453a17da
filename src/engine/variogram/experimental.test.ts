import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { experimentalVariogram, experimentalVariograms, type ExperimentalVariogram, type VariogramDirection } from './experimental';
import { datasetPath } from '../../../tests/sharedData';

const DEG = Math.PI / 180;

/** Park–Miller generator: reproducible random data. */
function rng(seed: number) {
  let s = seed;
  return () => { s = (s * 16807) % 2147483647; return (s - 1) / 2147483646; };
}

/** Fold an angle difference (degrees) between two undirected lines into [0, 90]. */
function lineAngle(d: number): number {
  const a = ((d % 180) + 180) % 180;
  return Math.min(a, 180 - a);
}

/**
 * Plain O(n²) reference, written from the GSLIB gamv documentation in terms of angles
 * (not the direction cosines the engine uses): a pair is in the direction when its
 * horizontal bearing is within the azimuth tolerance of the azimuth line, its plunge (with
 * the pair turned to point along the azimuth) is within the dip tolerance of the dip line,
 * and its perpendicular offsets are within the bandwidths.
 */
function bruteForce(x: number[], y: number[], z: number[], v: number[], lag: number, lagCount: number, tol: number, dir?: VariogramDirection) {
  const m = lagCount + 1;
  const n = new Array(m).fill(0), sh = new Array(m).fill(0), sg = new Array(m).fill(0);
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) {
    if ([v[i], v[j], x[i], x[j], y[i], y[j], z[i], z[j]].some((a) => !Number.isFinite(a))) continue;
    let dx = x[j] - x[i], dy = y[j] - y[i], dz = z[j] - z[i];
    const h = Math.hypot(dx, dy, dz);
    if (dir) {
      const hxy = Math.hypot(dx, dy);
      if (hxy > 1e-10) {
        const bearing = Math.atan2(dx, dy) / DEG;
        if (lineAngle(bearing - dir.azimuth) > dir.tolerance) continue;
        if (Math.cos((bearing - dir.azimuth) * DEG) < 0) { dx = -dx; dy = -dy; dz = -dz; }
      }
      if (Math.abs(dx * Math.cos(dir.azimuth * DEG) - dy * Math.sin(dir.azimuth * DEG)) > (dir.bandwidthH ?? Infinity)) continue;
      const plunge = Math.atan2(dz, hxy) / DEG;
      if (lineAngle(plunge - dir.dip) > (dir.dipTolerance ?? dir.tolerance)) continue;
      if (Math.abs(dz * Math.cos(dir.dip * DEG) - hxy * Math.sin(dir.dip * DEG)) > (dir.bandwidthV ?? Infinity)) continue;
    }
    for (let k = 0; k < m; k++) {
      if (Math.abs(h - k * lag) <= tol) { n[k]++; sh[k] += h; sg[k] += (v[i] - v[j]) ** 2; }
    }
  }
  return { pairs: n, lags: n.map((c, k) => (c ? sh[k] / c : NaN)), gamma: n.map((c, k) => (c ? sg[k] / (2 * c) : NaN)) };
}

function expectSame(e: ExperimentalVariogram, ref: { pairs: number[]; lags: number[]; gamma: number[] }) {
  expect(Array.from(e.pairs)).toEqual(ref.pairs);
  ref.pairs.forEach((c, k) => {
    if (c === 0) { expect(e.gamma[k]).toBeNaN(); expect(e.lags[k]).toBeNaN(); return; }
    expect(e.lags[k]).toBeCloseTo(ref.lags[k], 9);
    expect(Math.abs(e.gamma[k] - ref.gamma[k])).toBeLessThan(1e-10 * Math.max(1, ref.gamma[k]));
  });
}

const f64 = (a: number[]) => Float64Array.from(a);

describe('experimentalVariogram: hand values', () => {
  // 1-D transect x = 0..4, values 1, 3, 2, 5, 4.
  const x = f64([0, 1, 2, 3, 4]), zero = new Float64Array(5), v = f64([1, 3, 2, 5, 4]);

  it('gives γ at lags 1, 2, 3 as computed by hand', () => {
    const e = experimentalVariogram(x, zero, zero, v, { lag: 1, lagCount: 3 });
    // Lag 1: diffs 2,1,3,1 → 15/(2·4); lag 2: 1,2,2 → 9/6; lag 3: 4,1 → 17/4.
    expect(Array.from(e.pairs)).toEqual([0, 4, 3, 2]);
    expect(e.gamma[0]).toBeNaN();
    expect(Array.from(e.gamma.subarray(1))).toEqual([1.875, 1.5, 4.25]);
    expect(Array.from(e.lags.subarray(1))).toEqual([1, 2, 3]);
    expect(Array.from(e.centers)).toEqual([0, 1, 2, 3]);
    expect(e.mean).toBe(3);
    expect(e.variance).toBe(2);
    expect(e.kind).toBe('omnidirectional');
  });

  it('lets a pair fall in several classes when the lag tolerance exceeds lag/2 (gamv)', () => {
    const e = experimentalVariogram(x, zero, zero, v, { lag: 1, lagCount: 3, lagTolerance: 1 });
    // Classes [0,1], [0,2], [1,3], [2,4] (class 0 excludes h = 0); lag 4 pair: diff 3.
    expect(Array.from(e.pairs)).toEqual([4, 7, 9, 6]);
    expect(e.gamma[0]).toBeCloseTo(15 / 8, 14);
    expect(e.gamma[1]).toBeCloseTo(24 / 14, 14);
    expect(e.gamma[2]).toBeCloseTo(41 / 18, 14);
    expect(e.gamma[3]).toBeCloseTo(35 / 12, 14);
    expect(e.lags[2]).toBeCloseTo((4 * 1 + 3 * 2 + 2 * 3) / 9, 14);
  });

  it('keeps coincident samples out of the classes and reports them', () => {
    const e = experimentalVariogram(f64([0, 0, 1]), new Float64Array(3), new Float64Array(3), f64([1, 2, 4]), { lag: 1, lagCount: 1 });
    expect(e.coincident).toEqual({ pairs: 1, gamma: 0.5 });
    expect(Array.from(e.pairs)).toEqual([0, 2]);
    expect(e.gamma[1]).toBeCloseTo((9 + 4) / 4, 14);
  });

  it('skips samples with a NaN value or coordinate', () => {
    const xs = f64([0, 1, NaN, 2, 3, 4]), vs = f64([1, 3, 7, 2, NaN, 5]);
    const e = experimentalVariogram(xs, new Float64Array(6), new Float64Array(6), vs, { lag: 1, lagCount: 3 });
    const clean = experimentalVariogram(f64([0, 1, 2, 4]), new Float64Array(4), new Float64Array(4), f64([1, 3, 2, 5]), { lag: 1, lagCount: 3 });
    expect(Array.from(e.pairs)).toEqual(Array.from(clean.pairs));
    expect(Array.from(e.gamma)).toEqual(Array.from(clean.gamma));
    expect(e.count).toBe(4);
  });

  it('rejects bad options with a specific message', () => {
    expect(() => experimentalVariogram(x, zero, zero, v, { lag: 0, lagCount: 3 })).toThrow(/lag must be a positive/);
    expect(() => experimentalVariogram(x, zero, zero, v, { lag: 1, lagCount: 2.5 })).toThrow(/lagCount/);
    expect(() => experimentalVariogram(x, zero, zero, v, { lag: 1, lagCount: 3, direction: { azimuth: 0, dip: 0, tolerance: 0 } })).toThrow(/tolerance must be in/);
    expect(() => experimentalVariogram(x, zero, zero, f64([1, 2]), { lag: 1, lagCount: 3 })).toThrow(/differ in length/);
  });
});

describe('experimentalVariogram: directions (gamv cone and bandwidths)', () => {
  /** Pairs counted in class 1 (lag 10) for a single pair from the origin to p. */
  const single = (p: [number, number, number], dir: VariogramDirection) =>
    experimentalVariogram(f64([0, p[0]]), f64([0, p[1]]), f64([0, p[2]]), f64([0, 1]), { lag: 10, lagCount: 1, lagTolerance: 5, direction: dir }).pairs[1];
  const at = (bearing: number, plunge = 0, len = 10): [number, number, number] =>
    [len * Math.sin(bearing * DEG) * Math.cos(plunge * DEG), len * Math.cos(bearing * DEG) * Math.cos(plunge * DEG), len * Math.sin(plunge * DEG)];

  it('takes pairs just inside the azimuth tolerance, in both senses, and not those just outside', () => {
    const dir = { azimuth: 0, dip: 0, tolerance: 30 };
    expect(single(at(29.99), dir)).toBe(1);
    expect(single(at(-29.99), dir)).toBe(1);
    expect(single(at(180 + 29.99), dir)).toBe(1);
    expect(single(at(150.01), dir)).toBe(1);
    expect(single(at(30.01), dir)).toBe(0);
    expect(single(at(-30.01), dir)).toBe(0);
    expect(single(at(149.99), dir)).toBe(0);
    expect(single(at(90), dir)).toBe(0);
  });

  it('applies the dip tolerance in the vertical plane (dip negative downward)', () => {
    const dir = { azimuth: 90, dip: -45, tolerance: 10, dipTolerance: 10 };
    expect(single(at(90, -54.99), dir)).toBe(1);
    expect(single(at(90, -35.01), dir)).toBe(1);
    expect(single(at(270, 54.99), dir)).toBe(1);
    expect(single(at(90, -55.01), dir)).toBe(0);
    expect(single(at(90, -34.99), dir)).toBe(0);
    expect(single(at(90, 45), dir)).toBe(0);
    expect(single(at(100.01, -45), dir)).toBe(0);
  });

  it('applies horizontal and vertical bandwidths', () => {
    expect(single([1.99, 10, 0], { azimuth: 0, dip: 0, tolerance: 45, bandwidthH: 2 })).toBe(1);
    expect(single([2.01, 10, 0], { azimuth: 0, dip: 0, tolerance: 45, bandwidthH: 2 })).toBe(0);
    expect(single([0, 10, 0.99], { azimuth: 0, dip: 0, tolerance: 45, bandwidthV: 1 })).toBe(1);
    expect(single([0, 10, 1.01], { azimuth: 0, dip: 0, tolerance: 45, bandwidthV: 1 })).toBe(0);
  });

  it('accepts vertical pairs in any azimuth when the dip fits, as gamv does', () => {
    expect(single([0, 0, 10], { azimuth: 90, dip: -90, tolerance: 5 })).toBe(1);
    expect(single([0, 0, 10], { azimuth: 90, dip: 0, tolerance: 5 })).toBe(0);
  });
});

describe('experimentalVariogram against a brute-force O(n²) reference', () => {
  const rand = rng(12345);
  const n = 1000;
  const x: number[] = [], y: number[] = [], z: number[] = [], v: number[] = [];
  for (let i = 0; i < n; i++) {
    x.push(rand() * 400); y.push(rand() * 300); z.push(rand() * 120);
    v.push(Math.sin(x[i] / 60) + Math.cos(y[i] / 45) + z[i] / 100 + rand());
  }
  v[7] = NaN; x[11] = NaN;
  const [X, Y, Z, V] = [x, y, z, v].map(f64);
  const dirs: (VariogramDirection | undefined)[] = [
    undefined,
    { azimuth: 30, dip: 0, tolerance: 22.5 },
    { azimuth: 120, dip: -20, tolerance: 15, dipTolerance: 30, bandwidthH: 25, bandwidthV: 10 },
    { azimuth: 0, dip: -90, tolerance: 90, dipTolerance: 22.5 },
    { azimuth: 300, dip: 35, tolerance: 40, bandwidthH: 15 },
  ];

  it('matches per direction, several directions in one pass', () => {
    const all = experimentalVariograms(X, Y, Z, V, { lag: 15, lagCount: 12, directions: dirs });
    dirs.forEach((d, k) => {
      const ref = bruteForce(x, y, z, v, 15, 12, 7.5, d);
      expect(ref.pairs.reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
      expectSame(all[k], ref);
      expect(all[k].direction).toEqual(d);
    });
  });

  it('matches with overlapping lag classes', () => {
    const e = experimentalVariogram(X, Y, Z, V, { lag: 10, lagCount: 8, lagTolerance: 8, direction: dirs[1] });
    expectSame(e, bruteForce(x, y, z, v, 10, 8, 8, dirs[1]));
  });

  it('matches on flat (2-D) data, where the grid has one layer', () => {
    const flat = new Float64Array(n);
    const e = experimentalVariogram(X, Y, flat, V, { lag: 20, lagCount: 10, direction: dirs[1] });
    expectSame(e, bruteForce(x, y, Array(n).fill(0), v, 20, 10, 10, dirs[1]));
  });
});

describe('experimentalVariogram at scale', () => {
  it('20,000 drillhole-like samples: same pairs and γ as a sorted sweep over all pairs', () => {
    const rand = rng(777);
    const holes = 200, per = 100, n = holes * per;
    const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), v = new Float64Array(n);
    for (let h = 0; h < holes; h++) {
      const hx = rand() * 1000, hy = rand() * 1000;
      for (let k = 0; k < per; k++) {
        const i = h * per + k;
        x[i] = hx + 0.2 * k; y[i] = hy; z[i] = 100 - 2 * k;
        v[i] = Math.sin(hx / 150) + Math.cos(z[i] / 40) + rand();
      }
    }
    const lag = 10, lagCount = 6, tol = 5, maxD = lagCount * lag + tol;
    const e = experimentalVariogram(x, y, z, v, { lag, lagCount });
    // Independent reference: sort by x, sweep while dx ≤ maxD (no grid).
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    const cnt = new Array(lagCount + 1).fill(0), sg = new Array(lagCount + 1).fill(0);
    for (let p = 0; p < n; p++) {
      const i = order[p];
      for (let q = p + 1; q < n && x[order[q]] - x[i] <= maxD; q++) {
        const j = order[q];
        const h = Math.hypot(x[j] - x[i], y[j] - y[i], z[j] - z[i]);
        const k = Math.round(h / lag);
        if (h > 1e-10 && k <= lagCount && Math.abs(h - k * lag) <= tol) { cnt[k]++; sg[k] += (v[i] - v[j]) ** 2; }
      }
    }
    expect(Array.from(e.pairs)).toEqual(cnt);
    for (let k = 0; k <= lagCount; k++) expect(e.gamma[k]).toBeCloseTo(sg[k] / (2 * cnt[k]), 10);
    expect(cnt.reduce((a, b) => a + b, 0)).toBeGreaterThan(500_000);
  });

  it('maxPairs subsamples deterministically and reports the fraction', () => {
    const rand = rng(99);
    const n = 5000;
    const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), v = new Float64Array(n);
    for (let i = 0; i < n; i++) { x[i] = rand() * 100; y[i] = rand() * 100; v[i] = rand(); }
    const full = experimentalVariogram(x, y, z, v, { lag: 5, lagCount: 10 });
    const a = experimentalVariogram(x, y, z, v, { lag: 5, lagCount: 10, maxPairs: 100_000 });
    const b = experimentalVariogram(x, y, z, v, { lag: 5, lagCount: 10, maxPairs: 100_000 });
    const total = (e: ExperimentalVariogram) => e.pairs.reduce((s, c) => s + c, 0);
    expect(full.sampling).toBe(1);
    expect(a.sampling).toBeGreaterThan(0.05);
    expect(a.sampling).toBeLessThan(0.5);
    expect(total(a)).toBeLessThanOrEqual(100_000);
    expect(total(a)).toBeGreaterThan(10_000);
    expect(Array.from(a.gamma)).toEqual(Array.from(b.gamma));
    // Uniform random values: γ ≈ 1/12 at every lag, subsampled or not.
    for (let k = 1; k <= 10; k++) expect(Math.abs(a.gamma[k] - 1 / 12)).toBeLessThan(0.01);
    expect(a.count).toBe(n);
  });
});

describe('experimentalVariogram against R gstat on GSLIB cluster.dat', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const ref = JSON.parse(readFileSync(`${here}fixtures/gstatCluster.json`, 'utf8'));
  // Tiny GEO-EAS reader: title, variable count, names, then rows.
  const lines = readFileSync(datasetPath('gslib_cluster/cluster.dat'), 'utf8').split(/\r?\n/);
  const nvar = Number(lines[1].trim());
  const rows = lines.slice(2 + nvar).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number));
  const x = f64(rows.map((r) => r[0])), y = f64(rows.map((r) => r[1])), v = f64(rows.map((r) => r[2]));
  const z = new Float64Array(rows.length);

  /** gstat leaves out empty classes: match its rows to Lode's classes by distance. */
  function expectGstat(e: ExperimentalVariogram, g: { np: number[]; dist: number[]; gamma: number[] }) {
    const nonEmpty = Array.from(e.pairs).map((c, k) => [c, k]).filter(([c]) => c > 0).map(([, k]) => k);
    expect(nonEmpty.length).toBe(g.np.length);
    g.np.forEach((np, r) => {
      const k = Math.round(g.dist[r] / ref.lag);
      expect(nonEmpty[r]).toBe(k);
      expect(e.pairs[k]).toBe(np);
      expect(e.lags[k]).toBeCloseTo(g.dist[r], 10);
      expect(Math.abs(e.gamma[k] / g.gamma[r] - 1)).toBeLessThan(1e-10);
    });
  }

  it('omnidirectional: same pair counts, mean distances and γ', () => {
    expect(rows.length).toBe(140);
    expectGstat(experimentalVariogram(x, y, z, v, { lag: ref.lag, lagCount: ref.lagCount }), ref.omni);
  });

  it('directional (azimuth 0, 45, 90 ± 22.5°): same as gstat alpha/tol.hor', () => {
    for (const d of ref.directional) {
      const e = experimentalVariogram(x, y, z, v, { lag: ref.lag, lagCount: ref.lagCount, direction: { azimuth: d.azimuth, dip: 0, tolerance: d.tolerance } });
      expectGstat(e, d);
    }
  });
});
