import type { EstimationData, SampleSet } from '../engine/types';
import { InputError } from './inputError';

/** The samples of one element, missing values removed, with the original sample index of each. */
export interface ElementData {
  element: string;
  data: EstimationData;
  /** Index into the SampleSet of each estimation sample. */
  index: Int32Array;
}

/** The data's element named `name`: exact, else case-insensitive (AU = Au); InputError naming the choices otherwise. */
export function resolveElement(name: string, available: string[], field = 'estimate.elements'): string {
  if (available.includes(name)) return name;
  const found = available.find((e) => e.toLowerCase() === name.toLowerCase());
  if (found) return found;
  throw new InputError(`${field}: the data has no element "${name}" (elements: ${available.join(', ') || 'none'})`,
    'element-unknown', { element: name, elements: available.join(', ') }, field);
}

/** Estimation data of one element: samples with a finite value and coordinates. */
export function elementData(samples: SampleSet, element: string): ElementData {
  const v = samples.values[element];
  if (!v) throw new InputError(`no element "${element}" in the samples`, 'element-unknown', { element, elements: Object.keys(samples.values).join(', ') });
  const keep: number[] = [];
  for (let i = 0; i < v.length; i++) {
    if (Number.isFinite(v[i]) && Number.isFinite(samples.x[i]) && Number.isFinite(samples.y[i]) && Number.isFinite(samples.z[i])) keep.push(i);
  }
  const index = Int32Array.from(keep);
  // Plain loops: TypedArray.from with a map function costs ~1 µs a sample.
  const pick = <T extends Float64Array | Int32Array>(a: ArrayLike<number>, out: T): T => {
    for (let k = 0; k < index.length; k++) out[k] = a[index[k]];
    return out;
  };
  const n = index.length;
  return {
    element,
    index,
    data: {
      x: pick(samples.x, new Float64Array(n)), y: pick(samples.y, new Float64Array(n)), z: pick(samples.z, new Float64Array(n)),
      v: pick(v, new Float64Array(n)), hole: pick(samples.hole, new Int32Array(n)),
    },
  };
}
