/**
 * Coarser copies of a scene's block grid for tests whose subject is not the sample's own numbers:
 * the same extent in blocks `factor` times larger along each axis (a factor³ fewer blocks), so an
 * estimate and its software-WebGL drawing cost a fraction of the original's.
 */
interface Grid { origin: number[]; size: number[]; count: number[] }

/** The grid with `factor`× larger blocks; the first block starts where it did (origin is its centre). */
export function coarserGrid<G extends Grid>(g: G, factor = 2): G {
  return {
    ...g,
    origin: g.origin.map((o, i) => o + (g.size[i] * (factor - 1)) / 2),
    size: g.size.map((s) => s * factor),
    count: g.count.map((n) => Math.ceil(n / factor)),
  };
}

/** The scene (parsed JSON or a Scene) with its given grid coarsened; throws if it derives its grid. */
export function withCoarserGrid<S extends { estimate?: { grid?: Grid } }>(scene: S, factor = 2): S {
  const g = scene.estimate?.grid;
  if (!g) throw new Error('coarserGrid: this scene derives its grid; only a given grid is coarsened');
  return { ...scene, estimate: { ...scene.estimate, grid: coarserGrid(g, factor) } };
}
