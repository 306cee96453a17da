import type { Scene } from '../io/scene/schema';
import { defaultVariogram } from '../engine/variogram/defaultVariogram';
import { experimentalVariograms, type ExperimentalVariogram, type VariogramDirection } from '../engine/variogram/experimental';
import { downholeVariogram } from '../engine/variogram/downhole';
import { compileModel, semivariogram } from '../engine/variogram/covariance';
import { directionVector } from '../engine/variogram/directionAxes';
import type { SampleSet, VariogramModel } from '../engine/types';
import { elementData } from './estimationData';

/** Experimental variograms of one element with the model (the scene's or fitted) evaluated at each lag. */
export interface VariogramReport {
  element: string;
  model: VariogramModel;
  modelSource: 'scene' | 'fitted';
  note: string;
  lag: number;
  lagCount: number;
  experimentals: { label: string; variogram: ExperimentalVariogram; direction?: VariogramDirection;
    /** Model γ at each class's mean distance along the direction; NaN where undefined (omnidirectional anisotropic, downhole). */
    model: Float64Array }[];
}

function isIsotropic(m: VariogramModel): boolean {
  return m.structures.every((s) => s.ranges[0] === s.ranges[1] && s.ranges[1] === s.ranges[2]);
}

/** γ of the model at distance h along a unit vector u (h NaN → NaN). */
function modelAlong(model: VariogramModel, u: [number, number, number], lags: Float64Array): Float64Array {
  const m = compileModel(model);
  return Float64Array.from(lags, (h) => (Number.isFinite(h) ? semivariogram(m, u[0] * h, u[1] * h, u[2] * h) : NaN));
}

/** Lags of the downhole variogram: the composite length (else the spatial lag), 20 of them. */
export function downholeLags(scene: Scene, lag: number): { lag: number; lagCount: number } {
  return { lag: scene.composite?.length ?? lag, lagCount: 20 };
}

/**
 * Variogram analysis of one element: omnidirectional and the scene's directions
 * (variogram section), plus downhole for composites; lag from the scene or from the
 * automatic fit; the model is the scene's (estimate.variograms) or the automatic fit.
 */
export function variogramReport(scene: Scene, samples: SampleSet, element: string, given?: VariogramModel): VariogramReport {
  const { data: d } = elementData(samples, element);
  const vs = scene.variogram;
  const auto = !given || vs?.lag === undefined ? defaultVariogram(d.x, d.y, d.z, d.v, { hole: d.hole }) : undefined;
  const model = given ?? auto!.model;
  const lag = vs?.lag ?? auto!.lag;
  const lagCount = vs?.lagCount ?? (vs?.lag === undefined ? auto!.lagCount : 20);
  const dirs: (VariogramDirection | undefined)[] = [undefined, ...(vs?.directions ?? [])];
  const exps = experimentalVariograms(d.x, d.y, d.z, d.v, { lag, lagCount, lagTolerance: vs?.lagTolerance, directions: dirs, maxPairs: 2e7 });
  const out: VariogramReport['experimentals'] = exps.map((e, k) => {
    const dir = dirs[k];
    if (!dir) return { label: 'omnidirectional', variogram: e, model: isIsotropic(model) ? modelAlong(model, [1, 0, 0], e.lags) : e.lags.map(() => NaN) };
    return { label: `azimuth ${dir.azimuth} dip ${dir.dip}`, variogram: e, direction: dir, model: modelAlong(model, directionVector(dir.azimuth, dir.dip), e.lags) };
  });
  if (samples.from && samples.to) {
    const sub = { hole: Int32Array.from(samples.hole), from: samples.from, to: samples.to };
    const dh = downholeVariogram(sub, samples.values[element], downholeLags(scene, lag));
    out.push({ label: 'downhole', variogram: dh, model: dh.lags.map(() => NaN) });
  }
  return {
    element, model, modelSource: given ? 'scene' : 'fitted',
    note: given ? 'model from the scene (estimate.variograms)' : auto!.note,
    lag, lagCount, experimentals: out,
  };
}
