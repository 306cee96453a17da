import type { InstancedBufferGeometry } from 'three';
import type { BlockEstimates, BlockGrid } from '../engine/types';
import type { SortedRows } from '../engine/grid/gradeOrder';
import { blockCount } from '../engine/grid/blockGrid';
import { fillBlockValues, fillNeighbourMin, type BlockField } from './blockAttributes';
import { BLOCK_ATTRIBUTES } from './blockMaterial';
import { countAtOrAbove, HAS_VALUE_ABOVE, sortByGrade } from './blockOrder';
import { InstanceSlot, type AttrName } from './instanceSlot';

/**
 * Sorts off the main thread (the engine's sortRowsByGrade in a worker): the blocks with grade above
 * `above` by decreasing grade, ties by index, and each column gathered in that order. The arrays
 * passed are copies and may be transferred.
 */
export type GradeSorter = (grade: Float32Array, above: number, columns: Float32Array[]) => Promise<SortedRows>;

export interface BlockBuffersOptions {
  /** Sort in a worker; without one, sorting is done on the main thread at once. */
  sorter?: GradeSorter | null;
  /** Grids of at most this many blocks are sorted on the main thread at once (default 65,536). */
  syncBlocks?: number;
  /** Blocks read at a time (default 32,768: about a millisecond); an update of at most this many is read at once. */
  sliceBlocks?: number;
  /** Main-thread ms a later task may spend reading slices (default 8). */
  budgetMs?: number;
  /** Attribute values (4 bytes each) uploaded per frame at most (default 2^22: 16 MB; see InstanceSlot). */
  uploadPerFrame?: number;
  /** Something to draw changed in a later task: request a frame. */
  onChange?: () => void;
  /** The sorted layout is drawn, after an update that could not finish at once: instances, main-thread ms spent since. */
  onSorted?: (blocks: number, ms: number) => void;
}

const ALL = BLOCK_ATTRIBUTES;

/** Runs fn in a later task (scheduler.postTask where there is one: no timer clamping). */
function later(fn: () => void): void {
  const s = (globalThis as { scheduler?: { postTask?: (f: () => void) => Promise<void> } }).scheduler;
  if (s?.postTask) void s.postTask(fn);
  else setTimeout(fn, 0);
}

/**
 * CPU side of the block instances. Full-grid arrays (grade, field, neighbour minimum; also used for
 * picking) are copied into instance attributes in one of two layouts:
 * - grid: block b at instance b, the cutoff applied in the shader; every block with a value is
 *   below gridHi, and the instances uploaded so far are drawn. While an estimate streams in, each
 *   chunk writes and uploads only its range, so the main thread stays free;
 * - sorted: estimated blocks by decreasing grade, so a cutoff only changes how many instances are
 *   drawn (geometry.instanceCount) — the GPU never touches hidden blocks.
 * Both show the same blocks for every cutoff. New values are read a slice at a time, at most
 * `budgetMs` per task; uploads are paced per frame (`frame()`, called before each render). New
 * grades go to the grid layout first; once no estimate runs, the blocks are sorted — for a big
 * grid in a worker — into a second set of instances, uploaded over a few frames while the first
 * is drawn, then drawn in its place (two geometries: draw both, one has no instances).
 */
export class BlockBuffers {
  /** Estimate per block of the grid (NO_VALUE where none), float32. */
  readonly grade: Float32Array;
  private readonly field: Float32Array;
  private readonly nbMin: Float32Array;
  private readonly slots: [InstanceSlot, InstanceSlot];
  private front = 0;
  private readonly opts: { syncBlocks: number; sliceBlocks: number; budgetMs: number; uploadPerFrame: number } & BlockBuffersOptions;
  private layout: 'grid' | 'sorted' = 'grid';
  private gridHi = 0;
  /** Sorted instances being uploaded in the back slot, and the colour token they were gathered with. */
  private building: { count: number; colours: number } | null = null;
  /** Instances in decreasing grade order for the current grades (null: not known yet). */
  private order: Uint32Array | null = null;
  private sortedCount = 0;
  private cutoff = -Infinity;
  private est: BlockEstimates | undefined;
  private field_: BlockField = 'estimate';
  private colourOf: 'grade' | 'field' = 'grade';
  private streaming = false;
  /** Blocks [start, end) whose values are still to be read (in later tasks). */
  private dirty: [number, number] | null = null;
  private scheduled = false;
  /** Colour values read in the sorted layout: gather them when the reading is done. */
  private coloursStale = false;
  /** Main-thread ms spent since the last update that found work (reported with onSorted). */
  private workMs = 0;
  /** Bumped when the grades change: a sort asked for before is stale. */
  private gradeToken = 0;
  /** Bumped when the colour values are read again: colours gathered in a worker before are stale. */
  private colourToken = 0;
  private sortAskedFor = -1;
  private disposed = false;

