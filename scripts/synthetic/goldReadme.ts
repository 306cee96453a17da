import type { SceneInput } from '../../src/io/scene/schema';
import type { GoldSummary } from './makeSyntheticGold';
import {
  DETECTION, DIP, DIP_END, ORIGIN, SHOOT_RAKE, SHOOT_SIGMA, SHOOT_VEC, STRIKE, STRIKE_END, TOP_FULL, TOP_START,
} from './goldModel';
import { LODE_ANGLES } from './goldScene';
import { SURVEY_STEP } from './drillPlan';
import { BACKGROUND_SAMPLE, LODE_SAMPLE, WINDOW } from './assays';

const km = (v: number) => Math.round(v).toLocaleString('en-US');
const bdl = (s: GoldSummary) => (['Au', 'Ag', 'Cu'] as const).filter((e) => s.belowDetection[e] > 0)
  .map((e) => `${e} \`<${DETECTION[e]}\` ×${s.belowDetection[e]}`).join(', ');
const list = (xs: { hole: string; from: number; to: number }[]) => xs.map((x) => `${x.hole} ${x.from}–${x.to} m`).join('; ');

/** README.md of the synthetic sample: what the deposit is, the files, the deliberate quirks. */
export function goldReadme(s: GoldSummary, scene: SceneInput): string {
  const est = scene.estimate!, g = est.grid!, search = (est.search as { ranges: number[] }).ranges.join(' × '); // the sample gives one search for every element
  const plungeAz = ((Math.atan2(SHOOT_VEC[0], SHOOT_VEC[1]) * 180) / Math.PI + 360) % 360;
  const plunge = (-Math.asin(SHOOT_VEC[2]) * 180) / Math.PI;
  return `# Synthetic orogenic gold lode

A made-up deposit for trying Lode: **not real data**. It is written by
\`scripts/synthetic/makeSyntheticGold.ts\` (seeded, no \`Math.random\`), which gives the same bytes on
every run; \`scripts/synthetic/makeSyntheticGold.test.ts\` checks that. Regenerate with

    npx tsx scripts/synthetic/makeSyntheticGold.ts

## The deposit (the truth the data were drawn from)
- Metres. UTM-like coordinates, so large numbers are exercised: collars at easting
  ${s.collarEasting.map(km).join('–')}, northing ${s.collarNorthing.map(km).join('–')}; local origin
  ${ORIGIN.easting.toLocaleString('en-US')} E, ${ORIGIN.northing.toLocaleString('en-US')} N. Collars at ${s.collarRl[0].toFixed(0)}–${s.collarRl[1].toFixed(0)} m RL on a gentle hill.
- **Lode**: strikes ${String(STRIKE).padStart(3, '0')}°, dips ${DIP}° towards ${STRIKE + 90}°, true thickness 5–20 m, its
  centre surface undulating by up to ±6 m. Mineralised over ±${STRIKE_END} m of strike (full grade within ±320 m) and
  ${DIP_END} m down dip (full to 330 m), below a leached cap (no lode grade above ${TOP_START} m depth, full below ${TOP_FULL} m).
- **High-grade shoot**: rakes ${SHOOT_RAKE}° in the lode plane, i.e. plunges ${plunge.toFixed(0)}° towards
  ${plungeAz.toFixed(0)}°; Gaussian profile across it (σ = ${SHOOT_SIGMA} m), lifting the median Au by e^1.7 ≈ 5.5×.
- **Grades** (lognormal): in the lode Au median 1.1 g/t outside the shoot and ≈ 6 g/t in its core;
  Ag ≈ 1.6·Au^0.85 (g/t, strongly correlated with Au); Cu ≈ 0.06 % (weakly correlated). A halo decays over
  ≈ 8 m from the contacts to a background of ≈ 0.05 g/t Au, 0.3 g/t Ag, 0.007 % Cu. Spatial correlation comes
  from exponential random fields (a sum of 256 random-phase cosines) with practical ranges 140 / 70 / 12 m
  down the plunge / across the shoot / across the lode; each sample adds a lognormal nugget (σ of ln Au 0.55).
- In GSLIB angles the lode frame (major down the plunge, semi across the shoot, minor normal to the lode)
  is ang1 = ${LODE_ANGLES[0]}, ang2 = ${LODE_ANGLES[1]}, ang3 = ${LODE_ANGLES[2]}; the strike frame would be ${STRIKE}, 0, ${DIP}.

## Files
| file | rows | columns |
|---|---|---|
| \`collars.csv\` | ${s.holes} holes | \`HOLEID, EASTING, NORTHING, RL, DEPTH\` (m) |
| \`surveys.csv\` | ${s.surveys} stations | \`HOLEID, AT, AZIMUTH, DIP\` (m, degrees; DIP negative down) |
| \`assays.csv\` | ${s.intervals} intervals | \`HOLEID, FROM, TO, Au_ppm, Ag_ppm, Cu_pct\` (m, g/t, g/t, %) |
| \`scene.json\` | | scene v1 (see below) |

${s.holes} diamond holes, ${s.metresDrilled.toLocaleString('en-US')} m in all, drilled from the hanging wall towards ≈ ${STRIKE + 270}° at
collar dips of ${s.collarDip[1]}° to ${s.collarDip[0]}° on sections 40 m apart along strike, targeting the lode 70–430 m down dip.
Holes flatten by 1–2.5° and swing clockwise by 0.5–3° per 100 m. Surveys every ${SURVEY_STEP} m from the collar
(AT = 0), plus an end-of-hole shot. Samples are ${LODE_SAMPLE} m within ±${WINDOW} m (downhole) of the lode and
${BACKGROUND_SAMPLE} m elsewhere; the last one ends at the end of hole.

## Quirks, on purpose
- Below detection, written \`<limit\`: ${bdl(s)}.
- The first campaign (${s.auOnlyHoles.length} holes, ${s.auOnlyHoles[0]}–${s.auOnlyHoles[s.auOnlyHoles.length - 1]}) was assayed for Au only:
  \`Ag_ppm\` and \`Cu_pct\` are blank there.
- Core loss: ${s.lost.length} samples with all grades blank: ${list(s.lost)}.
- Missing samples (no row; a gap in the interval table): ${list(s.missing)}.
- Unsampled cover: the first 2–9 m of every hole has no assay rows.
- ${s.azimuthWrap.length} holes' azimuths drift through 360° → 0° (${s.azimuthWrap.join(', ')}).

## Scene
\`scene.json\`: composites of ${scene.composite!.length} m (Au capped at ${scene.composite!.caps!.AU} g/t, Ag at ${scene.composite!.caps!.AG} g/t);
ordinary kriging of AU, AG and CU with nested spherical variograms in the lode frame above; a
search ellipsoid of ${search} m in the same frame; ${g.size.join(' × ')} m blocks,
${g.count.join(' × ')} = ${s.blocks.toLocaleString('en-US')} blocks (origin = first block centroid), discretised
${est.discretization!.join(' × ')}; density ${scene.resources!.density} t/m³; the view opens on Au at a
${scene.view!.cutoff} g/t cutoff, looking at the lode from the hanging wall.

## Licence
Generated data, part of Lode (MIT). No real deposit, company or survey is depicted.
`;
}
