import { describe, expect, it } from 'vitest';
import type { BlockEstimates, BlockGrid } from '../engine/types';
import { sortRowsByGrade } from '../engine/grid/gradeOrder';
import { BlockBuffers, type GradeSorter } from './blockBuffers';
import { NO_VALUE } from './blockAttributes';

const grid: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [4, 3, 2] };

function estimates(values: number[]): BlockEstimates {
  const n = values.length;
  return {
    start: 0, estimate: Float64Array.from(values), variance: Float64Array.from(values, (_, i) => 100 + i),
    slope: new Float64Array(n), nSamples: new Int32Array(n), nHoles: new Int32Array(n), meanDistance: new Float64Array(n),
    pass: new Uint8Array(n), singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0,
  };
}

type TestAttr = { array: Float32Array; updateRanges: { start: number; count: number }[] };
const attr = (b: BlockBuffers, name: string) => b.geometry.getAttribute(name) as unknown as TestAttr;
const clearRanges = (b: BlockBuffers) => { for (const k of ['aIndex', 'aGrade', 'aField', 'aNbMin']) attr(b, k).updateRanges.length = 0; };

/** Blocks the shader shows at a cutoff (no section): instances drawn, grade ≥ cutoff, not hidden by six shown neighbours. */
function shown(b: BlockBuffers, cutoff: number): number[] {
  b.setCutoff(cutoff);
  const idx = attr(b, 'aIndex').array, g = attr(b, 'aGrade').array, nb = attr(b, 'aNbMin').array, c = Math.fround(cutoff);
  const out: number[] = [];
  for (let i = 0; i < b.drawn; i++) if (g[i] >= c && !(nb[i] >= c)) out.push(idx[i]);
  return out.sort((x, y) => x - y);
}