  constructor(readonly grid: BlockGrid, options: BlockBuffersOptions = {}) {
    const n = blockCount(grid);
    this.slots = [new InstanceSlot(grid), new InstanceSlot(grid)];
    this.grade = new Float32Array(n);
    this.field = new Float32Array(n);
    this.nbMin = new Float32Array(n);
    this.opts = { syncBlocks: 65_536, sliceBlocks: 32_768, budgetMs: 8, uploadPerFrame: 1 << 22, ...options };
  }

  /** The geometry drawn now (the other one, in `geometries`, has no instances or is being uploaded). */
  get geometry(): InstancedBufferGeometry { return this.slots[this.front].geometry; }

  /** Both geometries: draw both (instanceCount is 0 on the one not shown; three.js still uploads it). */
  get geometries(): [InstancedBufferGeometry, InstancedBufferGeometry] { return [this.slots[0].geometry, this.slots[1].geometry]; }

  /**
   * Take new values for blocks [start, end) (the whole grid when `range` is null, none when it is
   * empty): read now when few, else in later tasks. While `streaming`, instances stay in the grid
   * layout; otherwise the sorted layout follows. Returns the blocks to be read.
   */
  update(est: BlockEstimates | undefined, field: BlockField, range: { start: number; end: number } | null, streaming: boolean): number {
    const t0 = performance.now();
    const n = this.grade.length;
    this.est = est;
    this.field_ = field;
    this.streaming = streaming;
    const colourOf = field === 'estimate' ? 'grade' : 'field';
    const colourChanged = colourOf !== this.colourOf;
    this.colourOf = colourOf;
    let start = range ? Math.max(0, range.start) : 0, end = range ? Math.min(n, range.end) : n;
    if (colourChanged) { start = 0; end = n; }
    if (colourChanged || (colourOf === 'field' && end > start)) {
      this.colourToken++;
      if (this.layout === 'sorted') this.coloursStale = true;
    }
    if (end > start) {
      if (!this.dirty) this.workMs = 0;
      this.dirty = this.dirty ? [Math.min(this.dirty[0], start), Math.max(this.dirty[1], end)] : [start, end];
    }
    this.workMs += performance.now() - t0;
    // Small updates (a chunk of a running estimate, a small grid) are read now, big ones in later tasks.
    if (!this.dirty || this.dirty[1] - this.dirty[0] <= this.opts.sliceBlocks) this.step(0);
    else this.schedule();
    return end - start;
  }

  /**
   * Before a render: mark the next uploads (at most `uploadPerFrame` values; none unless `upload`,
   * e.g. while the GPU is behind), set the instances drawn, and show sorted instances whose upload
   * is complete. True when more frames are needed.
   */
  frame(upload = true): boolean {
    if (this.disposed) return false;
    const f = this.slots[this.front], b = this.slots[1 - this.front];
    let budget = upload ? this.opts.uploadPerFrame : 0;
    // Sorted instances being built go first: they replace the grid layout drawn meanwhile.
    if (this.building) {
      const before = b.pending;
      const left = b.drain(budget);
      budget -= before - left;
      if (left === 0) this.flip();
    }
    if (!this.building) this.slots[this.front].drain(budget, budget < this.opts.uploadPerFrame);
    if (this.layout === 'grid') f.geometry.instanceCount = Math.min(f.uploadedHi, this.gridHi);
    return this.slots[this.front].pending > 0 || this.building !== null;
  }

  /** Set the cutoff: in the sorted layout, draw only the blocks at or above it. */
  setCutoff(cutoff: number): void {
    this.cutoff = cutoff;
    if (this.layout !== 'sorted') return;
    const f = this.slots[this.front];
    f.geometry.instanceCount = countAtOrAbove(f.attrs.aGrade.array, this.sortedCount, Math.fround(cutoff));
  }

  /** Mark every instance of the layout drawn for upload by the next render, unpaced (a benchmark's measure); returns their number. */
  reuploadAll(): number {
    const n = this.layout === 'sorted' ? this.sortedCount : this.gridHi;
    const f = this.slots[this.front];
    f.enqueue(ALL, 0, n);
    f.drain(Infinity);
    return n;
  }

  /** Number of instances the next draw covers. */
  get drawn(): number { return this.geometry.instanceCount; }

