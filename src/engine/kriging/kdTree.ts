/**
 * Static kd-tree over samples mapped into the search ellipsoid's frame (where the
 * ellipsoid is a sphere), and a bounded k-nearest query with a strict total order.
 *
 * Neighbours rank by scaled squared distance, then by `rank`: the caller numbers the
 * samples in an order that does not depend on their input order (Neighbourhood sorts
 * them by X, Y, Z, value, hole), so neither does the chosen set. Median splits on the widest
 * axis (Bentley 1975; Friedman, Bentley & Finkel 1977), leaves of at most LEAF points,
 * per-node bounding boxes for pruning.
 */

const LEAF = 16;

export interface KdTree {
  n: number;
  /** Transformed coordinates, in tree order. */
  tx: Float64Array; ty: Float64Array; tz: Float64Array;
  /** Original coordinates, value and hole, in tree order (for the kriging system). */
  ox: Float64Array; oy: Float64Array; oz: Float64Array; ov: Float64Array; oh: Int32Array;
  /** Original sample index of each tree position. */
  index: Int32Array;
  /** Tie-break rank of each tree position (lower wins at equal distance). */
  rank: Int32Array;
  /** Per node: range [lo, hi) of tree positions, first child (-1 = leaf; second = first + 1). */
  lo: Int32Array; hi: Int32Array; child: Int32Array;
  /** Per node: min x, y, z, max x, y, z of its transformed points. */
  box: Float64Array;
  nodes: number;
}

/**
 * Build the tree. Transformed coordinates are (tx, ty, tz) per sample (any frame where
 * Euclidean distance is the ranking distance); x, y, z, v, hole are the original sample
 * attributes kept for the kriging system; index and rank are carried per sample.
 */
export function buildKdTree(
  tx: Float64Array, ty: Float64Array, tz: Float64Array,
  x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, hole: Int32Array,
  index: Int32Array, rank: Int32Array,
): KdTree {
  const n = tx.length;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const cap = Math.max(1, 4 * Math.ceil(n / (LEAF / 2)) + 1);
  const lo = new Int32Array(cap), hi = new Int32Array(cap), child = new Int32Array(cap).fill(-1);
  const box = new Float64Array(6 * cap);
  const coords = [tx, ty, tz];
  let nodes = 1;
  lo[0] = 0; hi[0] = n;
  // Nodes are created breadth-first from a queue: children of node k are appended in pairs.
  for (let k = 0; k < nodes; k++) {
    const a = lo[k], b = hi[k];
    let mnx = Infinity, mny = Infinity, mnz = Infinity, mxx = -Infinity, mxy = -Infinity, mxz = -Infinity;
    for (let p = a; p < b; p++) {
      const i = perm[p];
      const px = tx[i], py = ty[i], pz = tz[i];
      if (px < mnx) mnx = px; if (px > mxx) mxx = px;
      if (py < mny) mny = py; if (py > mxy) mxy = py;
      if (pz < mnz) mnz = pz; if (pz > mxz) mxz = pz;
    }
    const o = 6 * k;
    box[o] = mnx; box[o + 1] = mny; box[o + 2] = mnz; box[o + 3] = mxx; box[o + 4] = mxy; box[o + 5] = mxz;
    if (b - a <= LEAF) continue;
    const ex = mxx - mnx, ey = mxy - mny, ez = mxz - mnz;
    if (ex === 0 && ey === 0 && ez === 0) continue; // all coincident: one (large) leaf
    const axis = ex >= ey && ex >= ez ? 0 : ey >= ez ? 1 : 2;
    const mid = (a + b) >> 1;
    select(perm, coords[axis], a, b - 1, mid);
    child[k] = nodes;
    lo[nodes] = a; hi[nodes] = mid;
    lo[nodes + 1] = mid; hi[nodes + 1] = b;
    nodes += 2;
  }
  const gather = (src: Float64Array) => {
    const out = new Float64Array(n);
    for (let p = 0; p < n; p++) out[p] = src[perm[p]];
    return out;
  };
  const gatherInt = (src: Int32Array) => {
    const out = new Int32Array(n);
    for (let p = 0; p < n; p++) out[p] = src[perm[p]];
    return out;
  };
  return {
    n, tx: gather(tx), ty: gather(ty), tz: gather(tz),
    ox: gather(x), oy: gather(y), oz: gather(z), ov: gather(v), oh: gatherInt(hole),
    index: gatherInt(index), rank: gatherInt(rank), lo, hi, child, box, nodes,
  };
}

/** Partial sort (Hoare's quickselect): perm[k] gets the k-th smallest key in perm[l..r]. */
function select(perm: Int32Array, key: Float64Array, l: number, r: number, k: number): void {
  while (r > l) {
    const m = (l + r) >> 1;
    // median of three as pivot, moved to r
    if (key[perm[m]] < key[perm[l]]) swap(perm, m, l);
    if (key[perm[r]] < key[perm[l]]) swap(perm, r, l);
    if (key[perm[m]] < key[perm[r]]) swap(perm, m, r);
    const pivot = key[perm[r]];
    let i = l;
    for (let j = l; j < r; j++) if (key[perm[j]] < pivot) swap(perm, i++, j);
    swap(perm, i, r);
    if (i === k) return;
    if (i < k) l = i + 1; else r = i - 1;
  }
}

