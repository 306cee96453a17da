import * as Comlink from 'comlink';
import type { BlockJob } from '../src/engine/api';
import type { EstimateResult, PointRequest } from '../src/engine/kriging/estimateBlocks';
import { summarize as summarizeCrossValidation, type CrossValidationRequest, type CrossValidationResult } from '../src/engine/kriging/crossValidate';
import { blockCount } from '../src/engine/grid/blockGrid';
import type { WorkerApi } from './exposeEngine';
import { allocateResult, copyChunk } from './results';

/** One engine worker as the pool sees it; made by a factory (browser Worker or Node worker thread). */
export interface PoolWorker {
  api: Comlink.Remote<WorkerApi>;
  /** Rejects when the worker fails (error, unexpected exit); never resolves. */
  failed: Promise<never>;
  terminate(): void;
}

export type WorkerFactory = () => PoolWorker;

/** Options of a chunked run. */
export interface RunOptions<C = EstimateResult> {
  /** Targets done so far and the total (called on the main thread, a few times a second at most per worker). */
  onProgress?: (done: number, total: number) => void;
  /** Each finished chunk as it arrives (blocks [chunk.start, chunk.start + length)), for streaming display. */
  onChunk?: (chunk: C) => void;
  /** Aborting rejects the run with an AbortError and terminates the workers it was using. */
  signal?: AbortSignal;
  /** Targets per chunk; default total / (32 · workers), within [256, 4096]. */
  chunkSize?: number;
}

interface Slot { worker: PoolWorker; id: number }

/** How many times one chunk is tried on a fresh worker when the worker running it dies. */
export const MAX_CHUNK_ATTEMPTS = 3;

/** A worker stopped (error event, crash, exit) while running a call; its work can be re-run elsewhere. */
class WorkerDied extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'WorkerDied';
  }
}

let jobCounter = 0;

/** A fresh job id (unique within this page/process). */
export function newJobId(prefix = 'job'): string {
  return `${prefix}-${Date.now().toString(36)}-${(++jobCounter).toString(36)}`;
}

function abortError(): Error {
  return typeof DOMException === 'function' ? new DOMException('The estimate was cancelled', 'AbortError') : Object.assign(new Error('The estimate was cancelled'), { name: 'AbortError' });
}

/** Default chunk size for a total split among some workers. */
export function defaultChunkSize(total: number, workers: number): number {
  return Math.max(256, Math.min(4096, Math.ceil(total / (32 * Math.max(1, workers)))));
}

/**
 * A pool of engine workers (one per core): splits a block range into chunks that idle
 * workers pull in turn, streams progress and finished chunks, supports cancel, and
 * assembles the full result in order. Workers are created lazily and reused; a worker
 * that was cancelled or failed is terminated and replaced on the next run.
 */
export class WorkerPool {
  private readonly idle: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private readonly slots = new Set<Slot>();
  private created = 0;
  private live = 0;
  private closed = false;

