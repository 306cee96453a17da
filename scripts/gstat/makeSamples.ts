/**
 * Deterministic inputs for the R gstat fixtures (tests/fixtures/gstat): clustered 3-D
 * drill-hole samples with hole ids, target points, and one gstat_ok.R config per case.
 * Run by make-fixtures.sh; usage: npx tsx scripts/gstat/makeSamples.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './mulberry32';


const out = process.argv[2];
if (!out) { console.error('usage: makeSamples.ts OUTDIR'); process.exit(2); }
mkdirSync(out, { recursive: true });
const rand = rng(20240611);
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const DEG = Math.PI / 180;

// 48 holes: 30 clustered around (250, 220), 18 spread over the 400 × 400 area; inclined, 3 m samples.
const rows: string[] = ['holeid,x,y,z,value'];
const samples: [number, number, number][] = [];
for (let h = 0; h < 48; h++) {
  const clustered = h < 30;
  const cx = clustered ? 250 + 45 * gauss() : 20 + 360 * rand();
  const cy = clustered ? 220 + 45 * gauss() : 20 + 360 * rand();
  const az = 360 * rand(), dip = -(55 + 35 * rand());
  const ux = Math.sin(az * DEG) * Math.cos(dip * DEG), uy = Math.cos(az * DEG) * Math.cos(dip * DEG), uz = Math.sin(dip * DEG);
  const nS = 20 + Math.floor(30 * rand());
  for (let s = 0; s < nS; s++) {
    const d = 1.5 + 3 * s + 0.4 * rand();
    const x = +(cx + d * ux).toFixed(3), y = +(cy + d * uy).toFixed(3), z = +(210 + d * uz).toFixed(3);
    const field = Math.sin(x / 70) + Math.cos(y / 55) + 0.6 * Math.sin((x + y + 2 * z) / 90) + 0.35 * gauss();
    const value = +Math.exp(0.6 * field).toFixed(4);
    rows.push(`DH${String(h + 1).padStart(3, '0')},${x},${y},${z},${value}`);
    samples.push([x, y, z]);
  }
}
writeFileSync(join(out, 'samples.csv'), rows.join('\n') + '\n');

// 400 random targets in the sampled volume plus 5 exactly at samples (point kriging honours data there).
const targets: string[] = ['id,x,y,z'];
for (let i = 0; i < 400; i++) {
  targets.push(`${i},${(100 + 280 * rand()).toFixed(3)},${(80 + 280 * rand()).toFixed(3)},${(90 + 120 * rand()).toFixed(3)}`);
}
for (let i = 0; i < 5; i++) {
  const s = samples[Math.floor(rand() * samples.length)];
  targets.push(`${400 + i},${s[0]},${s[1]},${s[2]}`);
}
writeFileSync(join(out, 'targets.csv'), targets.join('\n') + '\n');

const grid = { nx: 20, ny: 20, nz: 8, xmn: 60, ymn: 40, zmn: 82.5, xsiz: 15, ysiz: 16, zsiz: 15 };
const sph = { type: 'spherical', sill: 0.9, ranges: [150, 150, 150], ang1: 0, ang2: 0, ang3: 0 };
const rotated = { type: 'spherical', sill: 1.0, ranges: [200, 110, 45], ang1: 35, ang2: -25, ang3: 40 };
const nested = [
  { type: 'exponential', sill: 0.3, ranges: [260, 150, 70], ang1: 120, ang2: 10, ang3: -30 },
  { type: 'spherical', sill: 0.4, ranges: [150, 80, 40], ang1: 35, ang2: -25, ang3: 40 },
  { type: 'gaussian', sill: 0.2, ranges: [90, 90, 50], ang1: 300, ang2: 0, ang3: 15 },
];
const cases: Record<string, object> = {
  iso_sph: { nugget: 0.1, structures: [sph], grid, search: { nmax: 16, nmin: 4, maxdist: 120 } },
  aniso_rot: { nugget: 0.05, structures: [rotated], grid, search: { nmax: 20, nmin: 4, maxdist: 150 } },
  nested: { nugget: 0.15, structures: nested, grid, search: { nmax: 24, nmin: 6, maxdist: 140 } },
  points: { nugget: 0.15, structures: nested, search: { nmax: 24, nmin: 4, maxdist: 140 } },
  block: { nugget: 0.15, structures: nested, grid, block: { nx: 3, ny: 3, nz: 2 }, search: { nmax: 24, nmin: 4, maxdist: 140 } },
  cv_loo: { nugget: 0.05, structures: [rotated], search: { nmax: 20, nmin: 4, maxdist: 150 }, cv: { max: 300 } },
  cv_hole: { nugget: 0.1, structures: [sph], search: { nmax: 16, nmin: 4, maxdist: 120 }, cv: { group_column: 'holeid' } },
};
for (const [name, cfg] of Object.entries(cases)) {
  writeFileSync(join(out, `${name}.json`), JSON.stringify({ range_convention: 'practical', value_column: 'value', ...cfg }, null, 2) + '\n');
}
console.error(`makeSamples: ${samples.length} samples, ${targets.length - 1} targets, ${Object.keys(cases).length} configs -> ${out}`);
