/**
 * Robust workers: a worker thread that dies mid-estimate is replaced and its chunk re-run (the
 * result equals a main-thread run); a worker that keeps dying stops the run with a clear error;
 * cancelling leaves no busy worker.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nodeEngineWorker } from '../workers/nodePool';
import { MAX_CHUNK_ATTEMPTS, newJobId, WorkerPool, type PoolWorker } from '../workers/pool';
import type { BlockJob } from '../src/engine/api';
import { localRunner } from '../src/pipeline';
import type { Vec3 } from '../src/engine/types';
import { syntheticSamples } from './syntheticSamples';


const job = (): BlockJob => ({
  id: newJobId('recovery'),
  data: syntheticSamples(800, 11, 30),
  grid: { origin: [2.5, 2.5, 2.5] as Vec3, size: [5, 5, 5] as Vec3, count: [40, 40, 4] as Vec3 },
  model: { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [80, 60, 30], angles: [30, -10, 0] }] },
  search: { ranges: [100, 80, 40], angles: [30, -10, 0], minSamples: 4, maxSamples: 16, maxPerHole: 3 },
  kriging: { type: 'ordinary' },
  discretization: [2, 2, 1] as Vec3,
});

/**
 * Node engine workers whose thread is killed (Worker.terminate from outside the pool, as a crash
 * would end it) right after it is handed the chunk numbered in `killAt` (counting chunk calls over all workers).
 */
function killingFactory(killAt: Set<number>) {
  let calls = 0;
  const made: (PoolWorker & { thread: { terminate(): Promise<number> } })[] = [];
  const factory = (): PoolWorker => {
    const w = nodeEngineWorker();
    made.push(w);
    const api = new Proxy(w.api, {
      get(target, prop, receiver) {
        if (prop !== 'estimateBlockRange') return Reflect.get(target, prop, receiver);
        return (...args: Parameters<typeof w.api.estimateBlockRange>) => {
          const r = target.estimateBlockRange(...args);
          if (killAt.has(++calls)) void w.thread.terminate();
          return r;
        };
      },
    });
    return { api, failed: w.failed, terminate: () => w.terminate() };
  };
  return { factory, made, calls: () => calls };
}

let pool: WorkerPool | null = null;
afterEach(() => { pool?.terminate(); pool = null; });

describe('worker pool: workers that die, and cancel', () => {
  const j = job();
  const main = localRunner().estimateBlocks(j);

  it('replaces a worker killed mid-estimate and re-runs its chunk: the result equals the main-thread run', async () => {
    const k = killingFactory(new Set([3]));
    pool = new WorkerPool(k.factory, 2);
    const seen = new Uint8Array(6400);
    const r = await pool.estimateBlocks(j, { chunkSize: 500, onChunk: (c) => { for (let i = 0; i < c.estimate.length; i++) seen[c.start + i]++; } });
    const m = await main;
    // 13 chunks, one killed and run again: 14 chunk calls on 3 workers (2 + 1 replacement).
    expect(k.calls()).toBe(14);
    expect(k.made.length).toBe(3);
    expect(Array.from(seen).every((n) => n === 1)).toBe(true);
    expect(r.estimate).toEqual(m.estimate);
    expect(r.variance).toEqual(m.variance);
    expect(r.nSamples).toEqual(m.nSamples);
    expect(r.unestimated).toBe(m.unestimated);
    expect(pool.busy).toBe(0);
  }, 120_000);

  it(`stops with a clear error when the same chunk kills its worker ${MAX_CHUNK_ATTEMPTS} times`, async () => {
    // Chunk calls 1 and 2 start chunks 0 and 1; each kill sends the chunk back, so with 1 worker every call is chunk 0.
    const k = killingFactory(new Set([1, 2, 3]));
    pool = new WorkerPool(k.factory, 1);
    await expect(pool.estimateBlocks(j, { chunkSize: 500 })).rejects.toThrow(/engine workers stopped 3 times while computing targets 0–499 .*exited unexpectedly.*the run was stopped/);
    expect(pool.busy).toBe(0);
  }, 120_000);

  it(`stops with a clear error when preparing the job kills its worker ${MAX_CHUNK_ATTEMPTS} times (no endless retry)`, async () => {
    let started = 0, prepares = 0;
    const factory = (): PoolWorker => {
      const w = nodeEngineWorker();
      started++;
      const api = new Proxy(w.api, {
        get(target, prop, receiver) {
          if (prop !== 'prepareBlocks') return Reflect.get(target, prop, receiver);
          return (...args: Parameters<typeof w.api.prepareBlocks>) => {
            prepares++;
            const r = target.prepareBlocks(...args);
            void w.thread.terminate();
            return r;
          };
        },
      });
      return { api, failed: w.failed, terminate: () => w.terminate() };
    };
    pool = new WorkerPool(factory, 2);
    await expect(pool.estimateBlocks(j, { chunkSize: 500 })).rejects.toThrow(/engine workers stopped 3 times while preparing the job, outside any chunk .*exited unexpectedly.*the run was stopped/);
    // Both workers and at most the replacements that died before the limit: never an endless series.
    expect(prepares).toBeGreaterThanOrEqual(MAX_CHUNK_ATTEMPTS);
    expect(started).toBeLessThanOrEqual(2 + MAX_CHUNK_ATTEMPTS);
    expect(pool.busy).toBe(0);
  }, 120_000);

  it('cancel terminates the busy workers: none stays busy, and the pool runs again', async () => {
    pool = new WorkerPool(() => nodeEngineWorker(), 2);
    const controller = new AbortController();
    const run = pool.estimateBlocks(j, { chunkSize: 200, signal: controller.signal, onChunk: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.busy).toBe(0);
    const again = await pool.estimateBlocks(j, { chunkSize: 1000 });
    expect(again.estimate).toEqual((await main).estimate);
    expect(pool.busy).toBe(0);
  }, 120_000);
});
