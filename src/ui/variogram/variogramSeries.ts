import type { VariogramModel } from '../../engine/types';
import { compileModel, semivariogram } from '../../engine/variogram/covariance';
import { directionVector } from '../../engine/variogram/directionAxes';
import type { PanelCurve } from './useVariogramData';

/** Lags with fewer pairs than this are drawn hollow (less reliable). */
export const FEW_PAIRS = 30;
/** Points on each model curve. */
const MODEL_STEPS = 80;

export interface ChartSeries {
  /** Sorted distances shared by every series (uPlot aligned data). */
  x: number[];
  /** Per curve: experimental γ with enough pairs, with few pairs, and the model (null where absent). */
  curves: { solid: (number | null)[]; hollow: (number | null)[]; model: (number | null)[] | null }[];
  /** Experimental points drawn, all curves. */
  points: number;
  xMax: number;
  /** Model γ at xMax / 2 along the first direction with a model (null without one): a probe of the drawn curve. */
  mid: number | null;
}

/** The model's γ at distance h along a curve's direction (null for downhole, whose direction varies). */
export function modelGamma(model: VariogramModel, curve: PanelCurve, hs: number[]): (number | null)[] | null {
  if (!curve.direction) return null;
  const m = compileModel(model);
  const u = directionVector(curve.direction.azimuth, curve.direction.dip);
  return hs.map((h) => semivariogram(m, u[0] * h, u[1] * h, u[2] * h));
}

/** Aligned chart data: the experimental points of each curve split by pair count, and the model along each direction. */
export function chartSeries(curves: PanelCurve[], model: VariogramModel | undefined): ChartSeries {
  let xMax = 0;
  for (const c of curves) {
    const e = c.variogram;
    for (let k = 0; k < e.lags.length; k++) if (e.pairs[k] > 0 && e.lags[k] > xMax) xMax = e.lags[k];
  }
  const hs = Array.from({ length: MODEL_STEPS + 1 }, (_, i) => (xMax * i) / MODEL_STEPS);
  const xs = new Set<number>(hs);
  for (const c of curves) c.variogram.lags.forEach((h, k) => { if (c.variogram.pairs[k] > 0 && Number.isFinite(h)) xs.add(h); });
  const x = [...xs].sort((a, b) => a - b);
  const at = new Map(x.map((h, i) => [h, i]));
  let points = 0;
  const out = curves.map((c) => {
    const solid: (number | null)[] = x.map(() => null), hollow: (number | null)[] = x.map(() => null);
    const e = c.variogram;
    for (let k = 0; k < e.lags.length; k++) {
      if (!(e.pairs[k] > 0) || !Number.isFinite(e.gamma[k])) continue;
      (e.pairs[k] >= FEW_PAIRS ? solid : hollow)[at.get(e.lags[k])!] = e.gamma[k];
      points++;
    }
    const g = model ? modelGamma(model, c, hs) : null;
    let line: (number | null)[] | null = null;
    if (g) {
      line = x.map(() => null);
      hs.forEach((h, i) => { line![at.get(h)!] = g[i]; });
    }
    return { solid, hollow, model: line };
  });
  const withModel = out.find((c) => c.model);
  const mid = withModel ? withModel.model![at.get(hs[MODEL_STEPS / 2])!] : null;
  return { x, curves: out, points, xMax, mid };
}
