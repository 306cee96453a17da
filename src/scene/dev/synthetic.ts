import type { BlockEstimates, BlockGrid, DesurveyedHoles, SampleSet, Vec3 } from '../../engine/types';
import { blockCount } from '../../engine/grid/blockGrid';

/** A synthetic deposit for the harness: a lode dipping 50° east at large real coordinates, inclined holes, composites and a full-grid "estimate". */
export interface SyntheticModel {
  grid: BlockGrid;
  holes: DesurveyedHoles;
  samples: SampleSet;
  estimates: BlockEstimates;
}

const ORIGIN: Vec3 = [2_300_000, 7_005_000, 400];

/** Grade (g/t) of the lode at a point: high near a plane dipping east, with a plunging shoot. */
function lodeGrade(x: number, y: number, z: number, noise: number): number {
  const u = x - ORIGIN[0] - 250, v = y - ORIGIN[1] - 200, w = z - ORIGIN[2] - 100;
  const dip = (50 * Math.PI) / 180;
  const d = u * Math.sin(dip) + w * Math.cos(dip); // distance from the plane
  const along = v - 0.4 * w;
  const shoot = Math.exp(-(along * along) / (2 * 120 * 120));
  return Math.exp(-(d * d) / (2 * 18 * 18)) * (0.3 + 4 * shoot) * Math.exp(0.35 * noise);
}

/** Deterministic pseudo-random numbers (Park–Miller). */
function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Build the model with n[0]·n[1]·n[2] blocks (block size scales so the extent stays ~500 × 400 × 200 m). */
export function syntheticModel(n: Vec3 = [50, 40, 40]): SyntheticModel {
  const rnd = prng(7);
  const size: Vec3 = [500 / n[0], 400 / n[1], 200 / n[2]];
  const grid: BlockGrid = { origin: [ORIGIN[0] + size[0] / 2, ORIGIN[1] + size[1] / 2, ORIGIN[2] + size[2] / 2], size, count: n };

  // Holes: a 6 × 5 pattern, collars on a gently sloping surface, azimuth 270° (west), dip −60°.
  const ids: string[] = [], md: number[] = [], x: number[] = [], y: number[] = [], z: number[] = [];
  const dx: number[] = [], dy: number[] = [], dz: number[] = [], offset: number[] = [0];
  const dip = (-60 * Math.PI) / 180, az = (270 * Math.PI) / 180;
  const dir: Vec3 = [Math.sin(az) * Math.cos(dip), Math.cos(az) * Math.cos(dip), Math.sin(dip)];
  for (let a = 0; a < 6; a++) {
    for (let b = 0; b < 5; b++) {
      ids.push(`SYN-${String(a * 5 + b + 1).padStart(3, '0')}`);
      const cx = ORIGIN[0] + 200 + a * 60, cy = ORIGIN[1] + 40 + b * 80, cz = ORIGIN[2] + 200 + 0.02 * a * 60;
      const len = 220;
      for (const m of [0, len]) {
        md.push(m); x.push(cx + m * dir[0]); y.push(cy + m * dir[1]); z.push(cz + m * dir[2]);
        dx.push(dir[0]); dy.push(dir[1]); dz.push(dir[2]);
      }
      offset.push(md.length);
    }
  }
  const holes: DesurveyedHoles = {
    holeIds: ids, offset: Int32Array.from(offset), md: Float64Array.from(md),
    x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z),
    dx: Float64Array.from(dx), dy: Float64Array.from(dy), dz: Float64Array.from(dz),
  };

  // 5 m composites along every hole.
  const sx: number[] = [], sy: number[] = [], sz: number[] = [], hole: number[] = [], from: number[] = [], to: number[] = [], au: number[] = [];
  for (let h = 0; h < ids.length; h++) {
    const o = offset[h];
    for (let m = 0; m < 220; m += 5) {
      const mid = m + 2.5;
      const px = x[o] + mid * dir[0], py = y[o] + mid * dir[1], pz = z[o] + mid * dir[2];
      sx.push(px); sy.push(py); sz.push(pz); hole.push(h); from.push(m); to.push(m + 5);
      au.push(rnd() < 0.03 ? NaN : lodeGrade(px, py, pz, 2 * rnd() - 1));
    }
  }
  const samples: SampleSet = {
    x: Float64Array.from(sx), y: Float64Array.from(sy), z: Float64Array.from(sz), hole: Int32Array.from(hole), holeIds: ids,
    from: Float64Array.from(from), to: Float64Array.from(to), values: { AU: Float64Array.from(au) },
  };

  // "Estimate": the smooth lode grade; unestimated (NaN) far from the drilled volume.
  const nb = blockCount(grid);
  const estimate = new Float64Array(nb), variance = new Float64Array(nb), slope = new Float64Array(nb);
  const nSamples = new Int32Array(nb), nHoles = new Int32Array(nb), meanDistance = new Float64Array(nb), pass = new Uint8Array(nb);
  const [nx, ny] = n;
  for (let b = 0; b < nb; b++) {
    const i = b % nx, j = Math.floor(b / nx) % ny, k = Math.floor(b / (nx * ny));
    const px = grid.origin[0] + i * size[0], py = grid.origin[1] + j * size[1], pz = grid.origin[2] + k * size[2];
    const reach = Math.hypot((px - ORIGIN[0] - 300) / 330, (py - ORIGIN[1] - 200) / 250, (pz - ORIGIN[2] - 110) / 140);
    if (reach > 1) { estimate[b] = NaN; variance[b] = NaN; slope[b] = NaN; continue; }
    estimate[b] = lodeGrade(px, py, pz, 0);
    variance[b] = 0.2 + 0.8 * reach * reach;
    slope[b] = 1 - 0.6 * reach;
    nSamples[b] = Math.max(4, Math.round(24 * (1 - reach)));
    nHoles[b] = Math.max(2, Math.round(8 * (1 - reach)));
    meanDistance[b] = 20 + 80 * reach;
    pass[b] = reach < 0.6 ? 1 : reach < 0.85 ? 2 : 3;
  }
  return { grid, holes, samples, estimates: { start: 0, estimate, variance, slope, nSamples, nHoles, meanDistance, pass, singular: 0, unestimated: 0, illConditioned: 0, negativeWeights: 0, maxCondition: 0 } };
}