function swap(a: Int32Array, i: number, j: number): void {
  const t = a[i]; a[i] = a[j]; a[j] = t;
}

/**
 * Reusable k-nearest query on one tree: preallocated heap and stack, no allocation per
 * call. After `run`, `pos[0..count)` are tree positions sorted nearest first and `d2`
 * their scaled squared distances.
 */
export class KnnQuery {
  readonly pos: Int32Array;
  readonly d2: Float64Array;
  private readonly stack: Int32Array;
  private readonly stackD = new Float64Array(256);

  constructor(private readonly t: KdTree, maxK: number) {
    const k = Math.max(1, Math.min(maxK, t.n));
    this.pos = new Int32Array(k);
    this.d2 = new Float64Array(k);
    this.stack = new Int32Array(256);
  }

  /** Capacity of one query (k is clamped to it). */
  get capacity(): number { return this.pos.length; }

  /**
   * The k nearest samples to (qx, qy, qz) (transformed frame) with d² ≤ r2, skipping the
   * sample whose original index is exIndex and every sample of hole exHole (≥ 0).
   * Returns how many were found (≤ k). r2 may be lowered to any bound known to hold at
   * least the k nearest (a warm start); results are then the same.
   */
  run(qx: number, qy: number, qz: number, r2: number, k: number, exIndex: number, exHole: number): number {
    const t = this.t;
    if (t.n === 0) return 0;
    if (k > this.pos.length) k = this.pos.length;
    const pos = this.pos, hd = this.d2, stack = this.stack;
    const { tx, ty, tz, box, lo, hi, child, index, oh, rank } = t;
    const excluding = exIndex >= 0 || exHole >= 0;
    let size = 0;
    let sp = 0;
    // Squared distance a candidate must not exceed: the radius until the heap is full, then its worst.
    let bound = r2;
    // Each stacked node with the squared distance from the query to its box.
    const stackD = this.stackD;
    stack[sp] = 0; stackD[sp++] = boxDist2(box, 0, qx, qy, qz);
    while (sp > 0) {
      const node = stack[--sp];
      if (stackD[sp] > bound) continue;
      const c = child[node];
      if (c >= 0) {
        // visit the child whose box is nearer first (pushed last)
        const dl = boxDist2(box, 6 * c, qx, qy, qz), dr = boxDist2(box, 6 * c + 6, qx, qy, qz);
        if (dl <= dr) {
          if (dr <= bound) { stack[sp] = c + 1; stackD[sp++] = dr; }
          if (dl <= bound) { stack[sp] = c; stackD[sp++] = dl; }
        } else {
          if (dl <= bound) { stack[sp] = c; stackD[sp++] = dl; }
          if (dr <= bound) { stack[sp] = c + 1; stackD[sp++] = dr; }
        }
        continue;
      }
      for (let p = lo[node], e = hi[node]; p < e; p++) {
        const ax = tx[p] - qx, ay = ty[p] - qy, az = tz[p] - qz;
        const d = ax * ax + ay * ay + az * az;
        if (d > bound) continue;
        if (excluding && (index[p] === exIndex || (exHole >= 0 && oh[p] === exHole))) continue;
        if (size < k) {
          // sift up
          let i = size++;
          while (i > 0) {
            const parent = (i - 1) >> 1;
            const pd = hd[parent];
            if (!(d > pd || (d === pd && rank[p] > rank[pos[parent]]))) break;
            pos[i] = pos[parent]; hd[i] = pd;
            i = parent;
          }
          pos[i] = p; hd[i] = d;
          if (size === k) bound = hd[0];
        } else if (d < hd[0] || rank[p] < rank[pos[0]]) {
          // d ≤ hd[0] here: p ranks before the worst kept (nearer, or as near and of lower rank)
          this.siftDown(p, d, size);
          bound = hd[0];
        }
      }
    }
    // heap sort in place: repeatedly move the worst to the end
    for (let end = size - 1; end > 0; end--) {
      const p = pos[end], d = hd[end];
      pos[end] = pos[0]; hd[end] = hd[0];
      this.siftDown(p, d, end);
    }
    return size;
  }

  /** Put (p, d) at the root of the heap pos[0..size) and restore the max-heap order. */
  private siftDown(p: number, d: number, size: number): void {
    const pos = this.pos, hd = this.d2, rank = this.t.rank;
    const rp = rank[p];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      let dc = hd[c];
      if (c + 1 < size) {
        const d1 = hd[c + 1];
        if (d1 > dc || (d1 === dc && rank[pos[c + 1]] > rank[pos[c]])) { c++; dc = d1; }
      }
      if (!(dc > d || (dc === d && rank[pos[c]] > rp))) break;
      pos[i] = pos[c]; hd[i] = dc;
      i = c;
    }
    pos[i] = p; hd[i] = d;
  }
}

function boxDist2(box: Float64Array, o: number, qx: number, qy: number, qz: number): number {
  let dx = 0, dy = 0, dz = 0;
  if (qx < box[o]) dx = box[o] - qx; else if (qx > box[o + 3]) dx = qx - box[o + 3];
  if (qy < box[o + 1]) dy = box[o + 1] - qy; else if (qy > box[o + 4]) dy = qy - box[o + 4];
  if (qz < box[o + 2]) dz = box[o + 2] - qz; else if (qz > box[o + 5]) dz = qz - box[o + 5];
  return dx * dx + dy * dy + dz * dz;
}
