import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defaultVariogram } from '../src/engine/variogram/defaultVariogram';
import { elementData } from '../src/pipeline/estimationData';
import type { SampleSet } from '../src/engine/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Datasets on which the automatic variogram is checked against R gstat (Copper Creek only where ../shared exists). */
export const DEFAULT_FIT_CASES = [
  { name: 'babbitt_cu', scene: join(ROOT, 'sample-models/babbitt/scene.json'), element: 'CU' },
  { name: 'copper_creek_cu', scene: join(ROOT, 'tests/fixtures/scenes/copper-creek.json'), element: 'CU' },
];

/** A one-structure isotropic model in gstat's terms (Sph range = practical range). */
export interface SimpleModel { nugget: number; sill: number; range: number }

/** The automatic variogram of one element and what gstat needs to repeat its isotropic fit. */
export function defaultFitCase(samples: SampleSet, element: string) {
  const { data: d } = elementData(samples, element);
  const r = defaultVariogram(d.x, d.y, d.z, d.v, { hole: d.hole });
  if (!r.isotropic) throw new Error(`${element}: the automatic variogram found no structure (${r.note})`);
  const e = r.experimental;
  const keep = Array.from(e.lags.keys()).filter((k) => e.lags[k] > 0 && e.pairs[k] > 0 && e.lags[k] <= r.fitLimit * (1 + 1e-12));
  const simple = (m: typeof r.model): SimpleModel => ({ nugget: m.nugget, sill: m.structures[0].sill, range: m.structures[0].ranges[0] });
  return {
    lag: r.lag, lagCount: r.lagCount, fitLimit: r.fitLimit, note: r.note,
    points: { np: keep.map((k) => e.pairs[k]), dist: keep.map((k) => e.lags[k]), gamma: keep.map((k) => e.gamma[k]) },
    start: simple(r.isotropic.start),
    lode: simple(r.isotropic.model),
    model: r.model,
  };
}
