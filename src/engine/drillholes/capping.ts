import type { SampleSet } from '../types';
import { capEffect } from '../stats/distribution';

/** What top-cutting did to one element. Metal is grade × weight (weight = sample length; 1 per sample without weights). */
export interface CapReport {
  cap: number;
  /** Samples whose grade was above the cap. */
  capped: number;
  /** Σ (grade − cap)·weight over capped samples. */
  metalRemoved: number;
  /** metalRemoved / Σ grade·weight before capping (0..1). */
  metalFraction: number;
  /** Weighted mean grade before and after capping (NaN grades ignored). */
  meanBefore: number;
  meanAfter: number;
}

/**
 * Top-cut (cap) grades per element: every value above caps[element] becomes the cap.
 * Returns a new SampleSet (capped elements copied, all else shared by reference), the number of
 * capped samples per element and a report with the metal removed. Element names match exactly,
 * else case-insensitively.
 */
export function capGrades(samples: SampleSet, caps: Record<string, number>): {
  samples: SampleSet; counts: Record<string, number>; report: Record<string, CapReport>;
} {
  const values = { ...samples.values };
  const counts: Record<string, number> = {};
  const report: Record<string, CapReport> = {};
  const names = Object.keys(samples.values);
  for (const [name, cap] of Object.entries(caps)) {
    const el = names.includes(name) ? name : names.find((n) => n.toLowerCase() === name.toLowerCase());
    if (el === undefined) throw new Error(`capGrades: no element "${name}" to cap (elements: ${names.join(', ') || 'none'})`);
    if (!Number.isFinite(cap)) throw new Error(`capGrades: cap of ${name} must be a number, got ${cap}`);
    const src = samples.values[el], dst = Float64Array.from(src);
    for (let i = 0; i < dst.length; i++) if (dst[i] > cap) dst[i] = cap;
    const effect = capEffect(src, samples.weight, cap);
    values[el] = dst;
    counts[el] = effect.capped;
    report[el] = effect;
  }
  return { samples: { ...samples, values }, counts, report };
}

