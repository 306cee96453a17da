import type { VariogramModel } from '../types';
import { COINCIDENT } from './covariance';
import { experimentalVariogram, experimentalVariograms, finiteSamples, valueStats, type ExperimentalVariogram, type VariogramDirection } from './experimental';
import { fitVariogramDetailed, type FitInput, type VariogramFit } from './fit';
import { buildPairGrid, forEachPair } from './pairGrid';

export interface DefaultVariogram {
  model: VariogramModel;
  /** The omnidirectional experimental variogram the isotropic fit used. */
  experimental: ExperimentalVariogram;
  /** The directional experimentals of the final fit when it is anisotropic. */
  directional: ExperimentalVariogram[];
  anisotropic: boolean;
  /** Range fitted along each probe direction (sill and nugget held at the isotropic fit), for display. */
  probes: { label: string; direction: VariogramDirection; range: number }[];
  lag: number;
  lagCount: number;
  /** Longest lag distance the fit used: the rising part of the omnidirectional variogram (see risingLimit). */
  fitLimit: number;
  /** The isotropic fit on the omnidirectional lags up to fitLimit (with its starting model), before any anisotropy. */
  isotropic?: VariogramFit;
  /** False when the experimental variogram does not rise (pure nugget): the note says so. */
  structured: boolean;
  /** One sentence on how the model was chosen. */
  note: string;
}

/** Anisotropy counts as clear when the longest and shortest probe ranges differ by this factor. */
const CLEAR_RATIO = 2;
/** A probe direction is used only with this many lags of at least MIN_PAIRS pairs. */
const MIN_LAGS = 3, MIN_PAIRS = 30;

/**
 * Median distance from each sample to its nearest distinct neighbour (length units), found
 * with a bucket grid by growing the radius until more than half the samples have a neighbour.
 */
