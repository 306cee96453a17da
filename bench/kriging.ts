/**
 * The kriging benchmark case: 20,000 composites, 200,000 blocks, 32 neighbours.
 * Deterministic (seeded). bench/engine.ts times it with 1 and 2 worker threads and
 * against R gstat; `gstatConfig` and `samplesCsv` describe the identical case for
 * ../shared/reference/gstat_ok.R (isotropic search: gstat's neighbourhood is Euclidean).
 * Run alone: node --import tsx bench/kriging.ts  (single thread, prints blocks/s)
 */
import { estimateBlocks, type EstimateRequest } from '../src/engine/kriging';
import { rng } from '../scripts/gstat/mulberry32';


export interface KrigingBenchCase {
  request: EstimateRequest;
  /** Config for gstat_ok.R on the same case. */
  gstatConfig: object;
  /** The composites as CSV (holeid,x,y,z,value) for gstat_ok.R. */
  samplesCsv: () => string;
  blocks: number;
}

/** 400 inclined holes × 50 two-metre composites over a 1,000 × 1,000 × 300 m volume; 100 × 100 × 20 blocks of 10 × 10 × 15 m. */
export function krigingBenchCase(opts: { samples?: number; discretization?: [number, number, number] } = {}): KrigingBenchCase {
  const nSamples = opts.samples ?? 20_000, perHole = 50, holes = Math.ceil(nSamples / perHole);
  const rand = rng(7);
  const x = new Float64Array(nSamples), y = new Float64Array(nSamples), z = new Float64Array(nSamples);
  const v = new Float64Array(nSamples), hole = new Int32Array(nSamples);
  const DEG = Math.PI / 180;
  let k = 0;
  for (let h = 0; h < holes && k < nSamples; h++) {
    const cx = 1000 * rand(), cy = 1000 * rand(), az = 360 * rand(), dip = -(60 + 30 * rand());
    const ux = Math.sin(az * DEG) * Math.cos(dip * DEG), uy = Math.cos(az * DEG) * Math.cos(dip * DEG), uz = Math.sin(dip * DEG);
    for (let s = 0; s < perHole && k < nSamples; s++, k++) {
      const d = 1 + 2 * s;
      x[k] = cx + d * ux; y[k] = cy + d * uy; z[k] = 300 + d * uz;
      v[k] = Math.exp(0.5 * (Math.sin(x[k] / 80) + Math.cos(y[k] / 60) + Math.sin(z[k] / 40)) + 0.3 * (rand() - 0.5));
      hole[k] = h;
    }
  }
  const request: EstimateRequest = {
    data: { x, y, z, v, hole },
    grid: { origin: [5, 5, 157.5], size: [10, 10, 15], count: [100, 100, 20] },
    model: { nugget: 0.1, structures: [
      { type: 'spherical', sill: 0.5, ranges: [120, 120, 120], angles: [0, 0, 0] },
      { type: 'spherical', sill: 0.4, ranges: [300, 300, 300], angles: [0, 0, 0] },
    ] },
    search: { ranges: [150, 150, 150], angles: [0, 0, 0], minSamples: 4, maxSamples: 32, maxPerHole: 0 },
    kriging: { type: 'ordinary' },
    discretization: opts.discretization ?? [1, 1, 1],
  };
  const [dx, dy, dz] = request.discretization;
  const gstatConfig = {
    nugget: 0.1, range_convention: 'practical', value_column: 'value',
    structures: request.model.structures.map((s) => ({ type: s.type, sill: s.sill, ranges: s.ranges, ang1: 0, ang2: 0, ang3: 0 })),
    grid: { nx: 100, ny: 100, nz: 20, xmn: 5, ymn: 5, zmn: 157.5, xsiz: 10, ysiz: 10, zsiz: 15 },
    block: { nx: dx, ny: dy, nz: dz },
    search: { nmax: 32, nmin: 4, maxdist: 150 },
  };
  const samplesCsv = () => {
    const lines = ['holeid,x,y,z,value'];
    for (let i = 0; i < nSamples; i++) lines.push(`H${hole[i]},${x[i]},${y[i]},${z[i]},${v[i]}`);
    return lines.join('\n') + '\n';
  };
  return { request, gstatConfig, samplesCsv, blocks: 200_000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = krigingBenchCase();
  const t0 = performance.now(), u0 = process.cpuUsage();
  const r = estimateBlocks(c.request);
  const s = (performance.now() - t0) / 1000, cpu = process.cpuUsage(u0).user / 1e6;
  const est = c.blocks - r.unestimated - r.singular;
  console.log(`kriging bench: ${c.blocks} blocks (${est} estimated, ${r.unestimated} unestimated, ${r.singular} singular) in ${s.toFixed(2)} s = ${Math.round(c.blocks / s)} blocks/s (${Math.round(c.blocks / cpu)} per CPU-second), 1 thread; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
}
