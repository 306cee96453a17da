/**
 * Blocks in order of decreasing grade: the blocks at or above any cutoff are then a prefix of the
 * order, so a viewer draws "grade ≥ cutoff" by drawing the first k blocks (k from a binary search).
 * Grades are compared as float32, the precision a GPU attribute holds, so the order matches the
 * values drawn; ties keep increasing block index (the sort is stable).
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * Unsigned 32-bit key of a value rounded to float32 that sorts in decreasing value order: the
 * IEEE 754 bits made monotonic (sign bit set for positives, all bits flipped for negatives), then
 * inverted; −0 counts as +0 (they are equal).
 */
export function descendingKey(v: number): number {
  f32[0] = v;
  const b = u32[0] === 0x80000000 ? 0 : u32[0];
  const asc = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
  return ~asc >>> 0;
}

/**
 * Indices of the values greater than `above` (NaN never is), in order of decreasing float32 value,
 * ties by increasing index: a least-significant-digit radix sort of 32-bit keys in three 11-bit
 * passes, O(n) (Knuth, TAOCP vol. 3, §5.2.5).
 */
export function gradeOrder(values: Float32Array | Float64Array, above = -Infinity): Uint32Array {
  let n = 0;
  for (let b = 0; b < values.length; b++) if (values[b] > above) n++;
  let keys = new Uint32Array(n), idx = new Uint32Array(n);
  let k2 = new Uint32Array(n), i2 = new Uint32Array(n);
  for (let b = 0, j = 0; b < values.length; b++) {
    const v = values[b];
    if (v > above) { keys[j] = descendingKey(v); idx[j] = b; j++; }
  }
  const count = new Uint32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
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
  return idx;
}

/** Rows in order of decreasing grade (see gradeOrder) and the columns' values in that order. */
export interface SortedRows {
  order: Uint32Array;
  columns: Float32Array[];
}

/**
 * Sort rows by decreasing grade (gradeOrder of `grade` with `above`) and gather each column
 * (one value per row, same length as `grade`) into that order, as float32: what a viewer needs to
 * draw "grade ≥ cutoff" as a prefix of its instances, computed away from the thread that draws.
 */
export function sortRowsByGrade(grade: Float32Array | Float64Array, above: number, columns: (Float32Array | Float64Array)[]): SortedRows {
  const order = gradeOrder(grade, above);
  const out = columns.map((c) => {
    if (c.length !== grade.length) throw new Error(`sortRowsByGrade: a column has ${c.length} rows, the grades ${grade.length}`);
    const o = new Float32Array(order.length);
    for (let i = 0; i < order.length; i++) o[i] = c[order[i]];
    return o;
  });
  return { order, columns: out };
}