export function medianNearestNeighbour(x: Float64Array, y: Float64Array, z: Float64Array, idx: Int32Array): number {
  const n = idx.length;
  if (n < 2) return NaN;
  const ext = [x, y, z].map((c) => { let lo = Infinity, hi = -Infinity; for (const i of idx) { lo = Math.min(lo, c[i]); hi = Math.max(hi, c[i]); } return hi - lo; });
  const live = ext.filter((e) => e > 0);
  if (live.length === 0) return NaN;
  let r = Math.pow(live.reduce((p, e) => p * e, 1) / n, 1 / live.length);
  const nn = new Float64Array(x.length);
  for (let round = 0; round < 60; round++, r *= 2) {
    nn.fill(Infinity);
    forEachPair(buildPairGrid(x, y, z, idx, r), x, y, z, (i, j, _dx, _dy, _dz, h2) => {
      if (h2 < COINCIDENT * COINCIDENT) return;
      if (h2 < nn[i]) nn[i] = h2;
      if (h2 < nn[j]) nn[j] = h2;
    });
    const d = Array.from(idx, (i) => Math.sqrt(nn[i])).sort((a, b) => a - b);
    const med = n % 2 ? d[(n - 1) / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    if (Number.isFinite(med)) return med;
  }
  return NaN;
}

/**
 * Median horizontal distance between neighbouring drillholes: the XY centroids of each hole's
 * listed samples, then their median nearest-neighbour distance. NaN with fewer than two holes.
 */
export function holeSpacing(x: Float64Array, y: Float64Array, hole: Int32Array, idx: Int32Array): number {
  const sum = new Map<number, [number, number, number]>();
  for (const i of idx) {
    if (hole[i] < 0) continue;
    const c = sum.get(hole[i]) ?? [0, 0, 0];
    c[0] += x[i]; c[1] += y[i]; c[2]++;
    sum.set(hole[i], c);
  }
  if (sum.size < 2) return NaN;
  const cx = Float64Array.from(sum.values(), (c) => c[0] / c[2]), cy = Float64Array.from(sum.values(), (c) => c[1] / c[2]);
  return medianNearestNeighbour(cx, cy, new Float64Array(cx.length), Int32Array.from(cx.keys()));
}

/** Drillhole data: the lags span this many hole spacings. */
const HOLE_SPACINGS = 10;

/**
 * Default lags for data (x, y, z, v). Point data: the maximum lag distance is half the diagonal
 * of the bounding box of the samples with a finite value; lag = the median nearest-neighbour
 * distance kept within [maxDist/30, maxDist/5]; lagCount = maxDist / lag rounded, in [5, 30].
 * Drillholes (`hole` given, at least two holes, more samples than holes): the lags span ten hole
 * spacings (holeSpacing; at most half the diagonal), since the structure a geologist models lies
 * within a few hole spacings and half a deposit's diagonal is mostly trend; lag = that span / 20,
 * at least the median nearest-neighbour distance (along the holes: the composite length).
 */
export function defaultLags(x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, hole?: Int32Array): { lag: number; lagCount: number; maxDist: number; extent: [number, number, number]; holeSpacing?: number } {
  const idx = finiteSamples(x, y, z, v);
  const extent = [x, y, z].map((c) => { let lo = Infinity, hi = -Infinity; for (const i of idx) { lo = Math.min(lo, c[i]); hi = Math.max(hi, c[i]); } return idx.length ? hi - lo : 0; }) as [number, number, number];
  const halfDiagonal = Math.hypot(...extent) / 2;
  if (!(halfDiagonal > 0)) return { lag: 1, lagCount: 5, maxDist: halfDiagonal, extent };
  const nn = medianNearestNeighbour(x, y, z, idx);
  const holes = hole ? new Set(Array.from(idx, (i) => hole[i]).filter((h) => h >= 0)).size : 0;
  const spacing = hole && holes >= 2 && idx.length > holes ? holeSpacing(x, y, hole, idx) : NaN;
  if (spacing > 0) {
    const maxDist = Math.min(HOLE_SPACINGS * spacing, halfDiagonal);
    const lag = Math.max(maxDist / 20, Number.isFinite(nn) ? Math.min(nn, maxDist / 5) : 0);
    return { lag, lagCount: Math.max(5, Math.min(30, Math.round(maxDist / lag))), maxDist, extent, holeSpacing: spacing };
  }
  const maxDist = halfDiagonal;
  const lag = Math.min(Math.max(Number.isFinite(nn) ? nn : 0, maxDist / 30), maxDist / 5);
  return { lag, lagCount: Math.max(5, Math.min(30, Math.round(maxDist / lag))), maxDist, extent };
}

/** Lag classes with fewer pairs than this are not trusted for the rising-part test. */
const TRUSTED_PAIRS = 30;

/**
 * Distance up to which an experimental variogram rises: the mean distance of the lag class where
 * the 3-class running mean of γ (classes with ≥ 30 pairs) peaks. Beyond it γ falls (a trend, a
 * hole effect, or pairs that leave the mineralised zone), which a bounded model cannot follow and
 * which would drag a least-squares fit towards a flat line (pure nugget). `rises` is false when
 * the peak is in the first two trusted classes or less than 10% above the first: no structure.
 */
export function risingLimit(e: ExperimentalVariogram): { limit: number; rises: boolean } {
  const k = Array.from(e.pairs.keys()).filter((i) => e.pairs[i] >= TRUSTED_PAIRS && Number.isFinite(e.gamma[i]) && e.lags[i] > 0);
  if (k.length < 3) return { limit: k.length ? e.lags[k[k.length - 1]] : 0, rises: false };
  const smooth = k.map((_, j) => {
    const w = k.slice(Math.max(0, j - 1), j + 2);
    return w.reduce((s, i) => s + e.gamma[i], 0) / w.length;
  });
  let peak = 0;
  for (let j = 1; j < smooth.length; j++) if (smooth[j] > smooth[peak]) peak = j;
  // One class past the peak of the running mean: its centre class is the plateau's first point.
  const last = Math.min(k.length - 1, peak + 1);
  return { limit: e.lags[k[last]], rises: peak >= 2 && smooth[peak] > 1.1 * smooth[0] };
}

/** The lag classes of e up to distance limit, as fit input (no variance: the fit starts from the γ of those lags). */
function upTo(e: ExperimentalVariogram, limit: number): FitInput {
  const keep = Array.from(e.lags.keys()).filter((k) => e.lags[k] <= limit * (1 + 1e-12));
  return {
    lags: keep.map((k) => e.lags[k]), gamma: keep.map((k) => e.gamma[k]), pairs: keep.map((k) => e.pairs[k]),
    direction: e.direction,
  };
}

const usable = (e: FitInput) => Array.from(e.pairs).filter((p) => p >= MIN_PAIRS).length >= MIN_LAGS;

/**
 * One-call automatic variogram for the app's defaults. Lags from defaultLags (drillholes: ten
 * hole spacings; point data: median nearest-neighbour distance, up to half the data's diagonal);
 * omnidirectional experimental; nugget + one spherical structure fitted by weighted least squares
 * (fitVariogram) to the lags up to where γ stops rising (risingLimit; every later fit uses the
 * same lags). When γ does not rise the model is a pure nugget and the note says so. Anisotropy is then probed with horizontal
 * directions at azimuths 0/45/90/135 (±22.5°) and, for 3-D data, the vertical (±22.5°),
 * fitting only the range along each (nugget and sill held). The model becomes anisotropic only
 * when the data clearly say so: horizontally when the longest and shortest horizontal ranges
 * differ by 2× or more and are perpendicular, vertically when the vertical range differs from
 * the all-azimuth horizontal one by 2× or more; it is then refitted on those directions. A
 * probe with fewer than 3 lags of 30 pairs, or whose range lands on a bound, is inconclusive.
 * Ranges are kept between the lag and twice the data's diagonal.
 */
export function defaultVariogram(
  x: Float64Array, y: Float64Array, z: Float64Array, v: Float64Array, opts: { maxPairs?: number; hole?: Int32Array } = {},
): DefaultVariogram {
  const idx = finiteSamples(x, y, z, v);
  const { variance } = valueStats(v, idx);
  const { lag, lagCount, maxDist, extent, holeSpacing: spacing } = defaultLags(x, y, z, v, opts.hole);
  const lagWhy = spacing ? `lag ${lag.toPrecision(3)} over ten hole spacings (${spacing.toPrecision(3)})` : `lag ${lag.toPrecision(3)} from the sample spacing`;
  const maxPairs = opts.maxPairs ?? 5e6;
  const fallback = (why: string, lag: number, lagCount: number, experimental: ExperimentalVariogram): DefaultVariogram => {
    const a = maxDist > 0 ? maxDist : 1;
    return {
      model: { nugget: 0, structures: [{ type: 'spherical', sill: variance > 0 ? variance : 1, ranges: [a, a, a], angles: [0, 0, 0] }] },
      experimental, directional: [], anisotropic: false, probes: [], lag, lagCount, fitLimit: 0, structured: false,
      note: `${why}: spherical with sill = data variance and range = half the data extent, no nugget`,
    };
  };
  const omni = experimentalVariogram(x, y, z, v, { lag, lagCount, maxPairs });
  if (idx.length < 3 || !(variance > 0) || !(maxDist > 0)) return fallback(`too few distinct samples or values (${idx.length} samples, variance ${variance})`, lag, lagCount, omni);
  if (Array.from(omni.pairs).filter((p) => p > 0).length < 3) return fallback('fewer than 3 lag classes with pairs', lag, lagCount, omni);
  // A range shorter than the first lag cannot be told from nugget: keep ranges ≥ lag.
  const bounds = { minRange: lag, maxRange: 4 * maxDist };
  const { limit, rises } = risingLimit(omni);
  if (!rises) {
    const trusted = Array.from(omni.gamma).filter((g, k) => omni.pairs[k] >= TRUSTED_PAIRS && Number.isFinite(g));
    const nugget = trusted.length ? trusted.reduce((a, g) => a + g, 0) / trusted.length : variance;
    return {
      model: { nugget, structures: [{ type: 'spherical', sill: 0, ranges: [lag, lag, lag], angles: [0, 0, 0] }] },
      experimental: omni, directional: [], anisotropic: false, probes: [], lag, lagCount, fitLimit: 0, structured: false,
      note: `no rising structure: the experimental variogram does not rise over ${lagCount} lags (${lagWhy}); pure nugget at the mean γ`,
    };
  }
  const iso = fitVariogramDetailed(upTo(omni, limit), { structures: 1, ...bounds });
  const base = iso.model;
  const is3D = extent[2] > 0;

  const horiz = [0, 45, 90, 135].map((azimuth) => ({ azimuth, dip: 0, tolerance: 22.5 }));
  const vertical: VariogramDirection = { azimuth: 0, dip: -90, tolerance: 90, dipTolerance: 22.5 };
  const flat: VariogramDirection = { azimuth: 0, dip: 0, tolerance: 90, dipTolerance: 22.5 };
  const dirs: VariogramDirection[] = is3D ? [...horiz, vertical, flat] : horiz;
  const exps = experimentalVariograms(x, y, z, v, { lag, lagCount, maxPairs, directions: dirs });
  // A probe is inconclusive (NaN) with too few pairs or when its range sits on a bound.
  const probeRange = (e: ExperimentalVariogram) => {
    const f = upTo(e, limit);
    if (!usable(f)) return NaN;
    const r = Math.max(...fitVariogramDetailed(f, { nugget: base.nugget, sills: [base.structures[0].sill], ...bounds }).model.structures[0].ranges);
    return r > 1.05 * bounds.minRange && r < 0.95 * bounds.maxRange ? r : NaN;
  };
  const ranges = exps.map(probeRange);
  const labels = [...horiz.map((d) => `azimuth ${d.azimuth}°`), ...(is3D ? ['vertical', 'horizontal'] : [])];
  const probes = dirs.map((direction, k) => ({ label: labels[k], direction, range: ranges[k] }));
  const hr = ranges.slice(0, 4);
  let horizAniso = false, vertAniso = false;
  const notes: string[] = [];
  if (hr.every(Number.isFinite)) {
    const iMax = hr.indexOf(Math.max(...hr)), iMin = hr.indexOf(Math.min(...hr));
    const ratio = hr[iMax] / hr[iMin];
    horizAniso = ratio >= CLEAR_RATIO && (iMax - iMin + 4) % 4 === 2;
    notes.push(`horizontal ranges ${hr.map((r) => r.toPrecision(3)).join('/')} at azimuths 0/45/90/135 (ratio ${ratio.toFixed(2)})`);
  } else notes.push('horizontal directions inconclusive (too few pairs or a range at its bound)');
  if (is3D) {
    const [rv, rh] = [ranges[4], ranges[5]];
    if (Number.isFinite(rv) && Number.isFinite(rh)) {
      vertAniso = rv / rh >= CLEAR_RATIO || rh / rv >= CLEAR_RATIO;
      notes.push(`vertical range ${rv.toPrecision(3)} against horizontal ${rh.toPrecision(3)}`);
    } else notes.push('vertical direction inconclusive');
  }
  if (horizAniso || vertAniso) {
    const iMax = hr.indexOf(Math.max(...hr));
    const major = horiz[iMax], perp = horiz[(iMax + 2) % 4];
    const chosen = horizAniso && vertAniso ? [exps[iMax], exps[(iMax + 2) % 4], exps[4]]
      : horizAniso ? [exps[iMax], exps[(iMax + 2) % 4]]
        // All-azimuth horizontal pairs stand for both horizontal axes (north and east).
        : [exps[4], exps[5], { ...exps[5], direction: { ...flat, azimuth: 90 } }];
    try {
      const fit = fitVariogramDetailed(chosen.map((e) => upTo(e, limit)), { structures: 1, anisotropy: 'directions', ...bounds });
      const what = horizAniso ? `longest range at azimuth ${major.azimuth}°, shortest at ${perp.azimuth}°${vertAniso ? ', vertical separate' : ''}` : 'vertical differs from horizontal';
      return { model: fit.model, experimental: omni, directional: chosen, anisotropic: true, probes, lag, lagCount, fitLimit: limit, isotropic: iso, structured: true, note: `anisotropic (${what}), fitted up to ${limit.toPrecision(3)} where γ stops rising, ${lagWhy}: ${notes.join('; ')}` };
    } catch (e) {
      notes.push(`anisotropic refit failed (${(e as Error).message})`);
    }
  }
  return { model: base, experimental: omni, directional: [], anisotropic: false, probes, lag, lagCount, fitLimit: limit, isotropic: iso, structured: true, note: `isotropic, fitted up to ${limit.toPrecision(3)} where γ stops rising, ${lagWhy}: ${notes.join('; ')}` };
}
