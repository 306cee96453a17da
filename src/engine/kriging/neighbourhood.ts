import { anisotropyMatrix } from '../geometry/anisotropy';
import type { EstimationData, SearchParams, Vec3 } from '../types';
import { IncrementalQuery } from './incrementalQuery';
import { buildKdTree, KnnQuery, type KdTree } from './kdTree';

/** One search pass: ellipsoid scale (1 = the base ranges), min and max samples. */
export interface SearchPass { scale: number; minSamples: number; maxSamples: number }

/** The passes of a search: the base one, then up to two expanded ones. */
export function searchPasses(s: SearchParams): SearchPass[] {
  const passes: SearchPass[] = [{ scale: 1, minSamples: s.minSamples, maxSamples: s.maxSamples }];
  for (const p of s.passes ?? []) {
    passes.push({ scale: p.scale, minSamples: p.minSamples ?? s.minSamples, maxSamples: p.maxSamples ?? s.maxSamples });
  }
  return passes;
}

/** Throw a clear error for an unusable search neighbourhood. */
export function checkSearch(s: SearchParams): void {
  const bad = (what: string) => { throw new Error(`search: ${what}`); };
  if (s.ranges.length !== 3 || s.ranges.some((r) => !(r > 0) || !Number.isFinite(r))) bad(`ranges must be three positive numbers, got [${s.ranges.join(', ')}]`);
  if (s.angles.length !== 3 || s.angles.some((a) => !Number.isFinite(a))) bad(`angles must be three finite numbers, got [${s.angles.join(', ')}]`);
  if ((s.passes?.length ?? 0) > 2) bad(`at most 3 passes in all (base + 2), got ${1 + (s.passes?.length ?? 0)}`);
  searchPasses(s).forEach((p, i) => {
    const at = i === 0 ? '' : ` (pass ${i + 1})`;
    if (!(p.scale > 0) || !Number.isFinite(p.scale)) bad(`passes[${i - 1}].scale must be positive, got ${p.scale}`);
    if (!Number.isInteger(p.minSamples) || p.minSamples < 1) bad(`minSamples${at} must be an integer ≥ 1, got ${p.minSamples}`);
    if (!Number.isInteger(p.maxSamples) || p.maxSamples < p.minSamples) bad(`maxSamples${at} must be an integer ≥ minSamples (${p.minSamples}), got ${p.maxSamples}`);
  });
  if (!Number.isInteger(s.maxPerHole) || s.maxPerHole < 0) bad(`maxPerHole must be an integer ≥ 0 (0 = no limit), got ${s.maxPerHole}`);
  const o = s.maxPerOctant ?? 0;
  if (!Number.isInteger(o) || o < 0) bad(`maxPerOctant must be an integer ≥ 0 (0 = off), got ${o}`);
}

/**
 * The search neighbourhood over one sample set: samples mapped by the search ellipsoid's
 * anisotropy matrix (so the base ellipsoid is the unit sphere), a kd-tree on them, and a
 * reusable selection honouring max per hole and max per octant (octants of the
 * ellipsoid's rotated frame). Selection is greedy, nearest first: a sample is taken
 * unless its hole or octant is full, until maxSamples are taken. Unconstrained searches
 * use a bounded k-nearest query; constrained ones an incremental nearest-first stream.
 */
export class Neighbourhood {
  readonly tree: KdTree;
  readonly passes: SearchPass[];
  /** After select(): tree positions of the chosen samples, nearest first, and their scaled d². */
  readonly sel: Int32Array;
  readonly selD2: Float64Array;
  private readonly m: Float64Array;
  private readonly cx: number; private readonly cy: number; private readonly cz: number;
  private readonly query: KnnQuery;
  private readonly incremental: IncrementalQuery | undefined;
  private readonly maxPerHole: number;
  private readonly maxPerOctant: number;
  private readonly holeCount: Int32Array;
  private readonly octCount = new Int32Array(8);
  /** Last unconstrained query without exclusions (warm start): pass, count, k-th d², point. */
  private lastPass = -1;
  private lastFound = 0;
  private lastKd2 = 0;
  private readonly lastQ = new Float64Array(3);
  private readonly q3 = new Float64Array(3);

  /** centre: where the search frame is centred (default searchFrameCentre(data)); a subset of a sample set passes the whole set's, so distances round alike. */
  constructor(data: EstimationData, search: SearchParams, centre: Vec3 = searchFrameCentre(data)) {
    checkSearch(search);
    const n = data.x.length;
    this.passes = searchPasses(search);
    this.m = anisotropyMatrix(search.ranges, search.angles);
    [this.cx, this.cy, this.cz] = centre;
    const tx = new Float64Array(n), ty = new Float64Array(n), tz = new Float64Array(n);
    const m = this.m;
    for (let i = 0; i < n; i++) {
      const dx = data.x[i] - this.cx, dy = data.y[i] - this.cy, dz = data.z[i] - this.cz;
      tx[i] = m[0] * dx + m[1] * dy + m[2] * dz;
      ty[i] = m[3] * dx + m[4] * dy + m[5] * dz;
      tz[i] = m[6] * dx + m[7] * dy + m[8] * dz;
    }
    this.tree = buildKdTree(tx, ty, tz, data.x, data.y, data.z, data.v, data.hole, Int32Array.from({ length: n }, (_, i) => i), tieRanks(data));
    const maxS = Math.max(...this.passes.map((p) => p.maxSamples));
    this.maxPerHole = search.maxPerHole;
    this.maxPerOctant = search.maxPerOctant ?? 0;
    const constrained = this.maxPerHole > 0 || this.maxPerOctant > 0;
    this.query = new KnnQuery(this.tree, constrained ? 1 : maxS);
    this.incremental = constrained ? new IncrementalQuery(this.tree) : undefined;
    this.sel = new Int32Array(Math.max(1, Math.min(maxS, n)));
    this.selD2 = new Float64Array(this.sel.length);
    let maxHole = -1;
    for (let i = 0; i < n; i++) if (data.hole[i] > maxHole) maxHole = data.hole[i];
    this.holeCount = new Int32Array(maxHole + 1);
  }

