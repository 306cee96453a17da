/**
 * Browser part of `npm run bench`: the app (production build, `vite preview`) in headless
 * Chromium with software WebGL, on a 1,000,000-block model (100 × 100 × 100):
 *  - the main thread's longest task while the model is estimated in the worker pool after a
 *    click on "Estimate", blocks streaming into the view, until the view has settled (a Chromium
 *    trace of the renderer's tasks, and PerformanceObserver 'longtask'; target < 50 ms);
 *  - time to upload the full model to the GPU (instance buffers filled and the frame finished);
 *  - time from a cutoff change (an input event on the "Cutoff" slider) to the updated
 *    resource summary in the DOM (target < 16 ms), and to the next finished frame.
 * Run alone: `node --import tsx bench/browser.ts [--blocks N] [--dev]` (LODE_BENCH_TRACE=file.json
 * keeps the trace of the estimate for the Performance panel; LODE_BENCH_PROFILE=1 adds JavaScript
 * samples to it, which slow the page down).
 */
import { writeFileSync } from 'node:fs';
import { GPU_PROCESS_ARGS, startApp, newPage, waitForEstimate, waitForScene } from '../tests/e2e/harness';
import { pointsScene } from '../tests/e2e/fixtures';
import { copperCreekLoadBench } from './copperCreekLoad';

export interface BrowserBenchResult {
  blocks: number;
  /** Blocks the estimate filled (the rest had too few samples in every pass). */
  estimated: number;
  workers: number;
  /** Wall time of the estimate in the pool (ms). */
  estimateMs: number;
  /**
   * Longest main-thread task from the click on "Estimate" until the view has settled (results in,
   * block order sorted and uploaded, envelope shown, two frames finished), from a Chromium trace (ms).
   */
  longestTaskMs: number;
  /** Main-thread tasks over 50 ms in that time (PerformanceObserver 'longtask'). */
  longTasks: number;
  /** A frame that uploads every instance's attributes (16 bytes a block) and draws no block, to the finished frame, median (ms). */
  uploadMs: number;
  /** The same frame without the upload (both draw no block), median (ms). */
  renderMs: number;
  /** A frame drawing every block, nothing to upload, median (ms). */
  drawMs: number;
  /** New estimates for the whole model to the sorted model drawn, median (ms); main-thread ms in it; frames drawn meanwhile. */
  replaceMs: number;
  replaceMainMs: number;
  replaceFrames: number;
  /** Cutoff change → summary updated in the DOM: median, 95th percentile, max (ms). */
  cutoffSummaryMs: { median: number; p95: number; max: number };
  /** Cutoff change → next frame finished on the GPU: median (ms). */
  cutoffFrameMs: number;
}

const TARGET_SUMMARY_MS = 16;
const TARGET_LONG_TASK_MS = 50;

/** Trace categories with the renderer's tasks (RunTask, as the Performance panel shows them). */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** Label of the TimeStamp event that marks the click on "Estimate" in the trace. */
const CLICK_MARK = 'lode-bench-estimate';

/**
 * Durations (ms, longest first) of the tasks on the page's main thread (CrRendererMain) in a
 * Chromium trace, from the one with the click mark on (earlier ones are not the estimate's), to
 * the one running at the end mark when one is named.
 */
export function mainThreadTasks(trace: Buffer, label: string = CLICK_MARK, endLabel?: string): { longest: number[]; count: number } {
  type Ev = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string; data?: { message?: string } } };
  const json = JSON.parse(trace.toString('utf8')) as { traceEvents: Ev[] } | Ev[];
  const events = Array.isArray(json) ? json : json.traceEvents;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label);
  if (!mark) throw new Error('trace: the click mark is missing');
  // With an end mark, tasks that start after it are left out.
  const end = endLabel ? events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === endLabel)?.ts ?? Infinity : Infinity;
  const durations = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && e.ts + (e.dur ?? 0) >= mark.ts && e.ts <= end)
    .map((e) => (e.dur ?? 0) / 1000);
  if (durations.length === 0) throw new Error('trace: no RunTask events on the renderer main thread');
  return { longest: durations.sort((a, b) => b - a).slice(0, 10), count: durations.length };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Runs the browser benchmark and returns its figures. */
