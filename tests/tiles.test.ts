/**
 * `lode estimate --tile K/N` and `lode merge`: N tile processes, merged, give byte for byte the
 * file of one run (whole Z-levels when N ≤ levels, block ranges when N > levels), each tile
 * kriging from the samples its search can reach only; merge refuses missing and overlapping tiles.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tileRange } from '../src/engine/grid/tiles';
import { samplesWithinReach } from '../src/engine/kriging/reach';
import type { BlockGrid, SearchParams } from '../src/engine/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lode-tiles-'));
const scene = join(dir, 'scene.json');

interface Run { code: number; stdout: string; stderr: string }
function lode(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** 300 seeded points over 300 × 200 × 60 m; AU and CU follow smooth trends plus noise. */
function writeCase(): void {
  let a = 11;
  const rand = () => { a = (a * 16807) % 2147483647; return a / 2147483647; };
  const lines = ['X,Y,Z,AU,CU'];
  for (let i = 0; i < 300; i++) {
    const x = 300 * rand(), y = 200 * rand(), z = 60 * rand();
    lines.push(`${x.toFixed(2)},${y.toFixed(2)},${z.toFixed(2)},${(2 + Math.sin(x / 40) + rand()).toFixed(3)},${(0.5 + 0.3 * Math.cos(y / 30) + 0.2 * rand()).toFixed(3)}`);
  }
  writeFileSync(join(dir, 'points.csv'), `${lines.join('\n')}\n`);
  writeFileSync(scene, JSON.stringify({
    lode: 1, name: 'tiles', data: { samples: { path: 'points.csv' } }, gradeUnits: { AU: 'g/t', CU: '%' },
    estimate: {
      elements: ['AU', 'CU'],
      variograms: {
        AU: { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [80, 50, 20], angles: [30, 0, 0] }] },
        CU: { nugget: 0.05, structures: [{ type: 'exponential', sill: 0.5, ranges: [60, 60, 30] }] },
      },
      search: { ranges: [45, 30, 12], angles: [30, -10, 0], minSamples: 3, maxSamples: 10, maxPerOctant: 3, passes: [{ scale: 1.6, minSamples: 2 }] },
      discretization: [2, 2, 1],
      grid: { origin: [5, 5, 7.5], size: [10, 10, 15], count: [30, 20, 4] },
    },
    resources: {
      density: 2.7, prices: { AU: { value: 2000, unit: 'USD/oz' }, CU: { value: 9000, unit: 'USD/t' } },
      costs: { mining: 3, processing: 20 }, equivalent: { name: 'AUEQ', base: 'AU' },
      classification: { element: 'AU', rules: [{ class: 'indicated', maxPass: 1, minSamples: 6 }, { class: 'inferred', maxPass: 2 }] },
    },
  }));
}

let whole = '';
beforeAll(async () => {
  writeCase();
  // The estimate CSV one run writes to standard output (an --out file ending .csv is the export form).
  const r = await lode('estimate', scene, '--threads', '0', '-q');
  expect(r.code, r.stderr).toBe(0);
  whole = r.stdout;
  writeFileSync(join(dir, 'one.csv'), whole);
}, 60_000);

const tileRuns = new Map<string, Promise<{ files: string[]; stderr: string[] }>>();

/** Runs the n tile processes (concurrently, as a cluster would), once per n and thread count. */
function runTiles(n: number, threads = '0'): Promise<{ files: string[]; stderr: string[] }> {
  const key = `${n}:${threads}`;
  if (!tileRuns.has(key)) {
    tileRuns.set(key, (async () => {
      const files = Array.from({ length: n }, (_, k) => join(dir, `tile-${k}-of-${n}-t${threads}.csv`));
      const runs = await Promise.all(files.map((f, k) => lode('estimate', scene, '--tile', `${k}/${n}`, '--threads', threads, '--out', f)));
      runs.forEach((r, k) => {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toMatch(new RegExp(`tile ${k}/${n}: `));
      });
      return { files, stderr: runs.map((r) => r.stderr) };
    })());
  }
  return tileRuns.get(key)!;
}

