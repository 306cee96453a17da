/**
 * Marching-cubes case table, generated at load time instead of copied from a published table
 * (Lorensen & Cline 1987, "Marching cubes", SIGGRAPH 21(4)).
 *
 * Cube corners: bit 0 = +x, bit 1 = +y, bit 2 = +z (corner c sits at (c&1, c>>1&1, c>>2&1)).
 * Edges: e = 4·axis + m, where m holds the corner's bits on the two other axes, taken in
 * cyclic order (axis+1, axis+2); the edge runs from that corner along +axis.
 *
 * For each of the 256 inside/outside patterns, the surface is traced on the six faces: walking a
 * face's corners counter-clockwise as seen from outside the cube, each sign change is a crossing
 * that "enters" (outside → inside) or "exits". Every entering crossing is joined to the next exiting
 * one in that order, which cuts off each inside corner separately on an ambiguous face (two
 * diagonal inside corners). The rule depends only on the face's own four corners, so the two cubes
 * that share a face draw the same segments there (in opposite directions): the mesh is closed.
 * Each crossing ends one segment and starts another, so the segments form loops; each loop is
 * fanned into triangles wound counter-clockwise seen from the outside (below-level) side, starting from a
 * vertex chosen so that no diagonal lies on a cube face (see safeFanStart).
 */

/** Corner at the start of edge e, and the axis it runs along. */
export function edgeCorner(e: number): number {
  const axis = e >> 2, m = e & 3;
  const b = (axis + 1) % 3, c = (axis + 2) % 3;
  return ((m & 1) << b) | (((m >> 1) & 1) << c);
}

/** The edge joining two corners that differ in exactly one bit. */
function edgeBetween(c0: number, c1: number): number {
  const diff = c0 ^ c1;
  const axis = diff === 1 ? 0 : diff === 2 ? 1 : 2;
  const lo = c0 & c1;
  const b = (axis + 1) % 3, c = (axis + 2) % 3;
  return axis * 4 + ((lo >> b) & 1) + (((lo >> c) & 1) << 1);
}

/** The four corners of face (axis, side), counter-clockwise as seen from outside the cube. */
function faceCorners(axis: number, side: number): number[] {
  const b = (axis + 1) % 3, c = (axis + 2) % 3;
  // Right-handed (u, v, outward normal): e_b × e_c = +e_axis, e_c × e_b = -e_axis.
  const [u, v] = side === 1 ? [b, c] : [c, b];
  const base = side << axis;
  const uv = [[0, 0], [1, 0], [1, 1], [0, 1]];
  return uv.map(([du, dv]) => base | (du << u) | (dv << v));
}

/** Faces (as axis·2 + side) an edge lies on: a bit mask over the 6 faces. */
function edgeFaces(e: number): number {
  const axis = e >> 2, c0 = edgeCorner(e);
  let mask = 0;
  for (let b = 0; b < 3; b++) if (b !== axis) mask |= 1 << (b * 2 + ((c0 >> b) & 1));
  return mask;
}

/** Loops (edge lists, outward counter-clockwise) of one inside/outside pattern; bit c of `pattern` = corner c inside. */
function loopsOf(pattern: number): number[][] {
  const next = new Int8Array(12).fill(-1);
  for (let axis = 0; axis < 3; axis++) {
    for (let side = 0; side < 2; side++) {
      const q = faceCorners(axis, side);
      const crossings: { edge: number; entering: boolean }[] = [];
      for (let i = 0; i < 4; i++) {
        const a = q[i], b = q[(i + 1) & 3];
        const ina = (pattern >> a) & 1, inb = (pattern >> b) & 1;
        if (ina !== inb) crossings.push({ edge: edgeBetween(a, b), entering: inb === 1 });
      }
      const n = crossings.length;
      for (let i = 0; i < n; i++) {
        if (!crossings[i].entering) continue;
        for (let s = 1; s < n; s++) {
          const o = crossings[(i + s) % n];
          if (!o.entering) { next[crossings[i].edge] = o.edge; break; }
        }
      }
    }
  }
  const loops: number[][] = [];
  const used = new Uint8Array(12);
  for (let start = 0; start < 12; start++) {
    if (next[start] < 0 || used[start]) continue;
    const loop: number[] = [];
    for (let e = start; !used[e]; e = next[e]) { used[e] = 1; loop.push(e); }
    loops.push(loop);
  }
  return loops;
}

/**
 * Rotation of a loop whose fan has no diagonal between two edges of one cube face, or -1.
 * Such a diagonal could also be drawn by the neighbouring cube across that face (an edge of four
 * triangles); a diagonal between edges on no common face belongs to this cube alone.
 */
function safeFanStart(loop: number[]): number {
  const n = loop.length;
  for (let s = 0; s < n; s++) {
    let ok = true;
    for (let i = 2; i < n - 1 && ok; i++) ok = (edgeFaces(loop[s]) & edgeFaces(loop[(s + i) % n])) === 0;
    if (ok) return s;
  }
  return -1;
}

/** CSR case table: triangles of pattern p are edges caseEdges[caseOffset[p] .. caseOffset[p+1]), three per triangle. */
export interface CaseTable {
  caseOffset: Uint16Array;
  caseEdges: Uint8Array;
}

/** Build the 256-case table (once per module load; about a millisecond). At most 5 triangles per case. */
export function buildCaseTable(): CaseTable {
  const all: number[][] = [];
  for (let p = 0; p < 256; p++) {
    const tris: number[] = [];
    for (const loop of loopsOf(p)) {
      const s = safeFanStart(loop);
      // Every loop of the 256 patterns has a safe rotation (checked here once and for all).
      if (s < 0) throw new Error(`marching cubes table: no safe triangulation of pattern ${p}`);
      const r = [...loop.slice(s), ...loop.slice(0, s)];
      for (let i = 1; i + 1 < r.length; i++) tris.push(r[0], r[i], r[i + 1]);
    }
    all.push(tris);
  }
  const caseOffset = new Uint16Array(257);
  for (let p = 0; p < 256; p++) caseOffset[p + 1] = caseOffset[p] + all[p].length;
  const caseEdges = new Uint8Array(caseOffset[256]);
  for (let p = 0; p < 256; p++) caseEdges.set(all[p], caseOffset[p]);
  return { caseOffset, caseEdges };
}
