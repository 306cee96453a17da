/**
 * Deterministic inputs of the domain (hard-boundary) fixtures in tests/fixtures/gstat/domains:
 * 36 vertical holes through a tilted lode slab (LITH 1) in background rock (LITH 0), 2 m
 * assays, the lode's closed solid (lode.obj), and for R gstat: the domain-1 samples alone
 * (lode.csv) and every sample's indicator of LITH = 1 (indicator.csv), with their configs.
 * Run by make-domain-fixtures.sh; usage: npx tsx scripts/gstat/makeDomainSamples.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './mulberry32';


const out = process.argv[2];
if (!out) { console.error('usage: makeDomainSamples.ts OUTDIR'); process.exit(2); }
mkdirSync(out, { recursive: true });
const rand = rng(20261202);

/** Lode slab: between the planes z = top(x) − 16 and z = top(x), top(x) = 70 + 0.2·(x − 75). */
const top = (x: number) => 70 + 0.2 * (x - 75);
const THICK = 16;
const inLode = (x: number, z: number) => z < top(x) && z > top(x) - THICK;

const collars = ['HOLEID,X,Y,Z,DEPTH'];
const assays = ['HOLEID,FROM,TO,AU,LITH'];
const lode = ['holeid,x,y,z,value'];
const indicator = ['holeid,x,y,z,value'];
let h = 0;
for (let j = 0; j < 6; j++) for (let i = 0; i < 6; i++) {
  const id = `D${String(++h).padStart(2, '0')}`;
  // Collars jittered off the block grid so no sample sits on a block centre.
  const x = 12.5 + 25 * i + 4 * (rand() - 0.5), y = 12.5 + 25 * j + 4 * (rand() - 0.5);
  const X = x.toFixed(2), Y = y.toFixed(2);
  collars.push(`${id},${X},${Y},100,60`);
  for (let f = 0; f < 60; f += 2) {
    const z = 100 - (f + 1);
    const ore = inLode(+X, z);
    const au = ore ? 3 + Math.sin(+X / 30) + 0.8 * Math.cos(+Y / 25) + 1.5 * rand() : 0.05 + 0.3 * rand();
    const v = au.toFixed(4);
    assays.push(`${id},${f},${f + 2},${v},${ore ? 1 : 0}`);
    if (ore) lode.push(`${id},${X},${Y},${z},${v}`);
    indicator.push(`${id},${X},${Y},${z},${ore ? 1 : 0}`);
  }
}
writeFileSync(join(out, 'collars.csv'), collars.join('\n') + '\n');
writeFileSync(join(out, 'assays.csv'), assays.join('\n') + '\n');
writeFileSync(join(out, 'lode.csv'), lode.join('\n') + '\n');
writeFileSync(join(out, 'indicator.csv'), indicator.join('\n') + '\n');

// The lode solid: a hexahedron over x, y in [0, 150] between the two planes, faces outward.
const P = [[0, 0], [150, 0], [150, 150], [0, 150]];
const v: string[] = [];
for (const [px, py] of P) v.push(`v ${px} ${py} ${top(px) - THICK}`);
for (const [px, py] of P) v.push(`v ${px} ${py} ${top(px)}`);
const faces = ['f 1 4 3 2', 'f 5 6 7 8', 'f 1 2 6 5', 'f 2 3 7 6', 'f 3 4 8 7', 'f 4 1 5 8'];
writeFileSync(join(out, 'lode.obj'), ['# Lode slab of the domain fixtures', ...v, ...faces].join('\n') + '\n');

// Block centres half-way between sample levels (odd Z): no two samples tie at the nmax-th distance.
const grid = { nx: 15, ny: 15, nz: 14, xmn: 5, ymn: 5, zmn: 37.5, xsiz: 10, ysiz: 10, zsiz: 4 };
const cfg = (nugget: number, sill: number, range: number, search: object) => ({
  range_convention: 'practical', value_column: 'value', nugget,
  structures: [{ type: 'spherical', sill, ranges: [range, range, range], ang1: 0, ang2: 0, ang3: 0 }],
  grid, search,
});
writeFileSync(join(out, 'lode.json'), JSON.stringify(cfg(0.1, 0.5, 80, { nmax: 12, nmin: 3, maxdist: 60 }), null, 2) + '\n');
writeFileSync(join(out, 'indicator.json'), JSON.stringify(cfg(0.02, 0.2, 60, { nmax: 16, nmin: 4, maxdist: 50 }), null, 2) + '\n');