  constructor(private readonly factory: WorkerFactory, readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`worker pool: size must be an integer >= 1, got ${size}`);
  }

  /** Takes up to n workers: waits for the first, then takes whatever else is free now. */
  private async acquire(n: number, signal?: AbortSignal): Promise<Slot[]> {
    const got: Slot[] = [];
    const takeFree = () => {
      while (got.length < n && this.idle.length) got.push(this.idle.pop() as Slot);
      while (got.length < n && this.live < this.size) got.push(this.spawn());
    };
    if (this.closed) throw new Error('worker pool: terminated');
    takeFree();
    if (got.length === 0) {
      got.push(await new Promise<Slot>((resolve, reject) => {
        const w = (s: Slot) => { signal?.removeEventListener('abort', onAbort); resolve(s); };
        const onAbort = () => { this.waiting.splice(this.waiting.indexOf(w), 1); reject(abortError()); };
        if (signal?.aborted) { reject(abortError()); return; }
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(w);
      }));
      takeFree();
    }
    return got;
  }

  private spawn(): Slot {
    const s = { worker: this.factory(), id: ++this.created };
    this.live++;
    this.slots.add(s);
    return s;
  }

  private release(s: Slot): void {
    if (this.closed) return;
    const w = this.waiting.shift();
    if (w) w(s);
    else this.idle.push(s);
  }

  /** Terminates a worker that died and starts another in its place (same slot count, no waiter served). */
  private replace(s: Slot): Slot {
    s.worker.terminate();
    this.slots.delete(s);
    this.live--;
    return this.spawn();
  }

  private discard(s: Slot): void {
    s.worker.terminate();
    if (!this.slots.delete(s)) return;
    this.live--;
    // A waiter gets a fresh worker in place of the discarded one.
    const w = this.waiting.shift();
    if (w && !this.closed) w(this.spawn());
  }

  /**
   * Runs total targets in chunks on up to `size` workers. setup runs once per worker before
   * its first chunk, run computes one chunk, teardown runs on each worker that finished normally.
   */
  private async runChunks<C>(total: number, opts: RunOptions<C>,
    task: {
      setup?: (api: Comlink.Remote<WorkerApi>) => Promise<unknown>;
      run: (api: Comlink.Remote<WorkerApi>, start: number, end: number, progress?: (d: number) => void) => Promise<C>;
      /** Takes a finished chunk [start, end) into the result (main thread). */
      collect: (chunk: C, start: number, end: number) => void;
      teardown?: (api: Comlink.Remote<WorkerApi>) => Promise<unknown>;
    }, offset = 0): Promise<void> {
    const { signal } = opts;
    if (signal?.aborted) throw abortError();
    const chunk = opts.chunkSize ?? defaultChunkSize(total, this.size);
    if (!(chunk >= 1)) throw new Error(`worker pool: chunkSize must be >= 1, got ${chunk}`);
    const nChunks = Math.ceil(total / chunk);
    if (nChunks === 0) return;
    const slots = await this.acquire(Math.min(this.size, nChunks), signal);
    if (signal?.aborted) {
      slots.forEach((sl) => this.release(sl));
      throw abortError();
    }
    let next = 0, doneTargets = 0, stopped = false;
    // In-chunk progress of running chunks; a late progress message of a finished chunk is ignored.
    const partial = new Map<number, number>();
    const finished = new Set<number>();
    const report = () => {
      if (!opts.onProgress || stopped) return;
      let d = doneTargets;
      for (const v of partial.values()) d += v;
      opts.onProgress(d, total);
    };
    let failure: unknown = null;
    const stop = (e: unknown) => { if (!stopped) { stopped = true; failure = e; } };
    const onAbort = () => stop(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const aborted = new Promise<never>((_, reject) => {
      if (!signal) return;
      signal.addEventListener('abort', () => reject(abortError()), { once: true });
    });
    aborted.catch(() => undefined);

    // A chunk whose worker died goes back to the queue; a worker that died is replaced and the
    // chunk re-run, at most MAX_CHUNK_ATTEMPTS times. A worker that failed otherwise, or was busy
    // when the run was cancelled, is terminated, not reused.
    const retry: number[] = [];
    const attempts = new Map<number, number>();
    let setupDeaths = 0;
    const take = (): number | undefined => (retry.length ? retry.shift() : next < nChunks ? next++ : undefined);
    const loop = async (first: Slot): Promise<void> => {
      let slot = first;
      for (;;) {
        let c: number | undefined;
        try {
          const api = slot.worker.api;
          const failed = slot.worker.failed.catch((e: unknown) => { throw new WorkerDied(e); });
          const guard = <T>(p: Promise<T>) => Promise.race([p, failed, aborted]);
          if (task.setup) await guard(task.setup(api));
          while (!stopped && (c = take()) !== undefined) {
            const k = c;
            const start = k * chunk, end = Math.min(total, start + chunk);
            const progress = opts.onProgress ? (d: number) => { if (!finished.has(k) && partial.has(k)) { partial.set(k, d); report(); } } : undefined;
            partial.set(k, 0);
            const r = await guard(task.run(api, offset + start, offset + end, progress));
            c = undefined;
            if (stopped) break;
            partial.delete(k);
            finished.add(k);
            doneTargets += end - start;
            task.collect(r, offset + start, offset + end);
            opts.onChunk?.(r);
            report();
          }
          if (task.teardown) await guard(task.teardown(api));
          this.release(slot);
          return;
        } catch (e) {
          if (!(e instanceof WorkerDied) || stopped || this.closed) { this.discard(slot); throw e instanceof WorkerDied ? e.cause : e; }
          // The worker died (crash, killed, out of memory): a new one takes its place and its chunk.
          if (c === undefined && ++setupDeaths >= MAX_CHUNK_ATTEMPTS) {
            // It died preparing (or releasing) the job, e.g. out of memory building the index: fresh workers would too.
            this.discard(slot);
            throw new Error(`engine workers stopped ${setupDeaths} times while preparing the job, outside any chunk of targets (${e.message}); the run was stopped`);
          }
          if (c !== undefined) {
            partial.delete(c);
            const n = (attempts.get(c) ?? 0) + 1;
            attempts.set(c, n);
            if (n >= MAX_CHUNK_ATTEMPTS) {
              this.discard(slot);
              const s0 = offset + c * chunk, s1 = offset + Math.min(total, (c + 1) * chunk);
              throw new Error(`engine workers stopped ${n} times while computing targets ${s0}–${s1 - 1} (${e.message}); the run was stopped`);
            }
            retry.push(c);
          }
          slot = this.replace(slot);
        }
      }
    };

    await Promise.allSettled(slots.map((s) => loop(s).catch(stop)));
    signal?.removeEventListener('abort', onAbort);
    if (stopped) throw failure;
  }

  /**
   * Estimates blocks [start, end) of a job's grid (default: all) on the pool; the result is in GSLIB
   * order, written into `opts.into` when given (it must cover the range: no second full-grid
   * allocation on a browser's main thread), else into a new result. With `keep`, the workers keep the
   * job prepared for further ranges (releaseJob(id) when done).
   */
  async estimateBlocks(job: BlockJob, opts: RunOptions & { start?: number; end?: number; into?: EstimateResult; keep?: boolean } = {}): Promise<EstimateResult> {
    const start = opts.start ?? 0, end = opts.end ?? blockCount(job.grid);
    const { into } = opts;
    if (into && (start < into.start || end > into.start + into.estimate.length)) {
      throw new Error(`estimateBlocks: the result given covers [${into.start}, ${into.start + into.estimate.length}), not [${start}, ${end})`);
    }
    const result = into ?? allocateResult(start, end - start);
    await this.runChunks(end - start, opts, {
      // A job kept from an earlier range is not sent again (its samples, and its masks of the whole grid).
      setup: async (api) => { if (!opts.keep || !(await api.isPrepared(job.id))) await api.prepareBlocks(job); },
      run: (api, s, e, progress) => api.estimateBlockRange(job.id, s, e, progress && Comlink.proxy((d: number) => progress(d))),
      collect: (r) => copyChunk(result, r),
      teardown: opts.keep ? undefined : (api) => api.release(job.id),
    }, start);
    return result;
  }

  /** Drops a job that estimateBlocks calls with `keep` left prepared in the workers. */
  releaseJob(id: string): void {
    for (const s of this.slots) void s.worker.api.release(id).catch(() => undefined);
  }

  /** Point estimates at all targets of a request, in chunks on the pool (the request travels with each chunk). */
  async estimatePoints(req: Omit<PointRequest, 'start' | 'end'>, opts: RunOptions = {}): Promise<EstimateResult> {
    const result = allocateResult(0, req.x.length);
    await this.runChunks(req.x.length, opts, {
      run: (api, s, e, progress) => api.estimatePoints({ ...req, start: s, end: e }, progress && Comlink.proxy((d: number) => progress(d))),
      collect: (r) => copyChunk(result, r),
    });
    return result;
  }

  /**
   * Cross-validation of the samples in req.indices (default all), in chunks on the pool;
   * rows in the order of the indices, summary over all of them.
   */
  async crossValidate(req: CrossValidationRequest, opts: RunOptions<CrossValidationResult> = {}): Promise<CrossValidationResult> {
    const indices = req.indices ?? Int32Array.from({ length: req.data.x.length }, (_, i) => i);
    const m = indices.length;
    const out = {
      index: indices, value: new Float64Array(m), estimate: new Float64Array(m).fill(NaN), variance: new Float64Array(m).fill(NaN),
      error: new Float64Array(m).fill(NaN), nSamples: new Int32Array(m),
    };
    await this.runChunks(m, { chunkSize: Math.max(64, Math.ceil(m / (8 * this.size))), ...opts }, {
      run: (api, s, e, progress) => api.crossValidate({ ...req, indices: indices.slice(s, e) }, progress && Comlink.proxy((d: number) => progress(d))),
      collect: (r, s) => {
        out.value.set(r.value, s); out.estimate.set(r.estimate, s); out.variance.set(r.variance, s);
        out.error.set(r.error, s); out.nSamples.set(r.nSamples, s);
      },
    });
    return { ...out, summary: summarizeCrossValidation(out.value, out.estimate, out.variance) };
  }

  /** Runs one call on a free worker (variograms, isosurface, …). */
  async call<T>(fn: (api: Comlink.Remote<WorkerApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const [slot] = await this.acquire(1, signal);
    if (signal?.aborted) {
      this.release(slot);
      throw abortError();
    }
    let healthy = true;
    const sick = (e: unknown): never => { healthy = false; throw e; };
    const aborted = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(abortError());
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
    });
    try {
      return await Promise.race([fn(slot.worker.api), slot.worker.failed.catch(sick), aborted.catch(sick)]);
    } finally {
      if (healthy) this.release(slot); else this.discard(slot);
    }
  }

  /** Starts every worker now (they load their code while the caller reads its data) instead of at the first run. */
  prestart(): void {
    while (!this.closed && this.live < this.size) this.idle.push(this.spawn());
  }

  /** Terminates every worker; the pool cannot be used afterwards. */
  terminate(): void {
    this.closed = true;
    for (const s of this.slots) s.worker.terminate();
    this.slots.clear();
    this.idle.length = 0;
    this.live = 0;
  }

  /** Workers alive now that are running work (not idle); 0 once every run has ended or been cancelled. */
  get busy(): number {
    return this.live - this.idle.length;
  }

  /** Workers alive now (created lazily, up to size). */
  get workers(): number {
    return this.live;
  }
}
