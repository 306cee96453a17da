/**
 * Where a block's time goes, on the engine bench's case (main thread, one pass over every block
 * for each stage): neighbour search; covariances (right side and left-side matrix); Cholesky
 * factorization; solve (forward/backward substitution, estimate, variance, slope); output (the CSV
 * rows `lode estimate` writes). Each stage is timed as the difference between runs that stop after
 * it and runs that stop before it, so the figures add up to a full estimate.
 */
import { Estimator } from '../src/engine/kriging';
import { blockCount } from '../src/engine/grid/blockGrid';
import { cholesky } from '../src/engine/kriging/solve';
import { estimateBlocks } from '../src/engine/kriging';
import { estimateRows } from '../src/cli/estimateRows';
import { krigingBenchCase } from './kriging';

/** The private steps of KrigingSystem.solve, reached for timing only. */
interface SystemSteps {
  kernel: { load(n: number, dx: Float64Array, dy: Float64Array, dz: Float64Array): void };
  rightSide(n: number): void;
  /** Left side (from the pair cache); true when a still holds its factor. */
  leftSide(n: number): boolean;
  /** Size of the factor a holds (−1: none); set here as solve() would, so the covariance stage skips what solve() skips. */
  factorN: number;
  a: Float64Array;
}

/** Microseconds per block of each stage; prints them. */
export async function profileBench(): Promise<boolean> {
  const c = krigingBenchCase();
  const g = c.request.grid, n = blockCount(g);
  const e = new Estimator({ ...c.request, blockSize: g.size });
  const nx = g.count[0], nxy = nx * g.count[1];
  const sys = e.sys as unknown as SystemSteps;
  const run = (stage: number): number => {
    const t0 = performance.now();
    for (let b = 0; b < n; b++) {
      const k = Math.floor(b / nxy), r = b - k * nxy, j = Math.floor(r / nx), i = r - j * nx;
      const x = g.origin[0] + i * g.size[0], y = g.origin[1] + j * g.size[1], z = g.origin[2] + k * g.size[2];
      if (stage === 4) { e.estimateAt(x, y, z); continue; }
      const m = e.nb.select(x, y, z, 0, -1, -1);
      if (stage === 1 || m < c.request.search.minSamples) continue;
      for (let s = 0; s < m; s++) {
        const p = e.nb.sel[s];
        e.sys.dx[s] = e.nb.tree.ox[p] - x; e.sys.dy[s] = e.nb.tree.oy[p] - y; e.sys.dz[s] = e.nb.tree.oz[p] - z;
        e.sys.id[s] = p;
      }
      sys.kernel.load(m, e.sys.dx, e.sys.dy, e.sys.dz);
      sys.rightSide(m);
      const kept = sys.leftSide(m);
      if (stage === 3 && !kept) cholesky(sys.a, m);
      sys.factorN = m;
    }
    return (performance.now() - t0) / 1000;
  };
  run(4); // warm-up (JIT)
  const t = [0, run(1), run(2), run(3), run(4)];
  const result = estimateBlocks(c.request);
  const t0 = performance.now();
  for (let s = 0; s < n; s += 4096) estimateRows(g, s, Math.min(4096, n - s), [result], []);
  const out = (performance.now() - t0) / 1000;
  const us = (s: number) => ((1e6 * s) / n).toFixed(2);
  const rows: [string, number][] = [['search', t[1]], ['covariances', t[2] - t[1]], ['factorization', t[3] - t[2]], ['solve', t[4] - t[3]], ['output (CSV rows)', out]];
  const total = t[4] + out;
  console.log(`profile: ${n.toLocaleString('en-US')} blocks, ${c.request.search.maxSamples} neighbours, main thread; µs per block (share):`);
  for (const [name, s] of rows) console.log(`  ${name.padEnd(18)} ${us(s).padStart(6)} µs (${((100 * s) / total).toFixed(0)}%)`);
  console.log(`  ${'total'.padEnd(18)} ${us(total).padStart(6)} µs`);
  return true;
}
