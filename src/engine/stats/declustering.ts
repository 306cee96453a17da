export interface DeclusterOptions {
  /** Cell sizes to try (X size; Y and Z follow anisotropy), or `count` sizes evenly from min to max inclusive. */
  sizes?: number[] | { min: number; max: number; count: number };
  /** Origin offsets averaged per size (GSLIB declus noff). Default 5. */
  origins?: number;
  /** Cell shape [1, ay, az]: a cell of size s is s × ay·s × az·s. Default [1, 1, 1]. */
  anisotropy?: [number, number, number];
  /** Keep the size giving the minimum (clustering in high grades, default) or maximum declustered mean. */
  objective?: 'min' | 'max';
  /**
   * Make each origin's weights sum to one before averaging them, as the 1996 GSLIB 2nd-edition
   * declus.for does. Default false: plain average of 1/(samples in cell), which reproduces the
   * declustering weights published with GSLIB's cluster.dat (cell size 5.5, 5 origins) to 1e-3.
   */
  normalizeOrigins?: boolean;
}

export interface DeclusterResult {
  /** Weight per sample at the chosen size, Σ = number of non-NaN values; 0 for NaN values. */
  weights: Float64Array;
  /** Declustered (weighted) mean at the chosen size. */
  mean: number;
  /** Equal-weight mean. */
  naiveMean: number;
  /** Chosen cell size (X), in coordinate units; 0 when no size improved on the naive mean (equal weights). */
  cellSize: number;
  /** Declustered mean for every size tried. */
  table: { size: Float64Array; mean: Float64Array };
}

/**
 * Cell declustering (Journel 1983; Deutsch & Journel, GSLIB 2nd ed., program declus).
 * For a cell size and a grid origin, each sample's weight is 1/(number of samples in its cell)
 * (see normalizeOrigins); weights are averaged over `origins` grid origins shifted by
 * size/origins (capped at half the data extent), starting 0.01 below the data minimum as GSLIB
 * does, then scaled so that Σ = n. Every size is tried; the one with the minimum (default) or
 * maximum declustered mean is kept if it beats the equal-weight mean (a single given size is
 * always used).
 * Default sizes: 25 sizes from 1/50 to 1/2 of the largest (anisotropy-scaled) extent of the data.
 */
export function cellDecluster(
  x: Float64Array, y: Float64Array, z: Float64Array, values: Float64Array, opts: DeclusterOptions = {},
): DeclusterResult {
  const nAll = values.length;
  if (x.length !== nAll || y.length !== nAll || z.length !== nAll) throw new Error('cellDecluster: x, y, z and values differ in length');
  const noff = Math.max(1, Math.floor(opts.origins ?? 5));
  const [, ay, az] = opts.anisotropy ?? [1, 1, 1];
  if (!(ay > 0 && az > 0)) throw new Error(`cellDecluster: anisotropy factors must be > 0, got [1, ${ay}, ${az}]`);

  const use: number[] = [];
  for (let i = 0; i < nAll; i++) {
    if (!Number.isNaN(values[i]) && Number.isFinite(x[i]) && Number.isFinite(y[i]) && Number.isFinite(z[i])) use.push(i);
  }
  const n = use.length;
  const weights = new Float64Array(nAll);
  let naive = 0;
  for (const i of use) naive += values[i];
  naive = n ? naive / n : NaN;

  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const i of use) {
    const p = [x[i], y[i], z[i]];
    for (let a = 0; a < 3; a++) { if (p[a] < lo[a]) lo[a] = p[a]; if (p[a] > hi[a]) hi[a] = p[a]; }
  }
  const sizes = sizeList(opts.sizes, (n ? Math.max(hi[0] - lo[0], (hi[1] - lo[1]) / ay, (hi[2] - lo[2]) / az) : 0) || 1);
  const table = { size: Float64Array.from(sizes), mean: new Float64Array(sizes.length) };
  if (n === 0) return { weights, mean: NaN, naiveMean: NaN, cellSize: NaN, table: { size: table.size, mean: table.mean.fill(NaN) } };

  const w = new Float64Array(n), best = new Float64Array(n), key = new Float64Array(n);
  const counts = new Map<number, number>();
  const maximise = opts.objective === 'max', normalize = opts.normalizeOrigins ?? false;
  // As GSLIB: equal weights (cell size 0) stand until a size improves on the naive mean.
  let bestMean = naive, bestSize = 0;
  best.fill(1);
  for (let s = 0; s < sizes.length; s++) {
    const cs = [sizes[s], sizes[s] * ay, sizes[s] * az];
    const fac = [0, 1, 2].map((a) => Math.min(cs[a] / noff, 0.5 * (hi[a] - lo[a])));
    const ncx = Math.floor((hi[0] - lo[0]) / cs[0]) + 3, ncy = Math.floor((hi[1] - lo[1]) / cs[1]) + 3;
    w.fill(0);
    for (let k = 0; k < noff; k++) {
      const o = [0, 1, 2].map((a) => lo[a] - 0.01 - k * fac[a]);
      counts.clear();
      for (let j = 0; j < n; j++) {
        const i = use[j];
        const ix = Math.floor((x[i] - o[0]) / cs[0]), iy = Math.floor((y[i] - o[1]) / cs[1]), iz = Math.floor((z[i] - o[2]) / cs[2]);
        const c = ix + ncx * (iy + ncy * iz);
        key[j] = c;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      let sum = 1;
      if (normalize) { sum = 0; for (let j = 0; j < n; j++) sum += 1 / counts.get(key[j])!; }
      for (let j = 0; j < n; j++) w[j] += 1 / counts.get(key[j])! / sum;
    }
    let sw = 0, swv = 0;
    for (let j = 0; j < n; j++) { sw += w[j]; swv += w[j] * values[use[j]]; }
    const mean = swv / sw;
    table.mean[s] = mean;
    if (sizes.length === 1 || (maximise ? mean > bestMean : mean < bestMean)) {
      bestMean = mean; bestSize = sizes[s];
      for (let j = 0; j < n; j++) best[j] = (w[j] * n) / sw;
    }
  }
  for (let j = 0; j < n; j++) weights[use[j]] = best[j];
  return { weights, mean: bestMean, naiveMean: naive, cellSize: bestSize, table };
}

function sizeList(sizes: DeclusterOptions['sizes'], extent: number): number[] {
  let list: number[];
  if (Array.isArray(sizes)) list = sizes.slice();
  else {
    const { min, max, count } = sizes ?? { min: extent / 50, max: extent / 2, count: 25 };
    if (!(count >= 1)) throw new Error(`cellDecluster: count of cell sizes must be ≥ 1, got ${count}`);
    list = count === 1 ? [min] : Array.from({ length: Math.floor(count) }, (_, k) => min + ((max - min) * k) / (Math.floor(count) - 1));
  }
  for (const s of list) if (!(s > 0 && s < Infinity)) throw new Error(`cellDecluster: cell sizes must be positive, got ${s}`);
  return list;
}
