/**
 * Which screen labels to show so that none overlap: nearest to the camera first, each kept only
 * when its box is clear of the boxes already kept (greedy, as map labelling does for point
 * features). Boxes are found through a uniform grid of cells, so a frame costs O(n log n).
 */

/** Labels to place: anchor on screen (px), depth (smaller = nearer), box size (px). */
export interface LabelBoxes {
  x: Float32Array | number[];
  y: Float32Array | number[];
  depth: Float32Array | number[];
  width: Float32Array | number[];
  height: number;
  /** Labels not to place at all (off screen, behind the camera): 0 = skip. */
  candidate?: Uint8Array;
  /** Space kept free around each box (px). */
  gap?: number;
}

/**
 * 1 for each label shown, 0 for hidden. A label's box is centred horizontally on its anchor and sits
 * above it (as ScreenLabels draws it).
 */
export function declutterLabels(b: LabelBoxes, out = new Uint8Array(b.x.length)): Uint8Array {
  const n = b.x.length, gap = b.gap ?? 2, h = b.height + gap;
  out.fill(0);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!b.candidate || b.candidate[i]) order.push(i);
  order.sort((p, q) => b.depth[p] - b.depth[q] || p - q);
  let maxW = 1;
  for (const i of order) maxW = Math.max(maxW, b.width[i] + gap);
  // Cells as large as the largest box: a box overlaps only boxes kept in its own and the 8 neighbouring cells.
  const cw = maxW, ch = h;
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 73856093 ^ cy * 19349663;
  const left = (i: number) => b.x[i] - (b.width[i] + gap) / 2;
  const top = (i: number) => b.y[i] - h;
  for (const i of order) {
    const l = left(i), t = top(i), w = b.width[i] + gap;
    const cx = Math.floor(l / cw), cy = Math.floor(t / ch);
    let clear = true;
    for (let dx = -1; dx <= 1 && clear; dx++) {
      for (let dy = -1; dy <= 1 && clear; dy++) {
        const kept = cells.get(key(cx + dx, cy + dy));
        if (!kept) continue;
        for (const j of kept) {
          const lj = left(j), tj = top(j), wj = b.width[j] + gap;
          if (l < lj + wj && lj < l + w && t < tj + h && tj < t + h) { clear = false; break; }
        }
      }
    }
    if (!clear) continue;
    out[i] = 1;
    const k = key(cx, cy);
    const list = cells.get(k);
    if (list) list.push(i); else cells.set(k, [i]);
  }
  return out;
}
