import { describe, expect, it } from 'vitest';
import type { BlockGrid, Vec3 } from '../engine/types';
import { blockCentroid, blockIndex } from '../engine/grid/blockGrid';
import { pickBlock } from './gridPick';

const grid: BlockGrid = { origin: [0, 0, 0], size: [2, 3, 4], count: [5, 4, 3] };
const base: Vec3 = [0, 0, 0];

/** Brute force: smallest entry t over all visible blocks' boxes (slab test per box). */
function bruteForce(o: Vec3, d: Vec3, visible: (b: number) => boolean): number | null {
  let best: number | null = null;
  const c: Vec3 = [0, 0, 0];
  for (let b = 0; b < 60; b++) {
    if (!visible(b)) continue;
    blockCentroid(grid, b, c);
    let t0 = 0, t1 = Infinity;
    for (let a = 0; a < 3; a++) {
      const lo = c[a] - grid.size[a] / 2, hi = c[a] + grid.size[a] / 2;
      if (d[a] === 0) { if (o[a] < lo || o[a] > hi) { t0 = Infinity; } continue; }
      let u = (lo - o[a]) / d[a], v = (hi - o[a]) / d[a];
      if (u > v) [u, v] = [v, u];
      t0 = Math.max(t0, u); t1 = Math.min(t1, v);
    }
    if (t0 < t1 && (best === null || t0 < best)) best = t0;
  }
  return best;
}

describe('pickBlock', () => {
  it('finds the first visible block straight down a column', () => {
    const visible = (b: number) => b === blockIndex(grid, 2, 1, 0) || b === blockIndex(grid, 2, 1, 1);
    const hit = pickBlock(grid, base, [4, 3, 100], [0, 0, -1], visible);
    expect(hit?.index).toBe(blockIndex(grid, 2, 1, 1));
    // Top face of layer k = 1 is at z = 4 + 2 = 6.
    expect(hit?.t).toBeCloseTo(94, 9);
  });

  it('misses when the ray passes beside the grid or nothing is visible', () => {
    expect(pickBlock(grid, base, [100, 100, 100], [0, 0, -1], () => true)).toBeNull();
    expect(pickBlock(grid, base, [4, 3, 100], [0, 0, -1], () => false)).toBeNull();
  });

  it('agrees with a brute-force box test for oblique rays from outside and inside', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const vis = new Uint8Array(60).map(() => (rnd() < 0.3 ? 1 : 0));
    const visible = (b: number) => vis[b] === 1;
    for (let r = 0; r < 500; r++) {
      const o: Vec3 = [rnd() * 30 - 10, rnd() * 30 - 10, rnd() * 30 - 10];
      const d: Vec3 = [rnd() - 0.5, rnd() - 0.5, rnd() - 0.5];
      const hit = pickBlock(grid, base, o, d, visible);
      const ref = bruteForce(o, d, visible);
      if (ref === null) expect(hit).toBeNull();
      else expect(hit?.t).toBeCloseTo(ref, 6);
    }
  });

  it('works in a frame shifted by the local origin', () => {
    const g: BlockGrid = { origin: [2_300_000, 7_005_000, 100], size: [10, 10, 5], count: [10, 10, 10] };
    const local: Vec3 = [2_300_050, 7_005_050, 120];
    const b: Vec3 = [g.origin[0] - local[0], g.origin[1] - local[1], g.origin[2] - local[2]];
    const target = blockIndex(g, 3, 7, 9);
    const hit = pickBlock(g, b, [-20, 20, 500], [0, 0, -1], (i) => i === target);
    expect(hit?.index).toBe(target);
  });
});
