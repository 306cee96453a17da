import type { KdTree } from './kdTree';

/**
 * Incremental nearest-neighbour search on a kd-tree (best-first traversal, Hjaltason &
 * Samet 1999): next() yields samples one at a time in the order (d², rank), as far as
 * the radius allows, touching only what is nearer than the last sample yielded. Used by
 * constrained searches (max per hole / per octant), which cannot know in advance how many
 * candidates they will need. One priority queue holds nodes (keyed by the distance to
 * their box) and samples; at equal key a node comes first, so no tied sample is missed.
 */
export class IncrementalQuery {
  /** d² of the sample last returned by next(). */
  d2 = 0;
  private readonly key: Float64Array;
  /** Entry ids: sample tree position p ≥ 0, or node k as −(k + 1). */
  private readonly id: Int32Array;
  private size = 0;
  private qx = 0; private qy = 0; private qz = 0; private r2 = 0;
  private exIndex = -1; private exHole = -1;

  constructor(private readonly t: KdTree) {
    const cap = t.n + t.nodes + 1;
    this.key = new Float64Array(cap);
    this.id = new Int32Array(cap);
  }

  /** Begin a search around (qx, qy, qz) (transformed frame) within d² ≤ r2, skipping sample exIndex and hole exHole (≥ 0). */
  start(qx: number, qy: number, qz: number, r2: number, exIndex: number, exHole: number): void {
    this.qx = qx; this.qy = qy; this.qz = qz; this.r2 = r2; this.exIndex = exIndex; this.exHole = exHole;
    this.size = 0;
    if (this.t.n > 0) this.pushNode(0);
  }

  /** Tree position of the next nearest sample (its d² in this.d2), or -1 when none is left. */
  next(): number {
    const t = this.t;
    while (this.size > 0) {
      const e = this.id[0], k = this.key[0];
      this.pop();
      if (e >= 0) { this.d2 = k; return e; }
      const node = -e - 1, c = t.child[node];
      if (c >= 0) { this.pushNode(c); this.pushNode(c + 1); continue; }
      for (let p = t.lo[node], end = t.hi[node]; p < end; p++) {
        const ax = t.tx[p] - this.qx, ay = t.ty[p] - this.qy, az = t.tz[p] - this.qz;
        const d = ax * ax + ay * ay + az * az;
        if (d > this.r2) continue;
        if (t.index[p] === this.exIndex || (this.exHole >= 0 && t.oh[p] === this.exHole)) continue;
        this.push(d, p);
      }
    }
    return -1;
  }

  private pushNode(node: number): void {
    const b = this.t.box, o = 6 * node;
    const qx = this.qx, qy = this.qy, qz = this.qz;
    let dx = 0, dy = 0, dz = 0;
    if (qx < b[o]) dx = b[o] - qx; else if (qx > b[o + 3]) dx = qx - b[o + 3];
    if (qy < b[o + 1]) dy = b[o + 1] - qy; else if (qy > b[o + 4]) dy = qy - b[o + 4];
    if (qz < b[o + 2]) dz = b[o + 2] - qz; else if (qz > b[o + 5]) dz = qz - b[o + 5];
    const d = dx * dx + dy * dy + dz * dz;
    if (d <= this.r2) this.push(d, -node - 1);
  }

  /** a before b: smaller key; at equal keys nodes first, then samples by rank. */
  private before(ka: number, a: number, kb: number, b: number): boolean {
    if (ka !== kb) return ka < kb;
    if (a < 0 || b < 0) return a < 0 && b >= 0;
    return this.t.rank[a] < this.t.rank[b];
  }

  private push(k: number, e: number): void {
    const key = this.key, id = this.id;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(k, e, key[parent], id[parent])) break;
      key[i] = key[parent]; id[i] = id[parent];
      i = parent;
    }
    key[i] = k; id[i] = e;
  }

  private pop(): void {
    const key = this.key, id = this.id;
    const n = --this.size;
    if (n === 0) return;
    const k = key[n], e = id[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.before(key[c + 1], id[c + 1], key[c], id[c])) c++;
      if (!this.before(key[c], id[c], k, e)) break;
      key[i] = key[c]; id[i] = id[c];
      i = c;
    }
    key[i] = k; id[i] = e;
  }
}