export async function runBrowserBench(opts: { blocks?: number; mode?: 'dev' | 'build'; log?: (s: string) => void } = {}): Promise<BrowserBenchResult> {
  const log = opts.log ?? (() => undefined);
  const side = Math.round(Math.cbrt(opts.blocks ?? 1_000_000));
  const count: [number, number, number] = [side, side, side];
  const scene = pointsScene({ name: 'Bench 1M', count, holes: 120, maxSamples: 12 });
  log(`building and serving the app (${opts.mode ?? 'build'})…`);
  const app = await startApp(opts.mode ?? 'build', GPU_PROCESS_ARGS);
  try {
    const { page, context } = await newPage(app, { width: 1280, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.route((u) => u.pathname === '/bench/1m.lode.json', (r) => r.fulfill({ body: scene, contentType: 'application/json' }));
    log('opening the scene; the estimate starts on open…');
    await page.goto(`${app.url}?scene=/bench/1m.lode.json`);
    await waitForScene(page, 300_000);
    // The scene estimates itself on open; then the user presses "Estimate": time that run and
    // collect the main thread's long tasks meanwhile (the 3D view streams the blocks in).
    await waitForEstimate(page, 600_000);
    await page.waitForFunction(() => !(window as unknown as { __lode: { getState(): { envelopeBusy: boolean } } }).__lode.getState().envelopeBusy, undefined, { timeout: 120_000 });
    await page.getByRole('tab', { name: 'Estimate' }).dispatchEvent('click');
    await page.waitForTimeout(1000);
    await app.browser.startTracing(page, { categories: [...TRACE_CATEGORIES, ...(process.env.LODE_BENCH_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : [])] });
    // The click is marked in the trace (TimeStamp event): tasks before it are not the estimate's.
    const t0 = await page.evaluate((mark) => { console.timeStamp(mark); return performance.now(); }, CLICK_MARK);
    await page.getByRole('button', { name: 'Estimate', exact: true }).dispatchEvent('click');
    await page.waitForFunction(() => (window as unknown as { __lode: { getState(): { status: { running: boolean } } } }).__lode.getState().status.running, undefined, { polling: 10 });
    await waitForEstimate(page, 600_000);
    const tDone = await page.evaluate(() => performance.now());
    // The work an estimate causes on the main thread goes on after the results are in: the block
    // order (sorted in a worker, gathered in slices), its upload, the envelope. Wait for all of it
    // and a few frames (the upload) before closing the window. Not the probe's nextFrame: its
    // readPixels waits on the main thread for SwiftShader to draw, an artefact of measuring.
    await page.waitForFunction(() => {
      const w = window as unknown as { __lode: { getState(): { envelopeBusy: boolean } }; __lodeScene?: { lastFill: { sorted: boolean } } };
      return !w.__lode.getState().envelopeBusy && !!w.__lodeScene?.lastFill.sorted;
    }, undefined, { timeout: 600_000, polling: 50 });
    await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 500));
    });
    const traceJson = await app.browser.stopTracing();
    if (process.env.LODE_BENCH_TRACE) writeFileSync(process.env.LODE_BENCH_TRACE, traceJson);
    const trace = mainThreadTasks(traceJson);
    const { t1, workers, estimated } = await page.evaluate(() => {
      const s = (window as unknown as { __lode: { getState(): { estimates: Record<string, { estimate: Float64Array }> } } }).__lode.getState();
      let estimated = 0;
      for (const v of Object.values(s.estimates)[0].estimate) if (Number.isFinite(v)) estimated++;
      return { t1: performance.now(), workers: navigator.hardwareConcurrency, estimated };
    });
    const est = { t0, t1: tDone, workers, estimated };
    const tasks = await page.evaluate(([a, b]) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
      .filter((t) => t.start + t.duration >= a && t.start <= b), [t0, t1]);
    log(`estimate: ${((tDone - t0) / 1000).toFixed(1)} s on ${workers} workers, ${estimated} blocks estimated, settled after ${((t1 - t0) / 1000).toFixed(1)} s`);
    log(`main-thread tasks from the click to the settled view: ${trace.count} (trace), longest ${trace.longest.slice(0, 5).map((d) => d.toFixed(0)).join(', ')} ms; long-task API: ${tasks.map((t) => t.duration.toFixed(0)).join(' ') || 'none over 50 ms'}`);
    await page.waitForFunction(() => !!(window as unknown as { __lodeScene?: unknown }).__lodeScene, undefined, { timeout: 60_000 });

    // Upload: (1) the model's instance attributes queued for upload again, timed to the finished
    // frame, against a frame without upload; (2) new estimates (a copy, grades scaled by 1 + 1e-5)
    // until the sorted model is drawn: read in slices, sorted in a worker, uploaded, drawn. Frames
    // are not forced meanwhile (each costs seconds with SwiftShader): the app asks for those it needs.
    const uploads = await page.evaluate(async () => {
      type Probe = {
        timeToFrame(a: () => void, until?: () => boolean): Promise<number>; reuploadBlocks(): number; info(): { frames: number };
        lastFill: { ms: number; blocks: number; at: number; sorted: boolean };
      };
      const probe = (window as unknown as { __lodeScene: Probe }).__lodeScene;
      const store = (window as unknown as { __lode: { getState(): Record<string, unknown>; setState(p: Record<string, unknown>): void } }).__lode;
      const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      const render: number[] = [], upload: number[] = [], drawAll: number[] = [];
      let uploaded = 0;
      // With a cutoff above every grade no block is drawn (drawing takes seconds in software and
      // varies by a second), yet three.js uploads the attributes queued: the difference is the upload.
      const st = store.getState() as unknown as { cutoff: number; setCutoff(c: number): void };
      const cutoff = st.cutoff;
      for (let r = 0; r < 3; r++) drawAll.push(await probe.timeToFrame(() => undefined));
      st.setCutoff(1e30);
      // Bytes passed to bufferSubData in the upload frames: the upload did happen.
      const gl = document.querySelector('canvas')!.getContext('webgl2')! as WebGL2RenderingContext & { bufferSubData(...a: unknown[]): void };
      const sub = gl.bufferSubData;
      let bytes = 0;
      gl.bufferSubData = function (this: WebGL2RenderingContext, ...a: unknown[]) {
        const src = a[2] as ArrayBufferView, len = a[4] as number | undefined;
        bytes += len !== undefined ? len * (src as Float32Array).BYTES_PER_ELEMENT : src.byteLength;
        return (sub as (...x: unknown[]) => void).apply(this, a);
      };
      for (let r = 0; r < 5; r++) {
        render.push(await probe.timeToFrame(() => undefined));
        upload.push(await probe.timeToFrame(() => { uploaded = probe.reuploadBlocks(); }));
      }
      gl.bufferSubData = sub;
      st.setCutoff(cutoff);
      await probe.timeToFrame(() => undefined);
      const replaced: { ms: number; fillMs: number; frames: number }[] = [];
      for (let r = 0; r < 2; r++) {
        const s = store.getState() as { estimates: Record<string, Record<string, unknown> & { estimate: Float64Array }>; estimatesVersion: number };
        const copy: Record<string, unknown> = {};
        for (const [el, e] of Object.entries(s.estimates)) {
          copy[el] = Object.fromEntries(Object.entries(e).map(([k, v]) => [k, ArrayBuffer.isView(v) ? (v as Float64Array).slice() : v]));
          // New grades: unchanged ones would need no new order and no upload.
          const g = (copy[el] as { estimate: Float64Array }).estimate;
          for (let i = 0; i < g.length; i++) g[i] *= 1 + 1e-5;
        }
        const n = s.estimates[Object.keys(s.estimates)[0]].estimate.length;
        const f0 = probe.info().frames, t0 = performance.now();
        store.setState({ estimates: copy, estimatesVersion: s.estimatesVersion + 1, estimatesDirty: { start: 0, end: n } });
        while (!(probe.lastFill.at > t0 && probe.lastFill.sorted)) await new Promise((res) => setTimeout(res, 20));
        const ms = await probe.timeToFrame(() => undefined);
        replaced.push({ ms, fillMs: probe.lastFill.ms, frames: probe.info().frames - f0 });
      }
      // New arrays: the summary's curve is prepared again (in a worker), as after any estimate.
      await (store.getState() as unknown as { prepareSummary(): Promise<void> }).prepareSummary();
      return { renderMs: median(render), uploadMs: median(upload), drawMs: median(drawAll), uploaded, uploadedBytes: bytes / 5, replaced };
    });
    log(`upload: frames drawing no block, with a full upload ${uploads.uploadMs.toFixed(0)} ms, without ${uploads.renderMs.toFixed(0)} ms (medians of 5; ${uploads.uploaded} instances, ${(uploads.uploadedBytes / 2 ** 20).toFixed(1)} MB passed to bufferSubData per upload); a frame drawing every block ${uploads.drawMs.toFixed(0)} ms; new estimates to the sorted model drawn: ${uploads.replaced.map((u) => `${u.ms.toFixed(0)} ms (${u.frames} frames, main thread ${u.fillMs.toFixed(0)} ms)`).join(', ')}`);

    // Cutoff: input events on the slider, as a drag makes them; time until the summary text changes.
    const cut = await page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>('#cutoff-slider')!;
      const summary = document.querySelector('[data-testid="resource-summary"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      type Probe = { nextFrame(): Promise<number> };
      const probe = (window as unknown as { __lodeScene: Probe }).__lodeScene;
      const lo = Number(slider.min), hi = Number(slider.max), step = Number(slider.step) || (hi - lo) / 200;
      const summaryMs: number[] = [], frameMs: number[] = [];
      let v = lo;
      for (let i = 0; i < 40; i++) {
        v = lo + (((i * 37) % 100) / 100) * (hi - lo);
        v = Math.round(v / step) * step;
        const before = summary.textContent;
        const changed = new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => { if (summary.textContent !== before) { mo.disconnect(); resolve(performance.now()); } });
          mo.observe(summary, { subtree: true, characterData: true, childList: true });
          setTimeout(() => { mo.disconnect(); resolve(NaN); }, 1000);
        });
        const t0 = performance.now();
        setValue.call(slider, String(v));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await changed;
        const t2 = await probe.nextFrame();
        if (Number.isFinite(t1)) summaryMs.push(t1 - t0);
        frameMs.push(t2 - t0);
      }
      return { summaryMs, frameMs };
    });
    const slowest = cut.summaryMs.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 3);
    log(`cutoff → summary: slowest ${slowest.map((x) => `${x.ms.toFixed(1)} ms (change ${x.i + 1})`).join(', ')} of ${cut.summaryMs.length}`);
    await context.close();
    const result: BrowserBenchResult = {
      blocks: side ** 3,
      estimated: est.estimated,
      workers: est.workers,
      estimateMs: est.t1 - est.t0,
      longestTaskMs: Math.max(trace.longest[0], ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      uploadMs: uploads.uploadMs,
      renderMs: uploads.renderMs,
      drawMs: uploads.drawMs,
      replaceMs: quantile(uploads.replaced.map((u) => u.ms), 0.5),
      replaceMainMs: quantile(uploads.replaced.map((u) => u.fillMs), 0.5),
      replaceFrames: uploads.replaced[uploads.replaced.length - 1].frames,
      cutoffSummaryMs: { median: quantile(cut.summaryMs, 0.5), p95: quantile(cut.summaryMs, 0.95), max: Math.max(...cut.summaryMs) },
      cutoffFrameMs: quantile(cut.frameMs, 0.5),
    };
    if (cut.summaryMs.length < cut.frameMs.length / 2) throw new Error(`cutoff: the summary changed for only ${cut.summaryMs.length} of ${cut.frameMs.length} cutoffs`);
    return result;
  } finally {
    await app.close();
  }
}

