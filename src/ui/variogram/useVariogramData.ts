import { useEffect, useState } from 'react';
import type { ExperimentalVariogram, VariogramDirection } from '../../engine/variogram/experimental';
import type { DefaultVariogram } from '../../engine/variogram/defaultVariogram';
import type { SampleSet, Vec3 } from '../../engine/types';
import { axisDirections } from '../../engine/variogram/directionAxes';
import { downholeLags } from '../../pipeline/variogramStep';
import { elementData } from '../../pipeline/estimationData';
import type { Scene } from '../../io/scene/schema';
import { getPool } from '../../store/engineClient';

/** One experimental variogram of the panel: which direction it is, and the data. */
export interface PanelCurve {
  /** 'major' | 'semi' | 'minor' (model axes), 'direction' (the scene's), 'downhole'. */
  kind: 'major' | 'semi' | 'minor' | 'direction' | 'downhole';
  direction?: VariogramDirection;
  variogram: ExperimentalVariogram;
}

export interface VariogramData {
  auto?: DefaultVariogram;
  curves?: PanelCurve[];
  lag?: number;
  lagCount?: number;
  error?: string;
  running: boolean;
}

/** Automatic variograms per sample set and element, computed once in a worker. */
const autoCache = new WeakMap<SampleSet, Map<string, Promise<DefaultVariogram>>>();

/** The automatic variogram (model and lags) of an element, from a pool worker; cached per sample set. */
export function automaticVariogram(samples: SampleSet, element: string): Promise<DefaultVariogram> {
  let m = autoCache.get(samples);
  if (!m) autoCache.set(samples, (m = new Map()));
  let p = m.get(element);
  if (!p) {
    const { data: d } = elementData(samples, element);
    p = getPool().call((api) => api.defaultVariogram(d.x, d.y, d.z, d.v, { hole: d.hole }));
    p.catch(() => m!.delete(element));
    m.set(element, p);
  }
  return p;
}

/**
 * Experimental variograms of the Variogram tab, computed in a pool worker: along the scene's
 * directions (variogram.directions) or, when it lists none, along the axes of the model's
 * longest structure; plus downhole for composites. Lags from the scene's variogram section,
 * else the automatic ones (defaultVariogram).
 */
export function useVariogramData(scene: Scene | null, samples: SampleSet | null, element: string | undefined, axes: Vec3 | undefined): VariogramData {
  const [state, setState] = useState<VariogramData>({ running: false });
  const vs = scene?.variogram;
  const key = JSON.stringify([vs, axes, scene?.composite?.length]);
  useEffect(() => {
    if (!scene || !samples || !element) return;
    let live = true;
    setState((s) => ({ ...s, auto: undefined, running: true, error: undefined }));
    (async () => {
      const saved = vs?.directions ?? [];
      // The automatic variogram (seconds on large data) is awaited only when the scene lacks lags or directions.
      const autoP = automaticVariogram(samples, element);
      const auto = vs?.lag === undefined || vs.lagCount === undefined || (!saved.length && !axes) ? await autoP : undefined;
      if (!auto) void autoP.then((a) => { if (live) setState((s) => ({ ...s, auto: a })); }, () => undefined);
      const lag = vs?.lag ?? auto!.lag;
      const lagCount = vs?.lagCount ?? auto!.lagCount;
      const dirs: PanelCurve[] = saved.length
        ? saved.map((direction) => ({ kind: 'direction' as const, direction, variogram: undefined! }))
        : axisDirections(axes ?? auto!.model.structures[auto!.model.structures.length - 1].angles as Vec3)
          .map((direction, i) => ({ kind: (['major', 'semi', 'minor'] as const)[i], direction, variogram: undefined! }));
      const { data: d } = elementData(samples, element);
      const exps = await getPool().call((api) => api.experimentalVariograms(d.x, d.y, d.z, d.v, {
        lag, lagCount, lagTolerance: vs?.lagTolerance, directions: dirs.map((c) => c.direction), maxPairs: 5e6,
      }));
      const curves = dirs.map((c, i) => ({ ...c, variogram: exps[i] }));
      if (samples.from && samples.to) {
        const sub = { hole: samples.hole, from: samples.from, to: samples.to };
        const dh = await getPool().call((api) => api.downholeVariogram(sub, samples.values[element], downholeLags(scene, lag)));
        curves.push({ kind: 'downhole', variogram: dh });
      }
      if (live) setState((s) => ({ auto: auto ?? s.auto, curves, lag, lagCount, running: false }));
    })().catch((e: unknown) => { if (live) setState({ running: false, error: e instanceof Error ? e.message : String(e) }); });
    return () => { live = false; };
  }, [samples, element, key]);
  return state;
}
