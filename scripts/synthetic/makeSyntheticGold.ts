/**
 * Writes sample-models/synthetic-gold/{collars,surveys,assays,lithology}.csv, scene.json,
 * scene-lode.json (Au estimated inside the logged lode only) and README.md:
 * a synthetic orogenic gold deposit, the same bytes on every run (seeded; no Math.random).
 *   npx tsx scripts/synthetic/makeSyntheticGold.ts [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from './prng';
import { drillHoles, type Hole } from './drillPlan';
import { assayCsv, assayHole, type Interval } from './assays';
import { DETECTION, ORIGIN, makeFields } from './goldModel';
import { goldLodeScene, goldScene } from './goldScene';
import { goldReadme } from './goldReadme';

/** Seeds of the independent random streams. */
const SEEDS = { plan: 20_250_101, fields: 7_310, assays: 4_242, quirks: 99 } as const;
/** Probability that a sample is lost (core loss: row kept, grades blank). */
const CORE_LOSS = 0.0015;
/** Sample rows missing from the table (gaps: samples never received by the laboratory). */
const MISSING_ROWS = 6;

/** What was generated, for the README and the tests. */
export interface GoldSummary {
  holes: number;
  surveys: number;
  intervals: number;
  metresDrilled: number;
  /** Holes of campaign 1, assayed for Au only. */
  auOnlyHoles: string[];
  belowDetection: { Au: number; Ag: number; Cu: number };
  lost: { hole: string; from: number; to: number }[];
  missing: { hole: string; from: number; to: number }[];
  /** Per hole: downhole depth of the lode's centre (m). */
  lodeDepth: Record<string, number>;
  blocks: number;
  /** Collar dips (degrees), elevations, eastings and northings (m): [min, max]. */
  collarDip: [number, number];
  collarRl: [number, number];
  collarEasting: [number, number];
  collarNorthing: [number, number];
  /** Holes whose survey azimuths cross north (359 → 0). */
  azimuthWrap: string[];
}

const fmt2 = (v: number) => v.toFixed(2);

/** Generates every file of the sample (name → text) and a summary, without touching the disk. */
export function generateSyntheticGold(): { files: Record<string, string>; summary: GoldSummary } {
  const holes: Hole[] = drillHoles(createRng(SEEDS.plan));
  const fields = makeFields(SEEDS.fields);
  const arng = createRng(SEEDS.assays);
  let rows: Interval[] = holes.flatMap((h) => assayHole(arng, fields, h));
  // The geologist's log: every interval (lost or not received by the laboratory included) is LODE when mostly inside the lode.
  const lithology = ['HOLEID,FROM,TO,LITH', ...rows.map((r) => `${r.hole},${r.from},${r.to},${r.lodeFraction >= 0.5 ? 'LODE' : 'WALL'}`)];

  const q = createRng(SEEDS.quirks);
  for (const r of rows) if (q.next() < CORE_LOSS) r.lost = true;
  const drop = new Set<number>();
  while (drop.size < MISSING_ROWS) {
    // Interior samples only, so that each one leaves a visible gap between two samples of its hole.
    const i = 1 + q.int(rows.length - 2);
    if (rows[i - 1].hole === rows[i].hole && rows[i + 1].hole === rows[i].hole && !drop.has(i - 1) && !drop.has(i + 1)) drop.add(i);
  }
  const missing = [...drop].sort((a, b) => a - b).map((i) => ({ hole: rows[i].hole, from: rows[i].from, to: rows[i].to }));
  rows = rows.filter((_, i) => !drop.has(i));

  const collars = ['HOLEID,EASTING,NORTHING,RL,DEPTH', ...holes.map((h) =>
    [h.id, fmt2(h.collar[0] + ORIGIN.easting), fmt2(h.collar[1] + ORIGIN.northing), fmt2(h.collar[2]), h.depth.toFixed(1)].join(','))];
  const surveys = ['HOLEID,AT,AZIMUTH,DIP'];
  for (const h of holes) h.at.forEach((m, i) => surveys.push([h.id, m.toFixed(1), h.az[i].toFixed(1), h.dip[i].toFixed(1)].join(',')));

  const scene = goldScene(holes.length);
  const g = scene.estimate!.grid!;
  const kept = rows.filter((r) => !r.lost);
  const summary: GoldSummary = {
    holes: holes.length,
    surveys: surveys.length - 1,
    intervals: rows.length,
    metresDrilled: Math.round(holes.reduce((s, h) => s + h.depth, 0) * 10) / 10,
    auOnlyHoles: holes.filter((h) => h.campaign === 1).map((h) => h.id),
    belowDetection: {
      Au: kept.filter((r) => r.au < DETECTION.Au).length,
      Ag: kept.filter((r) => r.ag < DETECTION.Ag).length,
      Cu: kept.filter((r) => r.cu < DETECTION.Cu).length,
    },
    lost: rows.filter((r) => r.lost).map((r) => ({ hole: r.hole, from: r.from, to: r.to })),
    missing,
    lodeDepth: Object.fromEntries(holes.map((h) => [h.id, Math.round(h.lodeDepth * 10) / 10])),
    blocks: g.count[0] * g.count[1] * g.count[2],
    collarDip: [Math.min(...holes.map((h) => h.dip[0])), Math.max(...holes.map((h) => h.dip[0]))],
    collarRl: [Math.min(...holes.map((h) => h.collar[2])), Math.max(...holes.map((h) => h.collar[2]))],
    collarEasting: [Math.min(...holes.map((h) => h.collar[0])) + ORIGIN.easting, Math.max(...holes.map((h) => h.collar[0])) + ORIGIN.easting],
    collarNorthing: [Math.min(...holes.map((h) => h.collar[1])) + ORIGIN.northing, Math.max(...holes.map((h) => h.collar[1])) + ORIGIN.northing],
    azimuthWrap: holes.filter((h) => h.az.some((a) => a < 90) && h.az.some((a) => a > 270)).map((h) => h.id),
  };
  const files: Record<string, string> = {
    'collars.csv': collars.join('\n') + '\n',
    'surveys.csv': surveys.join('\n') + '\n',
    'assays.csv': assayCsv(rows),
    'scene.json': JSON.stringify(scene, null, 2) + '\n',
    'lithology.csv': lithology.join('\n') + '\n',
    'scene-lode.json': JSON.stringify(goldLodeScene(scene), null, 2) + '\n',
  };
  files['README.md'] = goldReadme(summary, scene);
  return { files, summary };
}

/** Writes the sample into outDir (created if needed); returns the summary. */
export function writeSyntheticGold(outDir: string): GoldSummary {
  const { files, summary } = generateSyntheticGold();
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(resolve(outDir, name), text);
  return summary;
}

/** Default output folder: sample-models/synthetic-gold of this repository. */
export const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-models/synthetic-gold');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? DEFAULT_OUT);
  const s = writeSyntheticGold(out);
  process.stderr.write(`synthetic gold: ${s.holes} holes, ${s.surveys} survey stations, ${s.intervals} assay intervals, `
    + `${s.blocks} blocks → ${out}\n`);
}
