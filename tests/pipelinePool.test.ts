import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from '../workers/nodePool';
import { newJobId, WorkerPool, type PoolWorker } from '../workers/pool';
import { createEngineApi, type BlockJob } from '../src/engine/api';
import { estimateBlocks } from '../src/engine/kriging/estimateBlocks';
import { crossValidate } from '../src/engine/kriging/crossValidate';
import { fitInProcess, localRunner } from '../src/pipeline';
import { poolFitter } from '../workers/poolFitter';
import type { Vec3 } from '../src/engine/types';
import { syntheticSamples } from './syntheticSamples';


const data = syntheticSamples(1500, 7, 40);
const job = (): BlockJob => ({
  id: newJobId('test'),
  data,
  grid: { origin: [2.5, 2.5, 2.5] as Vec3, size: [5, 5, 5] as Vec3, count: [40, 40, 10] as Vec3 },
  model: { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [80, 60, 30], angles: [30, -10, 0] }] },
  search: { ranges: [100, 80, 40], angles: [30, -10, 0], minSamples: 4, maxSamples: 16, maxPerHole: 3 },
  kriging: { type: 'ordinary' },
  discretization: [2, 2, 1] as Vec3,
});

const pool = createNodePool(2);
afterAll(() => pool.terminate());

describe('worker pool (Node worker threads through comlink)', () => {
  const j = job();
  const direct = estimateBlocks(j);

  it('gives exactly the single-threaded result, streaming each chunk once, progress up to the total', async () => {
    const seen = new Uint8Array(16000);
    const progress: number[] = [];
    const r = await pool.estimateBlocks(j, {
      chunkSize: 700,
      onChunk: (c) => { for (let i = 0; i < c.estimate.length; i++) seen[c.start + i]++; },
      onProgress: (d, t) => { expect(t).toBe(16000); progress.push(d); },
    });
    expect(Array.from(seen).every((k) => k === 1)).toBe(true);
    for (const key of ['estimate', 'variance', 'slope', 'nSamples', 'nHoles', 'meanDistance', 'pass'] as const) {
      expect(Array.from(r[key]).map(String)).toEqual(Array.from(direct[key]).map(String));
    }
    expect(r.unestimated).toBe(direct.unestimated);
    expect(Math.max(...progress)).toBe(16000);
    expect(progress.every((d) => d <= 16000)).toBe(true);
    expect(pool.workers).toBe(2);
  });

  it('estimates a sub-range [start, end)', async () => {
    const r = await pool.estimateBlocks(j, { start: 1234, end: 2345 });
    expect(r.start).toBe(1234);
    expect(r.estimate.length).toBe(1111);
    expect(Array.from(r.estimate).map(String)).toEqual(Array.from(direct.estimate.subarray(1234, 2345)).map(String));
  });

  it('cancels: rejects with AbortError, terminates the busy workers, and works again afterwards', async () => {
    const ac = new AbortController();
    let chunks = 0;
    const p = pool.estimateBlocks(job(), { chunkSize: 256, signal: ac.signal, onChunk: () => { if (++chunks === 2) ac.abort(); } });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(chunks).toBeLessThan(16000 / 256);
    const again = await pool.estimateBlocks(j, { start: 0, end: 500 });
    expect(Array.from(again.estimate).map(String)).toEqual(Array.from(direct.estimate.subarray(0, 500)).map(String));
  });

  it('passes an engine error on with its message and stays usable', async () => {
    const bad = { ...job(), search: { ...job().search, ranges: [100, -1, 40] as Vec3 } };
    await expect(pool.estimateBlocks(bad)).rejects.toThrow(/search: ranges must be three positive numbers/);
    const r = await pool.estimateBlocks(j, { start: 10, end: 20 });
    expect(r.estimate[0]).toBe(direct.estimate[10]);
  });

  it('cross-validates in chunks with the same rows and summary as in process', async () => {
    const req = { data, model: j.model, search: j.search, kriging: j.kriging, leaveHoleOut: true };
    const local = crossValidate(req);
    const r = await pool.crossValidate(req, { chunkSize: 100 });
    expect(Array.from(r.estimate).map(String)).toEqual(Array.from(local.estimate).map(String));
    expect(Array.from(r.variance).map(String)).toEqual(Array.from(local.variance).map(String));
    expect(r.summary).toEqual(local.summary);
  });

  it('runs single calls (variograms) on a free worker, typed arrays transferred back', async () => {
    const [e] = await pool.call((api) => api.experimentalVariograms(data.x, data.y, data.z, data.v, { lag: 10, lagCount: 10, directions: [undefined] }));
    const local = createEngineApi().experimentalVariograms(data.x, data.y, data.z, data.v, { lag: 10, lagCount: 10, directions: [undefined] })[0];
    expect(e.gamma).toBeInstanceOf(Float64Array);
    expect(Array.from(e.pairs)).toEqual(Array.from(local.pairs));
  });

  it('fits the automatic variogram on a worker exactly as in process', async () => {
    const small = syntheticSamples(400, 3, 40);
    expect(await poolFitter(pool)(small)).toEqual(await fitInProcess(small));
  });

  it('a run in progress ends with an error when its pool is terminated', async () => {
    const p2 = createNodePool(1);
    const run = p2.estimateBlocks(job(), { chunkSize: 256, onChunk: () => p2.terminate() });
    await expect(run).rejects.toThrow('engine worker was terminated');
  });

  it('the in-process runner gives the same result as the pool', async () => {
    const r = await localRunner().estimateBlocks(j);
    expect(Array.from(r.estimate).map(String)).toEqual(Array.from(direct.estimate).map(String));
  });
});

