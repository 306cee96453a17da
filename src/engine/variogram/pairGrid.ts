/**
 * A bucket grid over sample points so that pair statistics visit only pairs closer than a
 * given distance instead of all n² pairs. Cells are cubes; samples are stored CSR-style
 * (cell c owns order[cellStart[c] .. cellStart[c+1]-1]).
 */
export interface PairGrid {
  /** Sample indices (into the caller's x, y, z) sorted by cell. */
  order: Int32Array;
  cellStart: Int32Array;
  nx: number; ny: number; nz: number;
  /** Cell edge length (coordinate units). */
  cell: number;
  /** The distance the grid was built for: pairs up to this length are visited. */
  maxDist: number;
  /** Neighbour reach in cells: ceil(maxDist / cell). */
  reach: number;
}

/** Cells allowed per sample before the cell size grows (keeps memory O(n) for sparse data). */
const CELLS_PER_SAMPLE = 4;

/** Build a bucket grid over the samples listed in `subset` for pairs up to `maxDist` apart. */
export function buildPairGrid(
  x: Float64Array, y: Float64Array, z: Float64Array, subset: Int32Array, maxDist: number,
): PairGrid {
  if (!(maxDist > 0) || !Number.isFinite(maxDist)) throw new Error(`pair grid: maximum distance must be a positive number, got ${maxDist}`);
  let x0 = Infinity, y0 = Infinity, z0 = Infinity, x1 = -Infinity, y1 = -Infinity, z1 = -Infinity;
  for (let k = 0; k < subset.length; k++) {
    const i = subset[k];
    if (x[i] < x0) x0 = x[i]; if (x[i] > x1) x1 = x[i];
    if (y[i] < y0) y0 = y[i]; if (y[i] > y1) y1 = y[i];
    if (z[i] < z0) z0 = z[i]; if (z[i] > z1) z1 = z[i];
  }
  if (subset.length === 0) { x0 = y0 = z0 = 0; x1 = y1 = z1 = 0; }
  const maxCells = Math.max(64, CELLS_PER_SAMPLE * subset.length);
  // Half the search distance gives a 5×5×5 neighbourhood (≈3.7× the sphere's volume).
  let cell = maxDist / 2;
  const dims = (c: number) => [Math.floor((x1 - x0) / c) + 1, Math.floor((y1 - y0) / c) + 1, Math.floor((z1 - z0) / c) + 1];
  let [nx, ny, nz] = dims(cell);
  while (nx * ny * nz > maxCells) {
    cell *= 1.5;
    [nx, ny, nz] = dims(cell);
  }
  const ncell = nx * ny * nz;
  const cellOf = new Int32Array(subset.length);
  const cellStart = new Int32Array(ncell + 1);
  for (let k = 0; k < subset.length; k++) {
    const i = subset[k];
    const c = (Math.floor((z[i] - z0) / cell) * ny + Math.floor((y[i] - y0) / cell)) * nx + Math.floor((x[i] - x0) / cell);
    cellOf[k] = c;
    cellStart[c + 1]++;
  }
  for (let c = 0; c < ncell; c++) cellStart[c + 1] += cellStart[c];
  const fill = cellStart.slice(0, ncell);
  const order = new Int32Array(subset.length);
  for (let k = 0; k < subset.length; k++) order[fill[cellOf[k]]++] = subset[k];
  return { order, cellStart, nx, ny, nz, cell, maxDist, reach: Math.ceil(maxDist / cell) };
}

/**
 * Call visit(i, j, dx, dy, dz, h2) once for every unordered pair of distinct samples with
 * squared distance h2 ≤ maxDist², where (dx, dy, dz) = p[j] − p[i]. Pairs come in no
 * particular order.
 */
export function forEachPair(
  g: PairGrid, x: Float64Array, y: Float64Array, z: Float64Array,
  visit: (i: number, j: number, dx: number, dy: number, dz: number, h2: number) => void,
): void {
  const { order, cellStart, nx, ny, nz, cell, reach: r } = g;
  const max2 = g.maxDist * g.maxDist;
  const gap2 = (o: number) => { const a = Math.max(0, Math.abs(o) - 1) * cell; return a * a; };
  for (let cz = 0; cz < nz; cz++) for (let cy = 0; cy < ny; cy++) for (let cx = 0; cx < nx; cx++) {
    const c = (cz * ny + cy) * nx + cx;
    const a0 = cellStart[c], a1 = cellStart[c + 1];
    if (a0 === a1) continue;
    // Half of the neighbourhood (offsets lexicographically ≥ 0), so each cell pair is seen once.
    for (let oz = 0; oz <= r && cz + oz < nz; oz++) {
      const gz = gap2(oz);
      if (gz > max2) break;
      for (let oy = oz === 0 ? 0 : -r; oy <= r; oy++) {
        const ey = cy + oy;
        if (ey < 0 || ey >= ny) continue;
        const gyz = gz + gap2(oy);
        if (gyz > max2) continue;
        for (let ox = oz === 0 && oy === 0 ? 0 : -r; ox <= r; ox++) {
          const ex = cx + ox;
          if (ex < 0 || ex >= nx || gyz + gap2(ox) > max2) continue;
          const e = ((cz + oz) * ny + ey) * nx + ex;
          const b1 = cellStart[e + 1];
          const same = e === c;
          for (let p = a0; p < a1; p++) {
            const i = order[p];
            const xi = x[i], yi = y[i], zi = z[i];
            for (let q = same ? p + 1 : cellStart[e]; q < b1; q++) {
              const j = order[q];
              const dx = x[j] - xi, dy = y[j] - yi, dz = z[j] - zi;
              const h2 = dx * dx + dy * dy + dz * dz;
              if (h2 <= max2) visit(i, j, dx, dy, dz, h2);
            }
          }
        }
      }
    }
  }
}

/**
 * Upper estimate of the number of pairs forEachPair would visit: Σ over cell pairs within
 * reach of the product of their counts (cheap: no distances computed).
 */
export function estimatePairs(g: PairGrid): number {
  const { cellStart, nx, ny, nz, reach: r } = g;
  let total = 0;
  const count = (c: number) => cellStart[c + 1] - cellStart[c];
  for (let cz = 0; cz < nz; cz++) for (let cy = 0; cy < ny; cy++) for (let cx = 0; cx < nx; cx++) {
    const n = count((cz * ny + cy) * nx + cx);
    if (n === 0) continue;
    let near = 0;
    for (let ez = Math.max(0, cz - r); ez <= Math.min(nz - 1, cz + r); ez++)
      for (let ey = Math.max(0, cy - r); ey <= Math.min(ny - 1, cy + r); ey++)
        for (let ex = Math.max(0, cx - r); ex <= Math.min(nx - 1, cx + r); ex++) near += count((ez * ny + ey) * nx + ex);
    total += n * (near - 1);
  }
  return total / 2;
}
