import { orient2d } from 'robust-predicates';
import type { TriangleMesh } from './types';

/**
 * Point-in-solid for a closed triangle mesh by ray parity: a vertical ray from the point
 * upward (+Z) crosses the surface an odd number of times when the point is inside
 * (Jordan–Brouwer). The crossings are the triangles whose XY projection contains the point's
 * XY, decided with exact orientation predicates (robust-predicates' orient2d, Shewchuk 1997)
 * and the "top-left" tie rule of rasterisers: a point on an edge or vertex shared by several
 * projected triangles is counted in exactly one of each tiling layer, so a ray grazing an
 * edge or a vertex neither counts twice nor slips through. Triangles seen edge-on (vertical)
 * are skipped: they do not change the parity. Orientation of the faces does not matter.
 * A uniform XY grid of triangle buckets keeps a query to the few triangles above the point.
 */
export class SolidIndex {
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  private readonly pz: Float64Array;
  /** Corner indices per kept (non-vertical) triangle, ordered counter-clockwise in XY. */
  private readonly tri: Uint32Array;
  private readonly minX: number;
  private readonly minY: number;
  private readonly cellX: number;
  private readonly cellY: number;
  private readonly nx: number;
  private readonly ny: number;
  /** Bucket b holds triangles cellTri[cellStart[b] .. cellStart[b + 1]). */
  private readonly cellStart: Uint32Array;
  private readonly cellTri: Uint32Array;
  /** Bounding box of the mesh [minX, minY, minZ, maxX, maxY, maxZ]. */
  readonly bounds: Float64Array;

  constructor(mesh: TriangleMesh) {
    const p = mesh.positions, n = p.length / 3;
    this.px = new Float64Array(n); this.py = new Float64Array(n); this.pz = new Float64Array(n);
    const b = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
    for (let i = 0; i < n; i++) {
      this.px[i] = p[3 * i]; this.py[i] = p[3 * i + 1]; this.pz[i] = p[3 * i + 2];
      for (let a = 0; a < 3; a++) { b[a] = Math.min(b[a], p[3 * i + a]); b[a + 3] = Math.max(b[a + 3], p[3 * i + a]); }
    }
    this.bounds = b;
    const kept: number[] = [];
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const i0 = mesh.indices[t], i1 = mesh.indices[t + 1], i2 = mesh.indices[t + 2];
      // orient2d > 0 means clockwise in robust-predicates (it returns the negated determinant).
      const o = orient2d(this.px[i0], this.py[i0], this.px[i1], this.py[i1], this.px[i2], this.py[i2]);
      if (o === 0) continue;
      if (o < 0) kept.push(i0, i1, i2); else kept.push(i0, i2, i1);
    }
    this.tri = Uint32Array.from(kept);
    const nt = this.tri.length / 3;
    const side = Math.max(1, Math.ceil(Math.sqrt(nt)));
    this.minX = b[0]; this.minY = b[1];
    this.nx = side; this.ny = side;
    this.cellX = (b[3] - b[0]) / side || 1;
    this.cellY = (b[4] - b[1]) / side || 1;
    const counts = new Uint32Array(this.nx * this.ny + 1);
    const forCells = (t: number, fn: (c: number) => void) => {
      const a = this.tri[3 * t], c1 = this.tri[3 * t + 1], c2 = this.tri[3 * t + 2];
      const i0 = this.cellOf(Math.min(this.px[a], this.px[c1], this.px[c2]), this.minX, this.cellX, this.nx);
      const i1 = this.cellOf(Math.max(this.px[a], this.px[c1], this.px[c2]), this.minX, this.cellX, this.nx);
      const j0 = this.cellOf(Math.min(this.py[a], this.py[c1], this.py[c2]), this.minY, this.cellY, this.ny);
      const j1 = this.cellOf(Math.max(this.py[a], this.py[c1], this.py[c2]), this.minY, this.cellY, this.ny);
      for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) fn(j * this.nx + i);
    };
    for (let t = 0; t < nt; t++) forCells(t, (c) => { counts[c + 1]++; });
    for (let c = 0; c < this.nx * this.ny; c++) counts[c + 1] += counts[c];
    this.cellStart = counts;
    this.cellTri = new Uint32Array(counts[this.nx * this.ny]);
    const fill = counts.slice(0, this.nx * this.ny);
    for (let t = 0; t < nt; t++) forCells(t, (c) => { this.cellTri[fill[c]++] = t; });
  }

  private cellOf(v: number, min: number, size: number, n: number): number {
    return Math.min(n - 1, Math.max(0, Math.floor((v - min) / size)));
  }

  /**
   * Heights (Z) where the vertical line through (x, y) crosses the surface, unsorted; their
   * count is even for a closed solid. Empty outside the mesh's XY extent.
   */
  crossings(x: number, y: number): number[] {
    const b = this.bounds, out: number[] = [];
    if (!(x >= b[0] && x <= b[3] && y >= b[1] && y <= b[4])) return out;
    const c = this.cellOf(y, this.minY, this.cellY, this.ny) * this.nx + this.cellOf(x, this.minX, this.cellX, this.nx);
    for (let k = this.cellStart[c]; k < this.cellStart[c + 1]; k++) {
      const t = this.cellTri[k];
      const a = this.tri[3 * t], bb = this.tri[3 * t + 1], cc = this.tri[3 * t + 2];
      if (!this.covers(a, bb, x, y) || !this.covers(bb, cc, x, y) || !this.covers(cc, a, x, y)) continue;
      out.push(this.heightAt(a, bb, cc, x, y));
    }
    return out;
  }

  /** True when (x, y, z) is inside the solid (odd number of crossings above it). */
  contains(x: number, y: number, z: number): boolean {
    let above = 0;
    for (const h of this.crossings(x, y)) if (h > z) above++;
    return (above & 1) === 1;
  }

  /**
   * Inside test of the counter-clockwise edge a→b: strictly left of it, or on it when the edge
   * is a "left" edge (going down, −Y) or a "top" edge (horizontal, going −X) — the top-left rule.
   */
  private covers(a: number, b: number, x: number, y: number): boolean {
    const o = -orient2d(this.px[a], this.py[a], this.px[b], this.py[b], x, y);
    if (o !== 0) return o > 0;
    const dy = this.py[b] - this.py[a];
    return dy < 0 || (dy === 0 && this.px[b] - this.px[a] < 0);
  }

  /** Z of the triangle's plane at (x, y) (barycentric interpolation). */
  private heightAt(a: number, b: number, c: number, x: number, y: number): number {
    const x0 = this.px[a], y0 = this.py[a];
    const d = (this.px[b] - x0) * (this.py[c] - y0) - (this.px[c] - x0) * (this.py[b] - y0);
    const u = ((x - x0) * (this.py[c] - y0) - (this.px[c] - x0) * (y - y0)) / d;
    const v = ((this.px[b] - x0) * (y - y0) - (x - x0) * (this.py[b] - y0)) / d;
    return this.pz[a] + u * (this.pz[b] - this.pz[a]) + v * (this.pz[c] - this.pz[a]);
  }
}
