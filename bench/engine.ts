/**
 * Engine benchmark: 20,000 composites, 200,000 blocks, 32 neighbours (bench/kriging.ts),
 * estimated through the real worker pool with 1 and 2 threads, against R gstat on the same case
 * in the same run when R is installed; peak memory of the process (workers included).
 */
import { execFile } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { estimateBlocks } from '../src/engine/kriging';
import { blockCentroid } from '../src/engine/grid/blockGrid';
import type { EstimateResult } from '../src/engine/kriging';
import type { Vec3 } from '../src/engine/types';
import { createNodePool } from '../workers/nodePool';
import { newJobId } from '../workers/pool';
import { krigingBenchCase } from './kriging';
import { PeakMemory } from './memory';
import { gstatAvailable, runGstat } from './gstat';
import { benchCaseScene } from './cliScenes';
import { runLode, type CliRun } from './cliRun';

/** gstat kriges every GSTAT_STRIDE-th block (it is slow), and its rate is extrapolated to the whole grid. */
const GSTAT_STRIDE = 20;
/** Targets: blocks/s of 2 threads against gstat, and peak memory. */
const TARGET_RATIO = 2, TARGET_MEMORY = 1 << 30;
/** Target of the whole `lode estimate --threads 2` process against gstat's krige() on the whole grid (issue 12). */
const TARGET_WHOLE_RATIO = 5;

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;

interface Timed { seconds: number; cpu: number; startup: number; result: EstimateResult }

/** CPU seconds (user + system) of the whole process, all threads. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function timePool(threads: number, c: ReturnType<typeof krigingBenchCase>): Promise<Timed> {
  const pool = createNodePool(threads);
  try {
    // Start the workers and warm them up (tsx load, JIT) on a separate job, outside the timing.
    const t0 = performance.now();
    await pool.estimateBlocks({ ...c.request, id: newJobId('warm') }, { start: 0, end: 500 * threads, chunkSize: 500 });
    const startup = (performance.now() - t0) / 1000;
    const t1 = performance.now(), c1 = cpuSeconds();
    const result = await pool.estimateBlocks({ ...c.request, id: newJobId('bench') });
    return { seconds: (performance.now() - t1) / 1000, cpu: cpuSeconds() - c1, startup, result };
  } finally {
    pool.terminate();
  }
}

/** Elapsed seconds of `node -e 0`: the floor under any command's start-up on this machine now. */
function nodeAlone(): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve) => execFile(process.execPath, ['-e', '0'], () => resolve((performance.now() - t0) / 1000)));
}

