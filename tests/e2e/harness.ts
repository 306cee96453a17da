/**
 * End-to-end harness: a Vite dev server on a free port and Debian's headless Chromium
 * (playwright-core). WebGL runs on SwiftShader (software), so the 3D view renders without a GPU.
 */
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, preview } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { withCoarserGrid } from '../coarseGrid';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The project's standard headless flags: the tests run with them (software compositing, WebGL read back on the main thread: slower, ~2 min for the e2e file). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Flags of the browser benchmark: WebGL and compositing on SwiftShader in a GPU process, as in a
 * real browser. With --disable-gpu the compositor is software and every WebGL frame is read back on
 * the main thread, blocking it for as long as SwiftShader takes to draw the frame (seconds for 10⁵
 * blocks) — an artefact no real browser has, which would swamp the main-thread long-task figure.
 */
export const GPU_PROCESS_ARGS = [
  '--headless', '--no-sandbox', '--disable-background-networking',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

export interface App {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Listening port of a Node http server. */
function portOf(server: { address(): unknown } | null | undefined): number {
  const addr = server?.address() as { port?: number } | string | null | undefined;
  if (!addr || typeof addr === 'string' || !addr.port) throw new Error('vite: no address');
  return addr.port;
}

const common = { root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'error' as const, clearScreen: false };

/** A production build of the app into outDir. */
export async function buildApp(outDir: string): Promise<void> {
  // LODE_NO_MINIFY: readable function names in bench profiles.
  await build({ ...common, build: { outDir, emptyOutDir: true, sourcemap: false, ...(process.env.LODE_NO_MINIFY ? { minify: false } : {}) } });
}

/**
 * Starts the app on a free port and the browser. mode 'dev': the Vite dev server (fast to start);
 * 'build': a production build served by `vite preview` — the one the e2e project's global setup
 * made (LODE_E2E_BUILD, tests/e2e/buildOnce.ts; the default then), else one built now in a
 * temporary folder (for timings). LODE_CHROMIUM_ARGS (space-separated) replaces the flags; LODE_NO_MINIFY=1 builds without minifying (readable profiles).
 */
export async function startApp(mode: 'dev' | 'build' = process.env.LODE_E2E_BUILD ? 'build' : 'dev', flags: string[] = CHROMIUM_ARGS): Promise<App> {
  let url: string;
  let stop: () => Promise<void>;
  if (mode === 'dev') {
    const server = await createServer({ ...common, server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null } });
    await server.listen();
    url = `http://127.0.0.1:${portOf(server.httpServer)}/`;
    stop = () => server.close();
  } else {
    const shared = process.env.LODE_E2E_BUILD;
    const outDir = shared ?? mkdtempSync(join(tmpdir(), 'lode-build-'));
    if (!shared) await buildApp(outDir);
    const server = await preview({ ...common, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
    url = `http://127.0.0.1:${portOf(server.httpServer)}/`;
    stop = async () => { await server.close(); if (!shared) rmSync(outDir, { recursive: true, force: true }); };
  }
  const args = process.env.LODE_CHROMIUM_ARGS ? process.env.LODE_CHROMIUM_ARGS.split(' ') : flags;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args });
  return {
    url, browser,
    async close() {
      await browser.close().catch(() => undefined);
      await stop();
    },
  };
}

/** A fresh context (own IndexedDB, downloads allowed) and page, with console errors collected. */
export async function newPage(app: App, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1 });
  // tsx/esbuild may wrap named functions in `__name(...)`: give page-side code that helper.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

/** The start-up sample (first of sample-models/index.json): its scene file's URL path. */
export const STARTUP_SAMPLE = '/sample-models/synthetic-gold/scene.json';

/**
 * Serves the start-up sample with its block grid twice as coarse (same data, model and search; an
 * eighth of the blocks), for tests about something else than its estimate: software WebGL draws
 * the sample's 134,064 blocks in seconds a frame and holds the page's thread meanwhile.
 */
export async function coarseStartupSample(page: Page): Promise<void> {
  const scene = withCoarserGrid(JSON.parse(readFileSync(`${ROOT}${STARTUP_SAMPLE.slice(1)}`, 'utf8')) as { estimate?: { grid?: { origin: number[]; size: number[]; count: number[] } } });
  const body = JSON.stringify(scene);
  await page.route((u) => u.pathname === STARTUP_SAMPLE, (r) => r.fulfill({ body, contentType: 'application/json' }));
}

/** Waits until the store holds a scene with its data loaded and nothing is loading; throws the app's error if opening failed. */
export async function waitForScene(page: Page, timeout = 60_000): Promise<void> {
  const h = await page.waitForFunction(() => {
    const s = (window as unknown as { __lode?: { getState(): { scene: unknown; samples: unknown; loading: unknown; error: string | null } } }).__lode?.getState();
    if (!s) return false;
    if (s.scene === null && s.loading === null && s.error) return { error: s.error };
    return s.scene !== null && s.samples !== null && s.loading === null ? { error: null } : false;
  }, undefined, { timeout, polling: 100 });
  const r = (await h.jsonValue()) as { error: string | null };
  if (r.error) throw new Error(`the app could not open the scene: ${typeof r.error === 'string' ? r.error : (r.error as { text?: string }).text}`);
}

/** Stops the running estimate (tests not about it: its software-rendered blocks keep the page busy). */
export async function cancelEstimate(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __lode: { getState(): { cancelEstimate(): void } } }).__lode.getState().cancelEstimate());
}

/** Waits until no estimate runs and the summary is filled. */
export async function waitForEstimate(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => {
    const s = (window as unknown as { __lode?: { getState(): { status: { running: boolean }; summary: unknown } } }).__lode?.getState();
    return !!s && !s.status.running && s.summary !== null;
  }, undefined, { timeout, polling: 100 });
}

/** Pixel statistics of the 3D canvas as it shows on screen (screenshot decoded in the page). */
export async function canvasStats(page: Page): Promise<{ mean: number; variance: number; png: Buffer }> {
  const canvas = page.locator('.viewport-area canvas').first();
  const png = await canvas.screenshot();
  const stats = await page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let s = 0, s2 = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) { const l = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]; s += l; s2 += l * l; }
    const mean = s / n;
    return { mean, variance: s2 / n - mean * mean };
  }, png.toString('base64'));
  return { ...stats, png };
}

/** Mean absolute difference (0..255) between two same-size PNG screenshots, decoded in the page. */
export async function imageDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([a64, b64]) => {
    const load = async (s: string) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height);
    };
    const [x, y] = await Promise.all([load(a64), load(b64)]);
    if (x.width !== y.width || x.height !== y.height) return 255;
    let s = 0;
    for (let i = 0; i < x.data.length; i += 4) {
      s += (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2])) / 3;
    }
    return s / (x.data.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
}
