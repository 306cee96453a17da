/**
 * Median distance from each point to its nearest neighbour in the XY plane (a bucket grid:
 * no O(n²) scan). Points closer than `minDistance` count as the same location and are skipped
 * as neighbours. NaN when fewer than two distinct points.
 */
export function medianNearestXY(x: ArrayLike<number>, y: ArrayLike<number>, minDistance = 1e-9): number {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) idx.push(i);
  const n = idx.length;
  if (n < 2) return NaN;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const i of idx) { x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]); y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i]); }
  // About two points per cell on average.
  const cell = Math.max(Math.sqrt(((x1 - x0) * (y1 - y0) || 1) / (n / 2)), minDistance * 10, 1e-6);
  const nx = Math.max(1, Math.ceil((x1 - x0) / cell) + 1), ny = Math.max(1, Math.ceil((y1 - y0) / cell) + 1);
  const buckets = new Map<number, number[]>();
  const key = (i: number, j: number) => j * nx + i;
  for (const p of idx) {
    const k = key(Math.floor((x[p] - x0) / cell), Math.floor((y[p] - y0) / cell));
    const b = buckets.get(k);
    if (b) b.push(p); else buckets.set(k, [p]);
  }
  const d = new Float64Array(n);
  let m = 0;
  const min2 = minDistance * minDistance;
  for (const p of idx) {
    const ci = Math.floor((x[p] - x0) / cell), cj = Math.floor((y[p] - y0) / cell);
    let best = Infinity;
    // Grow rings until the ring lies beyond the best distance found.
    for (let r = 0; r <= Math.max(nx, ny); r++) {
      if (best < Infinity && (r - 1) * cell > Math.sqrt(best)) break;
      for (let j = cj - r; j <= cj + r; j++) {
        if (j < 0 || j >= ny) continue;
        for (let i = ci - r; i <= ci + r; i++) {
          if (i < 0 || i >= nx || (Math.abs(i - ci) !== r && Math.abs(j - cj) !== r)) continue;
          const b = buckets.get(key(i, j));
          if (!b) continue;
          for (const q of b) {
            const dx = x[q] - x[p], dy = y[q] - y[p], d2 = dx * dx + dy * dy;
            if (d2 > min2 && d2 < best) best = d2;
          }
        }
      }
    }
    if (best < Infinity) d[m++] = Math.sqrt(best);
  }
  if (m === 0) return NaN;
  const s = d.subarray(0, m).sort();
  return m % 2 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
}

/** The "nice" number (1, 2, 2.5, 5 × 10^k) nearest to v in ratio; v > 0. */
export function niceNumber(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) throw new Error(`niceNumber: expected a positive number, got ${v}`);
  const p = 10 ** Math.floor(Math.log10(v));
  let best = p, bestErr = Infinity;
  for (const m of [1, 2, 2.5, 5, 10]) {
    const err = Math.abs(Math.log(v / (m * p)));
    if (err < bestErr) { bestErr = err; best = m * p; }
  }
  return best;
}
