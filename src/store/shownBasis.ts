import type { ResourceBasis } from '../pipeline/resourceBasis';
import { resourceBasis } from '../pipeline/resourceBasis';
import { gradeUnitOf } from '../pipeline/gradeUnits';
import type { LodeStore } from './types';
import { shownElement } from './shownElement';

/**
 * Grade unit, block volume and density of the shown element, from the pipeline's rules (the ones
 * `lode report` uses); without a grid, only the unit is known (volume NaN). Null without an element.
 */
export function shownBasis(s: Pick<LodeStore, 'scene' | 'grid' | 'report'>): ResourceBasis | null {
  const el = s.scene ? shownElement(s.scene) : undefined;
  if (!s.scene || !el) return null;
  if (s.grid) return resourceBasis(s.scene, s.grid, el, s.report);
  return { element: el, unit: gradeUnitOf(s.scene.gradeUnits, el, s.report ?? undefined), volumeM3: NaN, density: NaN };
}
