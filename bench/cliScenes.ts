/**
 * Scenes for whole-process runs of `lode estimate`: the engine bench's case (bench/kriging.ts) as a
 * point-sample scene, and a 10,000,000-block model for the memory figure.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KrigingBenchCase } from './kriging';

/** Writes the case's samples (X,Y,Z,V) and a scene with its model, search, grid and discretization; returns the scene path. */
export function benchCaseScene(c: KrigingBenchCase, dir = mkdtempSync(join(tmpdir(), 'lode-bench-'))): string {
  const d = c.request.data, lines = ['X,Y,Z,V'];
  for (let i = 0; i < d.x.length; i++) lines.push(`${d.x[i]},${d.y[i]},${d.z[i]},${d.v[i]}`);
  writeFileSync(join(dir, 'samples.csv'), `${lines.join('\n')}\n`);
  const r = c.request;
  const scene = join(dir, 'scene.json');
  writeFileSync(scene, JSON.stringify({
    lode: 1, name: 'engine bench case', data: { samples: { path: 'samples.csv' } },
    estimate: { elements: ['V'], variograms: { V: r.model }, search: r.search, discretization: r.discretization, grid: r.grid },
  }));
  return scene;
}

/**
 * A 10,000,000-block model (500 × 400 × 50 blocks of 10 m) with the bench case's samples in its
 * first 1,000 × 1,000 m: about 5 % of the blocks are kriged, the rest are beyond every sample
 * (unestimated, quickly), and all 10,000,000 rows are written.
 */
export function largeModelScene(c: KrigingBenchCase, dir = mkdtempSync(join(tmpdir(), 'lode-bench-large-'))): string {
  const scene = benchCaseScene(c, dir);
  const r = c.request;
  writeFileSync(scene, JSON.stringify({
    lode: 1, name: '10 M blocks', data: { samples: { path: 'samples.csv' } },
    estimate: { elements: ['V'], variograms: { V: r.model }, search: r.search, discretization: [1, 1, 1], grid: { origin: [5, 5, -195], size: [10, 10, 10], count: [500, 400, 50] } },
  }));
  return scene;
}
