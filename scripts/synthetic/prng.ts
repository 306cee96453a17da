/**
 * Seeded pseudo-random numbers for the synthetic data sets. Deterministic on every platform:
 * 32-bit integer arithmetic only (Math.imul), no Math.random.
 */

/** A seeded generator: uniform in [0, 1), standard normal, and helpers. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal N(0, 1) (Box–Muller). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

/**
 * sfc32 ("small fast chaotic", Chris Doty-Humphrey, PractRand), seeded through splitmix32
 * so that nearby seeds give unrelated streams.
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  let spare: number | null = null;
  const next = (): number => u32() / 4294967296;
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (n) => Math.floor(next() * n),
    normal: () => {
      if (spare !== null) { const v = spare; spare = null; return v; }
      let u = next();
      while (u <= 1e-12) u = next();
      const r = Math.sqrt(-2 * Math.log(u)), th = 2 * Math.PI * next();
      spare = r * Math.sin(th);
      return r * Math.cos(th);
    },
  };
}
