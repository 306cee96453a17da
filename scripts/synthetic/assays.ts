import type { Rng } from './prng';
import type { Hole } from './drillPlan';
import { DETECTION, pointGrade, type GoldFields } from './goldModel';

/** One assay interval as generated (grades NaN where not assayed). */
export interface Interval {
  hole: string;
  from: number; to: number;
  au: number; ag: number; cu: number;
  /** Fraction of the interval inside the lode (0..1), for checks. */
  lodeFraction: number;
  /** Sample lost (core loss): no grades. */
  lost: boolean;
}

/** Sample length inside / outside the geologist's sampling window around the lode (m). */
export const LODE_SAMPLE = 1, BACKGROUND_SAMPLE = 2;
/** Half-width (m, downhole) of the 1 m sampling window around the logged lode. */
export const WINDOW = 12;
/** Per-sample lognormal noise (σ of ln), the nugget effect. */
const NUGGET = { au: 0.55, ag: 0.35, cu: 0.3 };

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Interval boundaries of one hole: unsampled cover, 2 m samples, 1 m samples around the lode. */
export function intervalBounds(h: Hole, cover: number): [number, number][] {
  const out: [number, number][] = [];
  const hasLode = Number.isFinite(h.lodeDepth);
  const w0 = hasLode ? Math.max(cover, Math.floor(h.lodeDepth - WINDOW)) : Infinity;
  const w1 = hasLode ? Math.ceil(h.lodeDepth + WINDOW) : Infinity;
  let m = cover;
  while (m < h.depth - 1e-9) {
    let len = m >= w0 && m < w1 ? LODE_SAMPLE : BACKGROUND_SAMPLE;
    if (m < w0 && m + len > w0) len = w0 - m;
    let to = r1(Math.min(m + len, h.depth));
    if (h.depth - to < 0.3) to = h.depth;
    out.push([m, to]);
    m = to;
  }
  return out;
}

/** Assays of one hole: grades averaged over 0.5 m sub-samples, times a lognormal nugget per sample. */
export function assayHole(rng: Rng, fields: GoldFields, h: Hole): Interval[] {
  const cover = 2 + rng.int(8);
  return intervalBounds(h, cover).map(([from, to]) => {
    const n = Math.max(2, Math.round((to - from) / 0.5));
    let au = 0, ag = 0, cu = 0, inside = 0;
    for (let k = 0; k < n; k++) {
      const p = h.trace.positionAt(from + ((k + 0.5) * (to - from)) / n);
      const g = pointGrade(fields, p[0], p[1], p[2]);
      au += g.au; ag += g.ag; cu += g.cu; inside += g.inLode ? 1 : 0;
    }
    const e1 = rng.normal(), e2 = rng.normal(), e3 = rng.normal();
    const eAg = 0.7 * e1 + Math.sqrt(1 - 0.49) * e2;
    return {
      hole: h.id, from, to, lodeFraction: inside / n, lost: false,
      au: (au / n) * Math.exp(NUGGET.au * e1 - (NUGGET.au * NUGGET.au) / 2),
      ag: h.campaign === 1 ? NaN : (ag / n) * Math.exp(NUGGET.ag * eAg - (NUGGET.ag * NUGGET.ag) / 2),
      cu: h.campaign === 1 ? NaN : (cu / n) * Math.exp(NUGGET.cu * e3 - (NUGGET.cu * NUGGET.cu) / 2),
    };
  });
}

/** A grade as a laboratory reports it: '<DL' under the detection limit, '' when not assayed. */
export function formatGrade(v: number, limit: number, decimals: number): string {
  if (!Number.isFinite(v)) return '';
  if (v < limit) return `<${limit}`;
  return v.toFixed(decimals);
}

/** CSV rows of the assay table (header first). */
export function assayCsv(rows: Interval[]): string {
  const lines = ['HOLEID,FROM,TO,Au_ppm,Ag_ppm,Cu_pct'];
  for (const r of rows) {
    const g = r.lost ? ['', '', ''] : [
      formatGrade(r.au, DETECTION.Au, 3), formatGrade(r.ag, DETECTION.Ag, 2), formatGrade(r.cu, DETECTION.Cu, 4),
    ];
    lines.push([r.hole, String(r.from), String(r.to), ...g].join(','));
  }
  return lines.join('\n') + '\n';
}
