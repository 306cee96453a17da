import { NO_VALUE } from './blockAttributes';

/**
 * Blocks in order of decreasing grade, so that the blocks at or above any cutoff are a prefix:
 * a cutoff change then only sets the number of instances drawn (and a uniform), and the GPU
 * processes the shown blocks only.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Unsigned key that sorts float32 values in decreasing order (IEEE 754 bit trick, then inverted). */
export function descendingKey(v: number): number {
  f32[0] = v;
  const b = u32[0];
  const asc = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
  return ~asc >>> 0;
}

/**
 * Indices of the blocks with a value (grade > NO_VALUE), sorted by decreasing grade (stable):
 * LSD radix sort on 32-bit keys in three 11-bit passes, O(n). Returns the number of blocks in `out`.
 */
export function sortByGradeDescending(grade: Float32Array, out: Uint32Array): number {
  let n = 0;
  for (let b = 0; b < grade.length; b++) if (grade[b] > NO_VALUE) n++;
  let keys = new Uint32Array(n), idx = new Uint32Array(n);
  let k2 = new Uint32Array(n), i2 = new Uint32Array(n);
  for (let b = 0, j = 0; b < grade.length; b++) {
    if (grade[b] > NO_VALUE) { keys[j] = descendingKey(grade[b]); idx[j] = b; j++; }
  }
  const count = new Uint32Array(2048);
  for (const shift of [0, 11, 22]) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i] >>> shift) & 2047]++;
    let sum = 0;
    for (let d = 0; d < 2048; d++) { const c = count[d]; count[d] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const d = (keys[i] >>> shift) & 2047, p = count[d]++;
      k2[p] = keys[i]; i2[p] = idx[i];
    }
    [keys, k2] = [k2, keys];
    [idx, i2] = [i2, idx];
  }
  out.set(idx);
  return n;
}

/** Number of leading entries of a decreasing array (first `n`) that are >= cutoff (binary search). */
export function countAtOrAbove(sortedDesc: Float32Array, n: number, cutoff: number): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDesc[mid] >= cutoff) lo = mid + 1; else hi = mid;
  }
  return lo;
}
