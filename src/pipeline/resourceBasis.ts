import { resourcesSection, type Scene } from '../io/scene/schema';
import type { BlockGrid, ValidationReport } from '../engine/types';
import { blockVolumeM3 } from './gradeTonnageStep';
import { gradeUnitOf } from './gradeUnits';

/** Density when the scene gives none: the scene schema's default (t/m³). */
const DEFAULT_DENSITY: number = resourcesSection.parse({}).density;

/** Dry bulk density of a scene, t/m³: resources.density, else the schema's default. */
export function densityOf(scene: Pick<Scene, 'resources'>): number {
  return scene.resources?.density ?? DEFAULT_DENSITY;
}

/** What tonnes, grade and metal of one element are computed from, for the app and `lode report` alike. */
export interface ResourceBasis {
  element: string;
  /** Grade unit (gradeUnitOf: the scene's, else the column name's, else the convention). */
  unit: string;
  /** Volume of one block, m³. */
  volumeM3: number;
  /** Dry bulk density, t/m³. */
  density: number;
}

/** The resource basis of an element on a grid: its grade unit, the block volume in m³ and the density. */
export function resourceBasis(scene: Pick<Scene, 'resources' | 'units' | 'gradeUnits'>, grid: BlockGrid, element: string,
  report?: Pick<ValidationReport, 'elements'> | null): ResourceBasis {
  return {
    element,
    unit: gradeUnitOf(scene.gradeUnits, element, report ?? undefined),
    volumeM3: blockVolumeM3(grid, scene.units),
    density: densityOf(scene),
  };
}