describe('tiles', () => {
  it('tile ranges cover the grid once, whole Z-levels when N ≤ levels', () => {
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [3, 2, 5] };
    expect([0, 1, 2].map((k) => tileRange(g, k, 3))).toEqual([
      { start: 0, end: 6, levels: [0, 1] }, { start: 6, end: 18, levels: [1, 3] }, { start: 18, end: 30, levels: [3, 5] }]);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tileRange(g, k, 7)).map((t) => [t.start, t.end])).toEqual([[0, 4], [4, 8], [8, 12], [12, 17], [17, 21], [21, 25], [25, 30]]);
  });

  it('a tile keeps only the samples its search ellipsoid can reach', () => {
    // Search 10 × 10 × 2 rotated 90°: reach ±10 in x and y, ±2 in z (a second pass doubles it).
    const s: SearchParams = { ranges: [10, 4, 2], angles: [90, 0, 0], minSamples: 1, maxSamples: 4, maxPerHole: 0 };
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [1, 1, 10] };
    const z = Float64Array.from([0, 2.5, 3.9, 4.1, 9, 6.1]);
    const d = { x: new Float64Array(6), y: Float64Array.from([0, 0, 0, 0, 0, 4.1]), z, v: new Float64Array(6), hole: new Int32Array(6).fill(-1) };
    // Blocks at z = 0..2: samples with z ≤ 4 and |y| ≤ 4.
    expect(Array.from(samplesWithinReach(d, s, g, 0, 3))).toEqual([0, 1, 2]);
    expect(Array.from(samplesWithinReach(d, { ...s, passes: [{ scale: 2 }] }, g, 0, 3))).toEqual([0, 1, 2, 3]);
  });

  // The grid has 4 Z-levels: 3 tiles of whole levels (1, 1 and 2), 6 tiles of block ranges.
  it.each([3, 6])('%i tiles merged = one run, byte for byte', async (n) => {
    const { files } = await runTiles(n);
    const out = join(dir, `merged-${n}.csv`);
    const r = await lode('merge', scene, ...files.slice().reverse(), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8') === whole).toBe(true);
  }, 120_000);

  it('tiles read fewer samples than the whole run', async () => {
    const { stderr } = await runTiles(3);
    const m = /AU (\d+) of 300, CU (\d+) of 300/.exec(stderr[0]);
    expect(m, stderr[0]).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(300);
    expect(Number(m![1])).toBeGreaterThan(0);
  }, 60_000);

  it('worker threads give the same tile bytes', async () => {
    const { files: [t0] } = await runTiles(1, '2');
    const r = await lode('merge', scene, t0);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout === whole).toBe(true);
  }, 60_000);

  it('merge refuses missing and overlapping tiles, naming them (exit 2)', async () => {
    const { files } = await runTiles(6);
    const missing = await lode('merge', scene, files[0], files[2], files[4], '--out', join(dir, 'bad.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^lode: merge: missing tiles 1\/6, 3\/6, 5\/6\n/);
    const twice = await lode('merge', scene, ...files, files[1]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/tile 1\/6 \(blocks 400–799, .*tile-1-of-6-t0\.csv\) and tile 1\/6 .* overlap/);
    expect(twice.stdout).toBe('');
    // Tiles of different N that overlap: 0/3 holds level 0 (blocks 0–599), 1/6 blocks 400–799.
    const { files: thirds } = await runTiles(3);
    const mixed = await lode('merge', scene, thirds[0], ...files.slice(1));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/tile 0\/3 .* and tile 1\/6 .* overlap/);
    const notTile = await lode('merge', scene, join(dir, 'one.csv'));
    expect(notTile.code).toBe(2);
    expect(notTile.stderr).toMatch(/one\.csv: not a tile/);
  }, 120_000);
});