/** Runs the engine part and prints its figures; returns false when a target is missed. */
export async function engineBench(): Promise<boolean> {
  const mem = new PeakMemory();
  const c = krigingBenchCase();
  const blocks = c.blocks, nData = c.request.data.x.length;
  console.log(`engine: ${n0(nData)} composites, ${n0(blocks)} blocks, ${c.request.search.maxSamples} neighbours, ordinary kriging, ${c.request.discretization.join('×')} discretization; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} (other processes on the machine slow every figure alike)`);
  const t0 = performance.now(), c0 = cpuSeconds();
  const direct = estimateBlocks(c.request);
  const ds = (performance.now() - t0) / 1000;
  console.log(`  main thread, no pool: ${n0(blocks / ds)} blocks/s (${ds.toFixed(2)} s, ${n0(blocks / (cpuSeconds() - c0))} blocks per CPU second)`);
  const runs: Record<number, Timed> = {};
  for (const threads of [1, 2]) {
    runs[threads] = await timePool(threads, c);
    const r = runs[threads];
    console.log(`  ${threads} thread${threads > 1 ? 's' : ' '}: ${n0(blocks / r.seconds)} blocks/s (${r.seconds.toFixed(2)} s, ${n0(blocks / r.cpu)} blocks per CPU second; workers started in ${r.startup.toFixed(2)} s, not counted; ${n0(r.result.unestimated)} blocks unestimated)`);
  }
  const same = [1, 2].every((t) => runs[t].result.estimate.every((v, i) => Object.is(v, direct.estimate[i])));
  console.log(`  2 threads vs 1: speed-up ${(runs[1].seconds / runs[2].seconds).toFixed(2)}×; pool results ${same ? 'identical to the main thread\'s' : 'DIFFERENT from the main thread\'s'}`);
  let ok = same;
  // The whole command: start-up, import of the samples CSV, planning, kriging, CSV output to a file.
  const scene = benchCaseScene(c);
  const whole: Record<number, CliRun> = {};
  for (const threads of [1, 2]) {
    whole[threads] = await runLode(['estimate', scene, '--threads', String(threads), '--quiet', '--out', scene.replace(/scene\.json$/, `blocks-${threads}.csv`)]);
    const kriging = /in ([\d.]+) s on/.exec(whole[threads].stderr)?.[1];
    console.log(`  lode estimate --threads ${threads} (whole process, CSV written): ${whole[threads].seconds.toFixed(2)} s, of which kriging ${kriging} s; peak RSS ${mb(whole[threads].peakBytes)}`);
  }
  const help = await runLode(['--help']);
  console.log(`  lode --help: ${help.seconds.toFixed(2)} s (whole process; node -e 0 alone: ${(await nodeAlone()).toFixed(2)} s)`);
  if (await gstatAvailable()) {
    const idx: number[] = [];
    for (let b = 0; b < blocks; b += GSTAT_STRIDE) idx.push(b);
    const x = new Float64Array(idx.length), y = new Float64Array(idx.length), z = new Float64Array(idx.length);
    const p: Vec3 = [0, 0, 0];
    idx.forEach((b, k) => { blockCentroid(c.request.grid, b, p); [x[k], y[k], z[k]] = p; });
    const csv = c.samplesCsv();
    const g = await runGstat(c.gstatConfig, csv, x, y, z);
    const rate = idx.length / g.seconds;
    // gstat's krige() runs on one thread: its elapsed time is its CPU time (an upper bound on a loaded machine).
    console.log(`  gstat  : ${n0(rate)} blocks/s (kriged every ${GSTAT_STRIDE}th block, ${n0(idx.length)} blocks, in ${g.seconds.toFixed(2)} s of krige(), one thread; extrapolated to ${n0(blocks)} blocks: ${(blocks / rate).toFixed(1)} s)`);
    let compared = 0, agree = 0;
    idx.forEach((b, k) => {
      const e = direct.estimate[b];
      if (!Number.isFinite(g.estimate[k]) && !Number.isFinite(e)) { agree++; compared++; return; }
      compared++;
      if (Math.abs(e - g.estimate[k]) <= 1e-6 * Math.max(1, Math.abs(g.estimate[k]))) agree++;
    });
    console.log(`  same case: Lode and gstat agree to 1e-6 at ${n0(agree)} of ${n0(compared)} blocks (${((100 * agree) / compared).toFixed(2)}%) ${agree === compared ? 'PASS' : 'FAIL'}`);
    ok &&= agree === compared;
    const ratio = (blocks / runs[2].seconds) / rate;
    const pass = ratio >= TARGET_RATIO;
    ok &&= pass;
    console.log(`  ratio  : kernel, 2 threads / gstat = ${ratio.toFixed(1)}× in elapsed time (target ≥ ${TARGET_RATIO}×) ${pass ? 'PASS' : 'FAIL'}; 1 thread / gstat = ${((blocks / runs[1].seconds) / rate).toFixed(1)}×; per CPU second Lode (1 thread) / gstat = ${((blocks / runs[1].cpu) / rate).toFixed(2)}×`);
    const gstatWhole = blocks / rate;
    const w1 = gstatWhole / whole[1].seconds, w2 = gstatWhole / whole[2].seconds;
    console.log(`  ratio  : whole process, gstat's krige() on all ${n0(blocks)} blocks (${gstatWhole.toFixed(1)} s, R's start-up and I/O not counted) / lode estimate = ${w1.toFixed(1)}× on 1 thread, ${w2.toFixed(1)}× on 2 (target ≥ ${TARGET_WHOLE_RATIO}× on 2) ${w2 >= TARGET_WHOLE_RATIO ? 'PASS' : 'FAIL'}; load average now ${loadavg()[0].toFixed(1)}`);
    ok &&= w2 >= TARGET_WHOLE_RATIO;
  } else {
    console.log('  gstat  : Rscript with the gstat package not found: no comparison (apt-get install r-base-core r-cran-gstat r-cran-jsonlite)');
  }
  const peak = mem.stop();
  const memOk = peak < TARGET_MEMORY;
  ok &&= memOk;
  console.log(`  memory : peak RSS ${mb(peak)} (main thread and worker threads; target < ${mb(TARGET_MEMORY)}) ${memOk ? 'PASS' : 'FAIL'}`);
  return ok;
}