  /** True when the sorted layout is drawn with every value read. */
  get sorted(): boolean { return this.layout === 'sorted' && !this.dirty; }

  /** True while values are still to be read, a sort is awaited or uploads wait for frames. */
  get busy(): boolean {
    return !!this.dirty || this.building !== null || (this.layout === 'grid' && !this.streaming) || this.slots[this.front].pending > 0;
  }

  dispose(): void {
    this.disposed = true;
    this.gradeToken++;
    for (const s of this.slots) s.dispose();
  }

  private colourValues(): Float32Array { return this.colourOf === 'grade' ? this.grade : this.field; }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    later(() => {
      this.scheduled = false;
      this.step(Math.max(1e-9, this.opts.budgetMs));
      this.opts.onChange?.();
    });
  }

  /**
   * Read slices of the pending values for up to `budgetMs` (at least one); schedule the rest, or
   * finish: colours gathered again, or the sort.
   */
  private step(budgetMs: number): void {
    if (this.disposed) return;
    const t0 = performance.now();
    do this.readSlice(); while (this.dirty && performance.now() - t0 < budgetMs);
    if (!this.dirty) {
      if (this.layout === 'sorted' && this.coloursStale) this.gatherColours(this.slots[this.front], this.sortedCount);
      this.coloursStale = false;
      if (this.building && this.building.colours !== this.colourToken) {
        this.gatherColours(this.slots[1 - this.front], this.building.count);
        this.building.colours = this.colourToken;
      }
      if (this.layout === 'grid' && !this.streaming) this.sort();
    }
    this.workMs += performance.now() - t0;
    if (this.dirty) this.schedule();
  }

  private readSlice(): void {
    if (!this.dirty) return;
    const n = this.grade.length, [s, pendEnd] = this.dirty;
    const e = Math.min(pendEnd, s + this.opts.sliceBlocks);
    this.dirty = e < pendEnd ? [e, pendEnd] : null;
    const values = this.colourValues();
    const { valued, gradeChanged } = fillBlockValues(this.est, this.field_, this.grade, values, s, e);
    const nxy = this.grid.count[0] * this.grid.count[1];
    const nbS = Math.max(0, s - nxy), nbE = Math.min(n, e + nxy);
    if (gradeChanged) {
      fillNeighbourMin(this.grid, this.grade, this.nbMin, nbS, nbE);
      this.order = null;
      this.gradeToken++;
      this.building = null;
      this.slots[1 - this.front].reset();
      // To the grid layout: the blocks not to be read again are drawn now (every block when some beyond the reading may have values).
      if (this.layout === 'sorted') this.enterGrid(pendEnd === n ? s : n);
    }
    if (this.layout === 'sorted') {
      if (this.colourOf === 'field') this.coloursStale = true;
      return;
    }
    this.copyRange(['aGrade'], this.grade, s, e);
    this.copyRange(['aField'], values, s, e);
    if (gradeChanged) this.copyRange(['aNbMin'], this.nbMin, nbS, nbE);
    if (valued > 0) this.extendGrid(e);
  }

  /** The front slot to the grid layout, drawing nothing until instances [0, hi) are uploaded. */
  private enterGrid(hi: number): void {
    const f = this.slots[this.front];
    this.layout = 'grid';
    f.reset();
    f.geometry.instanceCount = 0;
    this.gridHi = 0;
    this.extendGrid(hi);
  }

  /** Grid layout: write instances [gridHi, hi) (block b at instance b) and queue their upload. */
  private extendGrid(hi: number): void {
    const lo = this.gridHi;
    if (hi <= lo) return;
    const a = this.slots[this.front].attrs;
    for (let b = lo; b < hi; b++) a.aIndex.array[b] = b;
    a.aGrade.array.set(this.grade.subarray(lo, hi), lo);
    a.aField.array.set(this.colourValues().subarray(lo, hi), lo);
    a.aNbMin.array.set(this.nbMin.subarray(lo, hi), lo);
    this.slots[this.front].enqueue(ALL, lo, hi, true);
    this.gridHi = hi;
  }

  /**
   * Grid layout: copy [start, end) of a full-grid array into instances below gridHi, and queue the
   * upload of those already uploaded (the rest go up with the growing prefix, read at upload time).
   */
  private copyRange(names: AttrName[], src: Float32Array, start: number, end: number): void {
    const f = this.slots[this.front], hi = Math.min(end, this.gridHi);
    if (hi <= start) return;
    for (const k of names) f.attrs[k].array.set(src.subarray(start, hi), start);
    f.enqueue(names, start, Math.min(hi, f.uploadedHi));
  }

  /** Sorted instances of a slot, grades unchanged: gather the colour values again and queue their upload. */
  private gatherColours(slot: InstanceSlot, count: number): void {
    const o = this.order as Uint32Array, f = slot.attrs.aField.array, v = this.colourValues();
    for (let i = 0; i < count; i++) f[i] = v[o[i]];
    slot.enqueue(['aField'], 0, count);
  }

  /**
   * To the sorted layout: at once for small grids (or without a sorter); else sorted and gathered
   * in a worker, asked in a later task (the one that ended an estimate has work enough).
   */
  private sort(): void {
    const { sorter, syncBlocks } = this.opts;
    if (this.building) return;
    if (!sorter || this.grade.length <= syncBlocks || this.order) { this.sortHere(); return; }
    const token = this.gradeToken;
    if (this.sortAskedFor === token) return; // asked already, and the grades have not changed since
    this.sortAskedFor = token;
    later(() => { if (token === this.gradeToken && !this.disposed) this.sortInWorker(sorter); });
  }

  /** Copy the arrays to a worker to be sorted and gathered there; take the result if the grades are still the same. */
  private sortInWorker(sorter: GradeSorter): void {
    // Values still to be read (a new update came meanwhile): the end of that reading asks again.
    if (this.dirty) { this.sortAskedFor = -1; return; }
    const t0 = performance.now();
    const token = this.gradeToken, colours = this.colourToken, byField = this.colourOf === 'field';
    const grade = this.grade.slice();
    const columns = [grade, this.nbMin.slice(), ...(byField ? [this.field.slice()] : [])];
    const fresh = () => token === this.gradeToken && !this.disposed;
    this.workMs += performance.now() - t0;
    sorter(grade, HAS_VALUE_ABOVE, columns).then((r) => {
      if (!fresh()) return; // new grades since: a newer sort follows
      const current = colours === this.colourToken && byField === (this.colourOf === 'field');
      this.place(r.order, (a) => {
        a.aIndex.array.set(r.order);
        a.aGrade.array.set(r.columns[0]);
        a.aNbMin.array.set(r.columns[1]);
        if (current) a.aField.array.set(r.columns[byField ? 2 : 0]);
      }, current);
    }, () => {
      // No worker (failed or terminated): sort here.
      if (fresh()) this.sortHere();
    });
  }

  /** Sort (unless the order is known) and gather on this thread. */
  private sortHere(): void {
    const o = (this.order ??= sortByGrade(this.grade));
    const g = this.grade, v = this.colourValues(), nb = this.nbMin;
    this.place(o, (a) => {
      const ai = a.aIndex.array, ag = a.aGrade.array, af = a.aField.array, an = a.aNbMin.array;
      for (let i = 0; i < o.length; i++) {
        const b = o[i];
        ai[i] = b; ag[i] = g[b]; af[i] = v[b]; an[i] = nb[b];
      }
    }, true);
  }

  /**
   * Put sorted instances in place: written into the front slot and shown at once when they fit in
   * one frame's uploads, else into the back slot, uploaded over the coming frames, then shown.
   */
  private place(order: Uint32Array, write: (a: InstanceSlot['attrs']) => void, coloursCurrent: boolean): void {
    const t0 = performance.now(), count = order.length;
    this.order = order;
    const small = count * ALL.length <= this.opts.uploadPerFrame;
    const slot = this.slots[small ? this.front : 1 - this.front];
    slot.reset();
    write(slot.attrs);
    slot.enqueue(ALL, 0, count);
    if (!coloursCurrent) this.gatherColours(slot, count);
    // Colours read meanwhile are gathered again when the reading is done.
    if (small) {
      slot.drain(Infinity);
      this.show(count);
      if (this.dirty) this.coloursStale = true;
    } else this.building = { count, colours: this.dirty ? -1 : this.colourToken };
    this.workMs += performance.now() - t0;
    this.opts.onChange?.();
  }

  /** The back slot's upload is complete (marked for this render): draw it, by the cutoff. */
  private flip(): void {
    const count = (this.building as { count: number }).count;
    this.building = null;
    const old = this.slots[this.front];
    this.front = 1 - this.front;
    old.reset();
    old.geometry.instanceCount = 0;
    this.show(count);
  }

  private show(count: number): void {
    const wasSorted = this.layout === 'sorted';
    this.layout = 'sorted';
    this.sortedCount = count;
    this.gridHi = 0;
    this.setCutoff(this.cutoff);
    if (!wasSorted) this.opts.onSorted?.(count, this.workMs);
  }
}
