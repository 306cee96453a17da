import type { BlockGrid } from '../types';
import { SolidIndex } from './solidIndex';
import type { TriangleMesh } from './types';

/** Which blocks lie above a topography. */
export interface AirMask {
  /** 1 for a block whose centroid lies above the surface (air), else 0; GSLIB block order. */
  mask: Uint8Array;
  /** Blocks marked as air. */
  air: number;
  /** Blocks whose column the surface does not cover (kept: nothing says they are air). */
  outside: number;
}

/**
 * Blocks above a surface (air): the vertical line through each block centroid is intersected
 * with the surface's triangles (SolidIndex: an XY bucket grid and exact edge tests); a block is
 * air when its centroid is above the highest crossing, so an overhang keeps what lies under it.
 * Columns outside the surface's footprint are kept and counted in `outside`. Several surfaces:
 * a block is air when it is above any of them.
 */
export function airMask(grid: BlockGrid, surfaces: TriangleMesh[]): AirMask {
  const [nx, ny, nz] = grid.count;
  const mask = new Uint8Array(nx * ny * nz);
  let air = 0, outside = 0;
  const indexes = surfaces.map((s) => new SolidIndex(s));
  for (let j = 0; j < ny; j++) {
    const y = grid.origin[1] + j * grid.size[1];
    for (let i = 0; i < nx; i++) {
      const x = grid.origin[0] + i * grid.size[0];
      // Lowest of the surfaces' tops over this column (air above any surface).
      let top = Infinity, covered = false;
      for (const idx of indexes) {
        const h = idx.crossings(x, y);
        if (h.length === 0) continue;
        covered = true;
        top = Math.min(top, Math.max(...h));
      }
      if (!covered) { outside += nz; continue; }
      for (let k = 0; k < nz; k++) {
        if (grid.origin[2] + k * grid.size[2] > top) { mask[(k * ny + j) * nx + i] = 1; air++; }
      }
    }
  }
  return { mask, air, outside };
}
