import type { EstimationData } from '../src/engine/types';

/** Deterministic samples in 200 × 200 × 50 m: a smooth trend plus noise, sample i in hole i mod `holes`. */
export function syntheticSamples(n: number, seed: number, holes: number): EstimationData {
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), v = new Float64Array(n), hole = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rnd() * 200; y[i] = rnd() * 200; z[i] = rnd() * 50;
    v[i] = 2 + Math.sin(x[i] / 30) + Math.cos(y[i] / 40) + 0.3 * rnd();
    hole[i] = i % holes;
  }
  return { x, y, z, v, hole };
}
