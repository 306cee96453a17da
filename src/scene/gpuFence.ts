import { addAfterEffect } from '@react-three/fiber';
import type { WebGLRenderer } from 'three';

/**
 * Whether the GPU has finished the frames given to it: a WebGL 2 fence after every rendered frame,
 * polled without blocking. Uploads reach the GPU process through a transfer buffer of about 16 MB;
 * uploading more while the GPU is still drawing earlier frames makes the main thread wait in
 * bufferSubData until it has finished them — seconds with a software GPU and a million blocks.
 * The block model therefore uploads, and asks for frames, only when the GPU has caught up.
 */

let ctx: WebGL2RenderingContext | null = null;
let fence: WebGLSync | null = null;

/** Put a fence after each frame of this renderer (call once per canvas); returns the uninstall function. */
export function installGpuFence(renderer: WebGLRenderer): () => void {
  const gl = renderer.getContext();
  if (typeof WebGL2RenderingContext === 'undefined' || !(gl instanceof WebGL2RenderingContext)) return () => undefined;
  ctx = gl;
  const remove = addAfterEffect(() => {
    if (ctx !== gl) return;
    if (fence) gl.deleteSync(fence);
    fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
  });
  return () => {
    remove();
    if (ctx !== gl) return;
    if (fence) gl.deleteSync(fence);
    fence = null;
    ctx = null;
  };
}

/** True when the GPU has finished every frame rendered so far (or there is no fence). */
export function gpuIdle(): boolean {
  if (!ctx || !fence) return true;
  return ctx.getSyncParameter(fence, ctx.SYNC_STATUS) === ctx.SIGNALED;
}

/**
 * A frame request that waits for the GPU: `request()` invalidates at once when the GPU is idle,
 * else polls every `pollMs` until it is (repeated requests meanwhile are one).
 */
export function idleFrames(invalidate: () => void, pollMs = 25): { request(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const poll = () => {
    timer = null;
    if (gpuIdle()) invalidate(); else timer = setTimeout(poll, pollMs);
  };
  return {
    request() { if (!timer) poll(); },
    cancel() { if (timer) clearTimeout(timer); timer = null; },
  };
}

/** Resolves when the GPU is idle (polled every `pollMs`). */
export function whenGpuIdle(pollMs = 25): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (gpuIdle() ? resolve() : setTimeout(poll, pollMs));
    poll();
  });
}
