/**
 * Isosurface part of `npm run bench`: marching cubes over a 100 × 100 × 100 block model
 * (1,000,000 blocks; a smooth field with noise and 2 % missing blocks), several levels.
 * Run alone: `node --import tsx bench/isosurface.ts`.
 */
import { isosurface } from '../src/engine/isosurface/isosurface';
import { edgeCensus } from '../src/engine/isosurface/meshMeasures';
import type { BlockGrid } from '../src/engine/types';

const TARGET_MS = 1000;

/** Times the isosurface of a 1M-block field at three levels; false when the slowest misses the target. */
export async function isosurfaceBench(): Promise<boolean> {
  const n = 100;
  const grid: BlockGrid = { origin: [500_000, 7_000_000, 0], size: [5, 5, 2.5], count: [n, n, n] };
  const values = new Float64Array(n * n * n);
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let k = 0, b = 0; k < n; k++) {
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++, b++) {
        values[b] = rnd() < 0.02 ? NaN : Math.sin(i / 7) * Math.cos(j / 9) + Math.sin(k / 5) + 0.3 * rnd();
      }
    }
  }
  const origin: [number, number, number] = [500_250, 7_000_250, 125];
  let worst = 0;
  for (const level of [0, 0.5, 1]) {
    isosurface(grid, values, level, { origin }); // warm-up
    const times: number[] = [];
    let tris = 0, open = 0;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const m = isosurface(grid, values, level, { origin });
      times.push(performance.now() - t0);
      tris = m.indices.length / 3;
      if (r === 0) open = edgeCensus(m).notTwo;
    }
    times.sort((a, b) => a - b);
    worst = Math.max(worst, times[1]);
    console.log(`  level ${level}: ${times[1].toFixed(0)} ms (median of 3) for ${(n ** 3).toLocaleString('en-US')} blocks → ${tris.toLocaleString('en-US')} triangles, ${open} open edges`);
  }
  const ok = worst < TARGET_MS;
  console.log(`  slowest median ${worst.toFixed(0)} ms — target < ${TARGET_MS} ms: ${ok ? 'ok' : 'MISSED'}`);
  return ok;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) process.exitCode = (await isosurfaceBench()) ? 0 : 1;