/** A sorter as the worker runs it, answering when `answer()` is called (or at once). */
function fakeSorter(auto = true) {
  const waiting: (() => void)[] = [];
  let calls = 0;
  const sorter: GradeSorter = (grade, above, columns) => {
    calls++;
    return new Promise((resolve) => {
      const go = () => resolve(sortRowsByGrade(grade, above, columns));
      if (auto) setTimeout(go, 0); else waiting.push(go);
    });
  };
  return { sorter, answer: (i = 0) => waiting.splice(i, 1)[0](), get calls() { return calls; } };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** onSorted for the options, and a promise of its next call. */
function sortedSignal() {
  let resolve = () => undefined as void;
  return { onSorted: () => resolve(), next: () => new Promise<void>((r) => { resolve = r; }) };
}

describe('block buffers', () => {
  // Grades 0..23 with block 5 unestimated.
  const values = Array.from({ length: 24 }, (_, i) => (i === 5 ? NaN : i / 2));

  it('sorted: instances are the estimated blocks by decreasing grade, and the cutoff sets how many are drawn', () => {
    const b = new BlockBuffers(grid);
    expect(b.update(estimates(values), 'variance', null, false)).toBe(24);
    expect(b.sorted).toBe(true);
    const idx = Array.from(attr(b, 'aIndex').array.subarray(0, 23));
    expect(idx).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 4, 3, 2, 1, 0]);
    expect(attr(b, 'aField').array[0]).toBe(123); // variance of block 23
    b.setCutoff(10); // grades 10, 10.5, …, 11.5 → blocks 20..23
    expect(b.drawn).toBe(4);
    b.setCutoff(-5);
    expect(b.drawn).toBe(23);
    b.setCutoff(100);
    expect(b.drawn).toBe(0);
  });

  it('streaming: nothing drawn after the reset, then each chunk uploads its range (and the range up to it)', () => {
    const b = new BlockBuffers(grid);
    b.update(estimates(values), 'estimate', null, false);
    clearRanges(b);
    const est = estimates(values.map(() => NaN));
    b.update(est, 'estimate', null, true);
    expect(b.drawn).toBe(0);
    expect(b.sorted).toBe(false);
    expect(attr(b, 'aGrade').updateRanges).toEqual([]);
    est.estimate[13] = 7;
    b.update(est, 'estimate', { start: 12, end: 16 }, true);
    b.frame();
    expect(b.drawn).toBe(16);
    expect(attr(b, 'aGrade').array[13]).toBe(7);
    expect(Array.from(attr(b, 'aIndex').array.subarray(0, 16))).toEqual(Array.from({ length: 16 }, (_, i) => i));
    expect(attr(b, 'aGrade').updateRanges).toEqual([{ start: 0, count: 16 }]);
    clearRanges(b);
    est.estimate[2] = 1;
    b.update(est, 'estimate', { start: 0, end: 4 }, true);
    b.frame();
    expect(attr(b, 'aGrade').updateRanges).toEqual([{ start: 0, count: 4 }]);
    expect(attr(b, 'aIndex').updateRanges).toEqual([]);
    expect(b.drawn).toBe(16);
  });

  it('streaming: neighbour minima are uploaded one layer either side of a chunk, up to the drawn instances', () => {
    const g4: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [4, 4, 4] };
    const b = new BlockBuffers(g4);
    const est = estimates(Array.from({ length: 64 }, () => NaN));
    b.update(est, 'estimate', null, true);
    for (let i = 0; i < 40; i++) est.estimate[i] = i;
    b.update(est, 'estimate', { start: 0, end: 40 }, true);
    b.frame();
    clearRanges(b);
    for (let i = 40; i < 48; i++) est.estimate[i] = i;
    b.update(est, 'estimate', { start: 40, end: 48 }, true);
    b.frame();
    // Layer = 16 blocks: minima change in [24, 64); [24, 40) re-uploaded, [40, 48) with the new instances.
    expect(attr(b, 'aNbMin').updateRanges).toEqual([{ start: 24, count: 16 }, { start: 40, count: 8 }]);
    // Block 21 (i = j = k = 1): neighbours 20, 22, 17, 25, 5, 37.
    expect(attr(b, 'aNbMin').array[21]).toBe(5);
    expect(attr(b, 'aNbMin').array[37]).toBe(Math.fround(NO_VALUE)); // neighbour 53 has no value yet
  });

  it('with a worker sort: grid layout first, then the same sorted instances, the same blocks shown for every cutoff', async () => {
    const g5: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [5, 4, 3] };
    const v = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? NaN : ((i * 37) % 11) / 4));
    const ref = new BlockBuffers(g5);
    ref.update(estimates(v), 'variance', null, false);
    const s = fakeSorter();
    const signal = sortedSignal();
    const b = new BlockBuffers(g5, { sorter: s.sorter, syncBlocks: 0, onSorted: signal.onSorted });
    const done = signal.next();
    b.update(estimates(v), 'variance', null, false);
    b.frame();
    expect(b.sorted).toBe(false);
    expect(b.drawn).toBe(60);
    const cutoffs = [-1e38, 0, 0.5, 1, 1.25, 2, 2.5, 9];
    const inGrid = cutoffs.map((c) => shown(b, c));
    await done;
    expect(b.sorted).toBe(true);
    expect(s.calls).toBe(1);
    const count = v.filter((x) => x === x).length; // instances beyond are never drawn in the sorted layout
    for (const k of ['aIndex', 'aGrade', 'aField', 'aNbMin']) expect(attr(b, k).array.subarray(0, count)).toEqual(attr(ref, k).array.subarray(0, count));
    expect(cutoffs.map((c) => shown(b, c))).toEqual(inGrid);
    expect(cutoffs.map((c) => shown(ref, c))).toEqual(inGrid);
    expect(inGrid[3].length).toBeGreaterThan(0);
    expect(inGrid[3].length).toBeLessThan(inGrid[1].length);
  });

  it('with a worker sort: an order that arrives after the grades changed again is dropped', async () => {
    const s = fakeSorter(false);
    const signal = sortedSignal();
    const b = new BlockBuffers(grid, { sorter: s.sorter, syncBlocks: 0, onSorted: signal.onSorted });
    b.update(estimates(values), 'estimate', null, false);
    await tick(); // the worker is asked in a later task
    expect(s.calls).toBe(1);
    const reversed = values.map((x) => (x === x ? 20 - x : x));
    b.update(estimates(reversed), 'estimate', null, false);
    await tick();
    expect(s.calls).toBe(2);
    const done = signal.next();
    s.answer(0); // the first order: stale
    await new Promise((r) => setTimeout(r, 5));
    expect(b.sorted).toBe(false);
    s.answer(0);
    await done;
    expect(b.sorted).toBe(true);
    expect(attr(b, 'aIndex').array[0]).toBe(0); // highest of the reversed grades
  });

  it('with a worker sort: a colour field chosen while sorting is the one applied', async () => {
    const s = fakeSorter(false);
    const signal = sortedSignal();
    const b = new BlockBuffers(grid, { sorter: s.sorter, syncBlocks: 0, onSorted: signal.onSorted });
    const est = estimates(values);
    b.update(est, 'estimate', null, false);
    await tick(); // asked, with the estimate as the colour
    b.update(est, 'variance', null, false); // same grades: no second sort
    await tick();
    expect(s.calls).toBe(1);
    expect(attr(b, 'aField').array[23]).toBe(123); // grid layout meanwhile
    const done = signal.next();
    s.answer();
    await done;
    expect(b.sorted).toBe(true);
    expect(attr(b, 'aIndex').array[0]).toBe(23);
    expect(attr(b, 'aField').array[0]).toBe(123);
    expect(attr(b, 'aField').array[22]).toBe(100);
  });

  it('uploads at most the budget per frame; sorted instances fill the other geometry first and are drawn once all are up', async () => {
    const g5: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [5, 4, 3] };
    const v = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? NaN : ((i * 37) % 11) / 4));
    const s = fakeSorter(false);
    const b = new BlockBuffers(g5, { sorter: s.sorter, syncBlocks: 0, uploadPerFrame: 50 });
    const first = b.geometry;
    const frame = (upload = true) => {
      b.frame(upload);
      let marked = 0;
      for (const g of b.geometries) {
        for (const k of ['aIndex', 'aGrade', 'aField', 'aNbMin']) {
          const a = g.getAttribute(k) as unknown as TestAttr;
          marked += a.updateRanges.reduce((t, r) => t + r.count, 0);
          a.updateRanges.length = 0;
        }
      }
      expect(marked).toBeLessThanOrEqual(upload ? 50 : 0);
      return first.instanceCount;
    };
    b.update(estimates(v), 'estimate', null, false);
    // Grid layout: 60 blocks × 4 values, 12 instances a frame, none while uploads wait (the GPU is behind).
    expect([frame(), frame(), frame(false), frame(), frame(), frame()]).toEqual([12, 24, 24, 36, 48, 60]);
    await tick();
    for (let i = 0; i < 3; i++) frame();
    b.update(estimates(v.map((x) => x + 1)), 'estimate', null, false); // new grades: 60 more to go up
    await tick();
    expect(s.calls).toBe(2);
    s.answer(0); // the order of the first grades: stale, dropped
    await tick();
    const partly = frame(); // the grid layout goes on with the new values
    expect(partly).toBe(60);
    s.answer(0); // sorted order of the new grades: 51 instances × 4 values in the other geometry, before the grid
    await tick();
    let frames = 0;
    for (; frames < 20 && !b.sorted; frames++) frame();
    expect(frames).toBe(Math.ceil((51 * 4) / 50));
    expect(b.geometry).not.toBe(first);
    expect(first.instanceCount).toBe(0);
    b.setCutoff(-1e38);
    expect(b.drawn).toBe(51);
  });

  it('a new colour field with the same grades keeps the order and rewrites only the colours', () => {
    const b = new BlockBuffers(grid);
    const est = estimates(values);
    b.update(est, 'estimate', null, false);
    clearRanges(b);
    b.update(est, 'variance', null, false);
    b.frame();
    expect(b.sorted).toBe(true);
    expect(attr(b, 'aField').array[0]).toBe(123);
    expect(attr(b, 'aField').updateRanges).toEqual([{ start: 0, count: 23 }]);
    for (const k of ['aIndex', 'aGrade', 'aNbMin']) expect(attr(b, k).updateRanges).toEqual([]);
  });

  it('read in slices over tasks and sorted in a worker, any sequence of updates ends showing what a one-go fill shows', async () => {
    const g: BlockGrid = { origin: [0, 0, 0], size: [1, 1, 1], count: [6, 5, 4] };
    const n = 120;
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const randomValues = () => Array.from({ length: n }, () => (rnd() < 0.25 ? NaN : Math.round(rnd() * 40) / 10));
    let checks = 0;
    for (let run = 0; run < 60; run++) {
      const b = new BlockBuffers(g, { sorter: fakeSorter().sorter, syncBlocks: 0, sliceBlocks: 17, uploadPerFrame: run % 2 ? 150 : 1000 });
      const gpu = gpuMirror(b);
      let est = estimates(randomValues()), field: 'estimate' | 'variance' = 'estimate', streaming = false;
      b.update(est, field, null, false);
      for (let op = 0; op < 10; op++) {
        const r = rnd();
        if (r < 0.2) { est = estimates(randomValues()); streaming = false; b.update(est, field, null, false); }
        else if (r < 0.4) { est = estimates(Array.from({ length: n }, () => NaN)); streaming = true; b.update(est, field, null, true); }
        else if (r < 0.65) {
          const s0 = Math.floor(rnd() * n), e0 = Math.min(n, s0 + 1 + Math.floor(rnd() * 60));
          for (let i = s0; i < e0; i++) est.estimate[i] = rnd() < 0.2 ? NaN : Math.round(rnd() * 40) / 10;
          if (rnd() < 0.3) streaming = true;
          b.update(est, field, { start: s0, end: e0 }, streaming);
        } else if (r < 0.8) { streaming = false; b.update(est, field, { start: 0, end: 0 }, false); }
        else { field = field === 'estimate' ? 'variance' : 'estimate'; b.update(est, field, null, streaming); }
        for (let t = rnd() < 0.3 ? 8 : Math.floor(rnd() * 4); t > 0; t--) { await tick(); gpu.render(); }
        if (streaming && rnd() < 0.5) {
          // Every value read while streaming: the grid layout shows what a one-go fill shows.
          for (let t = 0; t < 200 && b.busy; t++) { await tick(); gpu.render(); }
          gpu.render();
          const ref = new BlockBuffers(g);
          ref.update(est, field, null, false);
          for (const c of [-1e38, 0.7, 2.2]) expect(gpu.shown(c)).toEqual(shownWithColour(ref, c));
          checks++;
        }
      }
      if (streaming) b.update(est, field, { start: 0, end: 0 }, false);
      for (let t = 0; t < 200 && b.busy; t++) { await tick(); gpu.render(); }
      gpu.render();
      expect(b.sorted).toBe(true);
      const ref = new BlockBuffers(g);
      ref.update(est, field, null, false);
      for (const c of [-1e38, 0, 0.7, 1.5, 2.2, 3.9, 5]) expect(gpu.shown(c)).toEqual(shownWithColour(ref, c));
    }
    expect(checks).toBeGreaterThan(5);
  });
});

