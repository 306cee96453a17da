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
  const pick = (a: Float64Array) => Float64Array.from(index, (i) => a[i]);
  return {
    element,
    index,
    data: { x: pick(samples.x), y: pick(samples.y), z: pick(samples.z), v: pick(v), hole: Int32Array.from(index, (i) => samples.hole[i]) },
  };
}
