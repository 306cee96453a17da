import { blockCount } from '../grid/blockGrid';
import type { SolidIndex } from '../mesh/solidIndex';
import type { BlockGrid } from '../types';

/**
 * Domain of each block from closed solids: the index of the first solid (in the order given)
 * containing the block's centroid, −1 for none. One vertical ray per block column: its
 * crossings with each solid are found once and every block of the column is classified by
 * counting the crossings above its centroid (parity, see SolidIndex).
 */
export function blockDomainsFromSolids(grid: BlockGrid, solids: SolidIndex[]): Int32Array {
  const [nx, ny, nz] = grid.count;
  const out = new Int32Array(blockCount(grid)).fill(-1);
  for (let j = 0; j < ny; j++) {
    const y = grid.origin[1] + j * grid.size[1];
    for (let i = 0; i < nx; i++) {
      const x = grid.origin[0] + i * grid.size[0];
      for (let s = 0; s < solids.length; s++) {
        const hits = solids[s].crossings(x, y);
        if (hits.length === 0) continue;
        for (let k = 0; k < nz; k++) {
          const b = (k * ny + j) * nx + i;
          if (out[b] >= 0) continue;
          const z = grid.origin[2] + k * grid.size[2];
          let above = 0;
          for (const h of hits) if (h > z) above++;
          if (above & 1) out[b] = s;
        }
      }
    }
  }
  return out;
}

/** The code of the most probable domain per block: index into the probability arrays (first on ties), −1 where every probability is NaN. */
export function mostProbable(probabilities: Float64Array[], n: number): { domain: Int32Array; probability: Float64Array } {
  const domain = new Int32Array(n).fill(-1);
  const probability = new Float64Array(n).fill(NaN);
  for (let b = 0; b < n; b++) {
    let best = -1, bp = -Infinity;
    for (let d = 0; d < probabilities.length; d++) {
      const p = probabilities[d][b];
      if (Number.isFinite(p) && p > bp) { bp = p; best = d; }
    }
    if (best >= 0) { domain[b] = best; probability[b] = bp; }
  }
  return { domain, probability };
}