  /** Map a point into the search frame of the tree (where the base ellipsoid is the unit sphere). */
  toFrame(x: number, y: number, z: number, out: Float64Array): void {
    const m = this.m;
    const dx = x - this.cx, dy = y - this.cy, dz = z - this.cz;
    out[0] = m[0] * dx + m[1] * dy + m[2] * dz;
    out[1] = m[3] * dx + m[4] * dy + m[5] * dz;
    out[2] = m[6] * dx + m[7] * dy + m[8] * dz;
  }

  /**
   * Choose the neighbours of point (x, y, z) for pass p (0-based), excluding sample
   * exIndex and all samples of hole exHole (≥ 0; -1 = none). Returns how many were
   * chosen; they are in sel/selD2, nearest first.
   */
  select(x: number, y: number, z: number, p: number, exIndex: number, exHole: number): number {
    const pass = this.passes[p];
    const q3 = this.q3;
    this.toFrame(x, y, z, q3);
    const qx = q3[0], qy = q3[1], qz = q3[2];
    const r2 = pass.scale * pass.scale;
    const maxS = Math.min(pass.maxSamples, this.sel.length);
    const q = this.query;
    if (this.maxPerHole === 0 && this.maxPerOctant === 0) {
      // Warm start (triangle inequality): the last query's maxS neighbours lie within
      // √d²_k + |moved| of this point, so the nearest maxS do too.
      let bound = r2;
      if (exIndex < 0 && exHole < 0 && this.lastPass === p && this.lastFound === maxS) {
        const mx = qx - this.lastQ[0], my = qy - this.lastQ[1], mz = qz - this.lastQ[2];
        const b = Math.sqrt(this.lastKd2) + Math.sqrt(mx * mx + my * my + mz * mz);
        bound = Math.min(r2, b * b * (1 + 1e-9) + 1e-300);
      }
      const found = q.run(qx, qy, qz, bound, maxS, exIndex, exHole);
      for (let i = 0; i < found; i++) { this.sel[i] = q.pos[i]; this.selD2[i] = q.d2[i]; }
      this.lastPass = exIndex < 0 && exHole < 0 ? p : -1;
      this.lastFound = found;
      this.lastKd2 = found ? q.d2[found - 1] : 0;
      this.lastQ[0] = qx; this.lastQ[1] = qy; this.lastQ[2] = qz;
      return found;
    }
    // Constrained: take candidates nearest first until maxS are taken or none is left.
    const inc = this.incremental!, t = this.tree, hc = this.holeCount, oc = this.octCount;
    const mph = this.maxPerHole, mpo = this.maxPerOctant;
    oc.fill(0);
    inc.start(qx, qy, qz, r2, exIndex, exHole);
    let taken = 0;
    while (taken < maxS) {
      const c = inc.next();
      if (c < 0) break;
      const h = t.oh[c];
      if (mph > 0 && h >= 0 && hc[h] >= mph) continue;
      if (mpo > 0) {
        const oct = (t.tx[c] > qx ? 1 : 0) | (t.ty[c] > qy ? 2 : 0) | (t.tz[c] > qz ? 4 : 0);
        if (oc[oct] >= mpo) continue;
        oc[oct]++;
      }
      if (h >= 0) hc[h]++;
      this.sel[taken] = c;
      this.selD2[taken] = inc.d2;
      taken++;
    }
    for (let i = 0; i < taken; i++) { const h = t.oh[this.sel[i]]; if (h >= 0) hc[h] = 0; }
    return taken;
  }
}

/**
 * Rank of each sample in the order (x, y, z, value, hole, input index): the tie-break at
 * equal distance, independent of the input order except between samples identical in
 * all five (which are interchangeable).
 */
export function tieRanks(d: EstimationData): Int32Array {
  const n = d.x.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => d.x[a] - d.x[b] || d.y[a] - d.y[b] || d.z[a] - d.z[b] || d.v[a] - d.v[b] || d.hole[a] - d.hole[b] || a - b);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]] = r;
  return rank;
}

/**
 * Centre of the data's bounding box: coordinates are centred on it before mapping into the
 * search frame, for precision with large (e.g. UTM) coordinates; it depends on the set, not on its order.
 */
export function searchFrameCentre(data: EstimationData): Vec3 {
  return [mid(data.x), mid(data.y), mid(data.z)];
}

function mid(a: Float64Array): number {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < a.length; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i]; }
  return a.length ? 0.5 * (lo + hi) : 0;
}
