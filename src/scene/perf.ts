import { addAfterEffect } from '@react-three/fiber';
import type { WebGLRenderer } from 'three';

/**
 * Timing hooks for the browser benchmark. The Viewport installs a probe: after every rendered
 * frame, waiting callers get the time at which the GPU finished it (a 1-pixel readPixels blocks
 * until all queued work is done). Available in the page as `window.__lodeScene`.
 */
export interface SceneProbe {
  /** Resolves with performance.now() once the next frame has been rendered and finished on the GPU. */
  nextFrame(): Promise<number>;
  /**
   * Run `action` (e.g. set the cutoff, or set estimates) and resolve with the ms until the first
   * finished frame for which `until()` holds (default: the next frame). For an upload, wait for the
   * fill: `until: () => probe.lastFill.at > t0 && probe.lastFill.sorted`.
   */
  timeToFrame(action: () => void, until?: () => boolean): Promise<number>;
  /**
   * Last block-buffer fill on the CPU: main-thread ms taken, blocks written, performance.now() when
   * done, and whether the instances are in their final (sorted) layout — after an estimate or new
   * values the sort runs in a worker, so that comes a little later than the data.
   */
  lastFill: { ms: number; blocks: number; at: number; sorted: boolean };
  /** Renderer counters of the last frame (draw calls, triangles) and GPU memory objects. */
  info(): { calls: number; triangles: number; geometries: number; textures: number; frames: number };
  /** Queue every drawn block instance for upload again (what the next frame uploads); returns the instances. */
  reuploadBlocks(): number;
  /** The holes (the store's DesurveyedHoles object) whose geometry the view holds: built off the page's thread, they come after the scene. */
  shownHoles(): unknown;
}

let waiters: ((t: number) => void)[] = [];
let renderer: WebGLRenderer | null = null;
let request: (() => void) | null = null;
const pixel = new Uint8Array(4);

/** Set by BlockModel while it is mounted. */
export const blockHooks: { reupload: (() => number) | null } = { reupload: null };

/** Set by Drillholes when the geometry of its holes is in the scene. */
export const drawnHoles: { holes: unknown } = { holes: null };

/** Filled by BlockModel after each buffer fill. */
export const lastFill = { ms: 0, blocks: 0, at: 0, sorted: false };

export const probe: SceneProbe = {
  nextFrame() {
    return new Promise((resolve) => { waiters.push(resolve); request?.(); });
  },
  async timeToFrame(action, until) {
    const t0 = performance.now();
    action();
    for (let frames = 0; frames < 600; frames++) {
      const t1 = await probe.nextFrame();
      if (!until || until()) return t1 - t0;
    }
    throw new Error('timeToFrame: condition not met within 600 frames');
  },
  lastFill,
  info() {
    const i = renderer?.info;
    return { calls: i?.render.calls ?? 0, triangles: i?.render.triangles ?? 0, geometries: i?.memory.geometries ?? 0, textures: i?.memory.textures ?? 0, frames: i?.render.frame ?? 0 };
  },
  reuploadBlocks() { return blockHooks.reupload?.() ?? 0; },
  shownHoles() { return drawnHoles.holes; },
};

/** Install the probe for a renderer (call once from the Viewport); returns the uninstall function. */
export function installSceneProbe(gl: WebGLRenderer, invalidate: () => void): () => void {
  renderer = gl;
  request = invalidate;
  const remove = addAfterEffect(() => {
    if (waiters.length === 0 || !renderer) return;
    const ctx = renderer.getContext();
    ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
    const t = performance.now();
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve(t);
  });
  (globalThis as { __lodeScene?: SceneProbe }).__lodeScene = probe;
  return () => {
    remove();
    if (renderer === gl) { renderer = null; request = null; }
  };
}

/** Time (ms) from `setModel()` (e.g. storing new estimates) to the first finished frame drawn with the new block buffers. */
export async function measureUpload(setModel: () => void): Promise<{ ms: number; fillMs: number; blocks: number }> {
  const t0 = performance.now();
  const ms = await probe.timeToFrame(setModel, () => lastFill.at > t0 && lastFill.sorted);
  return { ms, fillMs: lastFill.ms, blocks: lastFill.blocks };
}

/** Times (ms) from each cutoff change to the next finished frame; with their median and maximum. */
export async function measureCutoff(setCutoff: (c: number) => void, cutoffs: number[]): Promise<{ times: number[]; median: number; max: number }> {
  const times: number[] = [];
  for (const c of cutoffs) times.push(await probe.timeToFrame(() => setCutoff(c)));
  const sorted = [...times].sort((a, b) => a - b);
  return { times, median: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}
