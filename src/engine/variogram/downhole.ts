import { COINCIDENT } from './covariance';
import { checkLags, LagAccumulator, valueStats, type ExperimentalVariogram } from './experimental';

/** The part of a SampleSet the downhole variogram reads. */
export interface DownholeSamples {
  hole: Int32Array;
  from?: Float64Array;
  to?: Float64Array;
}

/**
 * Downhole experimental semivariogram: pairs of samples in the same hole only, at the
 * downhole distance |mid_i − mid_j| between interval midpoints (mid = (from + to)/2).
 * Lag classes as experimentalVariogram (k·lag ± lagTolerance, k = 0..lagCount). Samples with
 * no hole (hole < 0) or a NaN value/from/to are skipped. Distances in the depth unit.
 */
export function downholeVariogram(
  samples: DownholeSamples, v: Float64Array, opts: { lag: number; lagCount: number; lagTolerance?: number },
): ExperimentalVariogram {
  const [lag, lagCount, tol] = checkLags(opts);
  const { hole, from, to } = samples;
  if (!from || !to) throw new Error('downhole variogram: the samples have no from/to intervals (point data); use experimentalVariogram');
  const n = v.length;
  if (hole.length !== n || from.length !== n || to.length !== n) throw new Error(`downhole variogram: hole, from, to and values differ in length (${hole.length}, ${from.length}, ${to.length}, ${n})`);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (hole[i] >= 0 && Number.isFinite(v[i]) && Number.isFinite(from[i]) && Number.isFinite(to[i])) idx.push(i);
  const mid = new Float64Array(n);
  for (const i of idx) mid[i] = (from[i] + to[i]) / 2;
  idx.sort((a, b) => hole[a] - hole[b] || mid[a] - mid[b]);
  const acc = new LagAccumulator(lag, lagCount, tol);
  const maxDist = lagCount * lag + tol;
  for (let p = 0; p < idx.length; p++) {
    const i = idx[p];
    for (let q = p + 1; q < idx.length; q++) {
      const j = idx[q];
      if (hole[j] !== hole[i]) break;
      const h = mid[j] - mid[i];
      if (h > maxDist) break;
      const d = v[i] - v[j];
      acc.add(h < COINCIDENT ? 0 : h, d * d);
    }
  }
  const used = Int32Array.from(idx);
  return acc.result('downhole', { ...valueStats(v, used), sampling: 1 });
}
