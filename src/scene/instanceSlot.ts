import type { InstancedBufferAttribute, InstancedBufferGeometry } from 'three';
import type { BlockGrid } from '../engine/types';
import { BLOCK_ATTRIBUTES, blockGeometry } from './blockMaterial';

type Attr = InstancedBufferAttribute & { array: Float32Array };
export type AttrName = (typeof BLOCK_ATTRIBUTES)[number];

/** A range of instances [start, end) of some attributes waiting to be uploaded; `grows` extends the drawable prefix. */
interface Segment { names: readonly AttrName[]; start: number; end: number; grows: boolean }

/**
 * One set of block instances: a geometry, its attribute arrays on the CPU, and the ranges waiting
 * to go to the GPU. Uploads are paced: a frame takes at most a budget of values from the queue (in
 * order), because a browser's GPU process receives uploads through a transfer buffer of about
 * 16 MB — upload more while the GPU still draws earlier frames, and the main thread waits in
 * bufferSubData until it has finished them (seconds with a software GPU); see gpuFence.ts.
 */
export class InstanceSlot {
  readonly geometry: InstancedBufferGeometry;
  readonly attrs: Record<AttrName, Attr>;
  /** Instances [0, uploadedHi) of the growing (grid) layout are on the GPU, or marked for the coming render. */
  uploadedHi = 0;
  private queue: Segment[] = [];
  private queued = 0;

  constructor(grid: BlockGrid) {
    this.geometry = blockGeometry(grid);
    this.attrs = Object.fromEntries(BLOCK_ATTRIBUTES.map((k) => [k, this.geometry.getAttribute(k) as Attr])) as Record<AttrName, Attr>;
  }

  /** Attribute values waiting to be uploaded. */
  get pending(): number { return this.queued; }

  /** Queue instances [start, end) of some attributes for upload (`grows`: they extend the drawable prefix to `end`). */
  enqueue(names: readonly AttrName[], start: number, end: number, grows = false): void {
    if (end <= start) return;
    this.queue.push({ names, start, end, grows });
    this.queued += (end - start) * names.length;
  }

  /** Mark up to `budget` queued values for the coming render (one instance at least, unless `strict`); returns the values still queued. */
  drain(budget: number, strict = false): number {
    let marked = strict;
    while (this.queue.length > 0 && budget > 0) {
      const s = this.queue[0];
      let k = Math.min(s.end - s.start, Math.floor(budget / s.names.length));
      if (k === 0) { if (marked) break; k = 1; }
      marked = true;
      for (const name of s.names) this.mark(name, s.start, s.start + k);
      s.start += k;
      budget -= k * s.names.length;
      this.queued -= k * s.names.length;
      if (s.grows) this.uploadedHi = Math.max(this.uploadedHi, s.start);
      if (s.start >= s.end) this.queue.shift();
    }
    return this.queued;
  }

  /** Drop what is queued and the drawable prefix (the instances are about to be rewritten). */
  reset(): void {
    this.queue = [];
    this.queued = 0;
    this.uploadedHi = 0;
  }

  dispose(): void { this.geometry.dispose(); }

  private mark(name: AttrName, start: number, end: number): void {
    const a = this.attrs[name];
    // Ranges add up until the render uploads them (three.js clears them then).
    a.addUpdateRange(start, end - start);
    a.needsUpdate = true;
  }
}
