/**
 * Scenes made for the browser tests and the browser benchmark: point samples of a smooth,
 * dipping grade field (deterministic), embedded in the scene as CSV text.
 */

/** Park–Miller LCG in [0, 1): deterministic, no dependency. */
function lcg(seed: number): () => number {
  let s = seed % 2147483647;
  if (s <= 0) s += 2147483646;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A lognormal-looking grade of a tabular body dipping 30° to the east, highest along its centre plane. */
export function gradeAt(x: number, y: number, z: number): number {
  const d = z - (0.58 * x - 60); // distance (vertical) from the plane z = 0.58 x - 60
  const shoot = Math.exp(-((y - 100) ** 2) / (2 * 70 ** 2));
  return 0.05 + 4 * shoot * Math.exp(-(d * d) / (2 * 12 ** 2));
}

/** Points on vertical "holes" over [0, 240] × [0, 200], sampled every 4 m between z = -120 and 0. */
export function pointsCsv(holes = 10 * 9, seed = 7): { csv: string; n: number } {
  const rnd = lcg(seed);
  const rows = ['HOLEID,X,Y,Z,AU'];
  let n = 0;
  const nx = Math.max(1, Math.round(Math.sqrt(holes * 1.2))), ny = Math.max(1, Math.ceil(holes / nx));
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const x = 12 + (i + 0.3 * (rnd() - 0.5)) * (216 / Math.max(1, nx - 1));
      const y = 10 + (j + 0.3 * (rnd() - 0.5)) * (180 / Math.max(1, ny - 1));
      for (let z = -2; z > -120; z -= 4) {
        const g = gradeAt(x, y, z) * Math.exp(0.25 * (rnd() - 0.5));
        rows.push(`H${i}_${j},${x.toFixed(2)},${y.toFixed(2)},${z.toFixed(1)},${g.toFixed(4)}`);
        n++;
      }
    }
  }
  return { csv: `${rows.join('\n')}\n`, n };
}

/** A scene over pointsCsv with a grid of count blocks (origin at the first centroid) and a set view. */
export function pointsScene(opts: { name: string; count: [number, number, number]; holes?: number; maxSamples?: number }): string {
  const { csv } = pointsCsv(opts.holes);
  const [nx, ny, nz] = opts.count;
  const size = [240 / nx, 200 / ny, 120 / nz];
  const scene = {
    lode: 1,
    name: opts.name,
    units: 'm',
    gradeUnits: { AU: 'g/t' },
    data: { samples: { text: csv, name: 'points.csv' } },
    estimate: {
      elements: ['AU'],
      variograms: { AU: { nugget: 0.05, structures: [{ type: 'spherical', sill: 0.95, ranges: [120, 100, 30], angles: [90, -30, 0] }] } },
      search: { ranges: [150, 120, 50], angles: [90, -30, 0], minSamples: 2, maxSamples: opts.maxSamples ?? 12, maxPerHole: 0 },
      discretization: [1, 1, 1],
      grid: { origin: [size[0] / 2, size[1] / 2, -120 + size[2] / 2], size, count: opts.count },
    },
    resources: { density: 2.7 },
    view: {
      element: 'AU', cutoff: 0.5, field: 'estimate', colormap: 'viridis',
      camera: { position: [-180, -260, 220], target: [120, 100, -60], up: [0, 0, 1], fov: 45 },
    },
  };
  return JSON.stringify(scene);
}