/** Blocks shown at a cutoff with their colour value, from a buffer's CPU arrays. */
function shownWithColour(b: BlockBuffers, cutoff: number): [number, number][] {
  b.setCutoff(cutoff);
  return shownFrom(b.drawn, cutoff, attr(b, 'aIndex').array, attr(b, 'aGrade').array, attr(b, 'aNbMin').array, attr(b, 'aField').array);
}

function shownFrom(drawn: number, cutoff: number, idx: Float32Array, g: Float32Array, nb: Float32Array, f: Float32Array): [number, number][] {
  const c = Math.fround(cutoff), out: [number, number][] = [];
  for (let i = 0; i < drawn; i++) if (g[i] >= c && !(nb[i] >= c)) out.push([idx[i], f[i]]);
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * What the GPU holds: each render (b.frame(), then three.js uploading the marked ranges) copies
 * them, per geometry. Drawn instances must be whole: in the grid layout instance i is block i.
 */
function gpuMirror(b: BlockBuffers) {
  const names = ['aIndex', 'aGrade', 'aField', 'aNbMin'] as const;
  type Copy = Record<(typeof names)[number], Float32Array>;
  const copies = new Map<unknown, { copy: Copy; seen: Record<string, number> }>();
  for (const g of b.geometries) {
    copies.set(g, {
      copy: Object.fromEntries(names.map((k) => [k, new Float32Array(g.getAttribute(k).array.length).fill(NaN)])) as Copy,
      seen: Object.fromEntries(names.map((k) => [k, 0])),
    });
  }
  return {
    render() {
      b.frame();
      for (const g of b.geometries) {
        const { copy, seen } = copies.get(g)!;
        for (const k of names) {
          const a = g.getAttribute(k) as unknown as TestAttr & { version: number };
          if (a.version === seen[k]) continue;
          seen[k] = a.version;
          if (a.updateRanges.length === 0) copy[k].set(a.array);
          for (const r of a.updateRanges) copy[k].set(a.array.subarray(r.start, r.start + r.count), r.start);
          a.updateRanges.length = 0;
        }
        // Instances drawn were uploaded (no NaN left from the start) and are in one layout: grid
        // (instance i is block i) or sorted (grades not increasing).
        let grid = true, sorted = true;
        for (let i = 0; i < g.instanceCount; i++) {
          if (!(copy.aIndex[i] >= 0) || !(copy.aGrade[i] === copy.aGrade[i])) throw new Error(`instance ${i} drawn before it was uploaded`);
          if (copy.aIndex[i] !== i) grid = false;
          if (i > 0 && copy.aGrade[i] > copy.aGrade[i - 1]) sorted = false;
        }
        if (!grid && !sorted) throw new Error('instances drawn from two layouts');
      }
    },
    shown(cutoff: number) {
      b.setCutoff(cutoff);
      const { copy } = copies.get(b.geometry)!;
      return shownFrom(b.drawn, cutoff, copy.aIndex, copy.aGrade, copy.aNbMin, copy.aField);
    },
  };
}
