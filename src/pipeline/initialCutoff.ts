import type { SampleSet } from '../engine/types';
import { cutoffsFor, type Scene } from '../io/scene/schema';
import { cutoffOf } from '../io/scene/viewCutoffs';
import { shownElement } from './shownElement';

/** Starting cutoff of the element shown: its saved one, its first reporting cutoff, else its median sample grade. */
export function initialCutoff(scene: Scene, samples: SampleSet | null): number {
  const el = shownElement(scene);
  const saved = cutoffOf(scene.view, el);
  if (saved !== undefined) return saved;
  const listed = el ? cutoffsFor(scene.resources, el) : undefined;
  if (listed?.length) return listed[0];
  const v = el && samples?.values[el];
  if (!v) return 0;
  const finite = Array.from(v).filter(Number.isFinite).sort((a, b) => a - b);
  return finite.length ? roundNice(finite[Math.floor(finite.length / 2)]) : 0;
}

/** Rounds to two significant digits (a cutoff a person would pick). */
export function roundNice(x: number): number {
  if (!(x > 0)) return 0;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Number((Math.round(x / p) * p).toPrecision(2)); // toPrecision: 14 * 0.1 is 1.4000000000000001
}