describe('worker pool scheduling (fake workers)', () => {
  /** A worker whose engine runs on this thread: the pool's logic without threads. */
  function fakeWorker(log: string[], name: string): PoolWorker {
    const engine = createEngineApi();
    const api = {
      prepareBlocks: async (jb: BlockJob) => { log.push(`${name} prepare`); return engine.prepareBlocks(jb); },
      estimateBlockRange: async (id: string, s: number, e: number) => { log.push(`${name} ${s}-${e}`); await new Promise((r) => setTimeout(r, 1)); return engine.estimateBlockRange(id, s, e); },
      release: async (id: string) => { log.push(`${name} release`); engine.release(id); },
      isPrepared: async (id: string) => engine.isPrepared(id),
    };
    return { api: api as unknown as PoolWorker['api'], failed: new Promise<never>(() => undefined), terminate: () => log.push(`${name} terminated`) };
  }

  it('prepares each worker once per job, spreads the chunks and covers the range', async () => {
    const log: string[] = [];
    let n = 0;
    const p = new WorkerPool(() => fakeWorker(log, `w${++n}`), 3);
    const small = { ...job(), grid: { origin: [2.5, 2.5, 2.5] as Vec3, size: [5, 5, 5] as Vec3, count: [10, 10, 1] as Vec3 } };
    await p.estimateBlocks(small, { chunkSize: 10 });
    expect(log.filter((l) => l.endsWith('prepare')).sort()).toEqual(['w1 prepare', 'w2 prepare', 'w3 prepare']);
    const ranges = log.filter((l) => /\d-\d/.test(l)).map((l) => l.split(' ')[1]).sort((a, b) => parseInt(a) - parseInt(b));
    expect(ranges).toEqual(Array.from({ length: 10 }, (_, k) => `${10 * k}-${10 * k + 10}`));
    expect(new Set(log.filter((l) => /\d-\d/.test(l)).map((l) => l.split(' ')[0])).size).toBe(3);
    p.terminate();
    expect(log.filter((l) => l.endsWith('terminated'))).toHaveLength(3);
  });

  it('an abort right after the call cancels before any chunk runs', async () => {
    const log: string[] = [];
    const p = new WorkerPool(() => fakeWorker(log, 'w'), 2);
    await p.estimateBlocks({ ...job(), grid: { origin: [0, 0, 0], size: [1, 1, 1], count: [2, 1, 1] } });
    log.length = 0;
    const ac = new AbortController();
    const run = p.estimateBlocks(job(), { signal: ac.signal });
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.filter((l) => /\d-\d/.test(l))).toEqual([]);
    p.terminate();
  });

  it('with keep, prepares a job once for several ranges (not sent again) until releaseJob; prestart starts every worker', async () => {
    const log: string[] = [];
    let n = 0;
    const p = new WorkerPool(() => fakeWorker(log, `w${++n}`), 2);
    p.prestart();
    expect(p.workers).toBe(2);
    expect(p.busy).toBe(0);
    const small = { ...job(), grid: { origin: [2.5, 2.5, 2.5] as Vec3, size: [5, 5, 5] as Vec3, count: [8, 1, 1] as Vec3 } };
    for (const s of [0, 4]) await p.estimateBlocks(small, { start: s, end: s + 4, chunkSize: 1, keep: true });
    expect(log.filter((l) => l.endsWith('prepare')).sort()).toEqual(['w1 prepare', 'w2 prepare']);
    expect(log.filter((l) => l.endsWith('release'))).toEqual([]);
    p.releaseJob(small.id);
    await new Promise((r) => setTimeout(r, 5));
    expect(log.filter((l) => l.endsWith('release')).sort()).toEqual(['w1 release', 'w2 release']);
    p.terminate();
  });

  it('queues a second run until a worker is free', async () => {
    const log: string[] = [];
    const p = new WorkerPool(() => fakeWorker(log, 'w'), 1);
    const small = { ...job(), grid: { origin: [2.5, 2.5, 2.5] as Vec3, size: [5, 5, 5] as Vec3, count: [4, 1, 1] as Vec3 } };
    const [a, b] = await Promise.all([p.estimateBlocks({ ...small, id: 'a' }, { chunkSize: 2 }), p.estimateBlocks({ ...small, id: 'b' }, { chunkSize: 2 })]);
    expect(Array.from(a.estimate)).toEqual(Array.from(b.estimate));
    expect(log.filter((l) => l !== 'w prepare' && l !== 'w release')).toEqual(['w 0-2', 'w 2-4', 'w 0-2', 'w 2-4']);
    p.terminate();
  });
});