/** The bench part: prints the figures, false when a target is missed. */
export async function browserBench(opts: { blocks?: number; mode?: 'dev' | 'build' } = {}): Promise<boolean> {
  const r = await runBrowserBench({ ...opts, log: (s) => console.log(`  ${s}`) });
  const ok = (b: boolean) => (b ? 'ok' : 'MISSED');
  console.log(`  model: ${r.blocks.toLocaleString('en-US')} blocks (${r.estimated.toLocaleString('en-US')} estimated), ${r.workers} workers (headless Chromium, SwiftShader WebGL)`);
  console.log(`  estimate in the worker pool: ${(r.estimateMs / 1000).toFixed(1)} s`);
  console.log(`  main thread longest task during the estimate: ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} tasks > 50 ms) — target < ${TARGET_LONG_TASK_MS} ms: ${ok(r.longestTaskMs < TARGET_LONG_TASK_MS)}`);
  console.log(`  upload to the GPU: ≈ ${Math.max(0, r.uploadMs - r.renderMs).toFixed(0)} ms for ${(r.blocks * 16 / 2 ** 20).toFixed(0)} MB of instance attributes (frames drawing no block: with it ${r.uploadMs.toFixed(0)} ms, without ${r.renderMs.toFixed(0)} ms); a frame drawing the model ${r.drawMs.toFixed(0)} ms (SwiftShader draws on the CPU)`);
  console.log(`  new estimates for every block → sorted model drawn: ${(r.replaceMs / 1000).toFixed(1)} s, of which main thread ${r.replaceMainMs.toFixed(0)} ms; ${r.replaceFrames} software frames drawn meanwhile`);
  console.log(`  cutoff → summary: median ${r.cutoffSummaryMs.median.toFixed(2)} ms, p95 ${r.cutoffSummaryMs.p95.toFixed(2)} ms, max ${r.cutoffSummaryMs.max.toFixed(2)} ms — target < ${TARGET_SUMMARY_MS} ms: ${ok(r.cutoffSummaryMs.max < TARGET_SUMMARY_MS)}`);
  console.log(`  cutoff → finished frame (software rendering): median ${r.cutoffFrameMs.toFixed(0)} ms`);
  const app = await startApp(opts.mode ?? 'build', GPU_PROCESS_ARGS);
  let loadOk: boolean;
  try { loadOk = await copperCreekLoadBench(app); } finally { await app.close(); }
  return r.longestTaskMs < TARGET_LONG_TASK_MS && r.cutoffSummaryMs.max < TARGET_SUMMARY_MS && loadOk;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const ok = await browserBench({ blocks: arg('--blocks') ? Number(arg('--blocks')) : undefined, mode: process.argv.includes('--dev') ? 'dev' : 'build' });
  process.exitCode = ok ? 0 : 1;
}
