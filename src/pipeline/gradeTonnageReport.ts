import type { GradeTonnageRow } from '../engine/resources/gradeTonnage';
import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import type { ValidationReport } from '../engine/types';
import { cutoffsFor, type Scene } from '../io/scene/schema';
import type { EstimatePlan } from './planEstimate';
import { gradeTonnageTable } from './gradeTonnageStep';
import { metalAmount } from './gradeUnits';
import { resourceBasis, type ResourceBasis } from './resourceBasis';

/** One row of the grade–tonnage report: the curve's row and its metal in physical units. */
export interface ReportRow extends GradeTonnageRow {
  metalAmount: { amount: number; unit: string };
}

/** The grade–tonnage report of one element (what `lode report` prints). */
export interface ElementGradeTonnage extends ResourceBasis {
  unestimated: number;
  cutoffs: number[];
  rows: ReportRow[];
}

/**
 * Grade–tonnage report of every planned element: the scene's reporting cutoffs of the element
 * (else defaultCutoffs of its estimate), tonnes from the block volume in m³ and the density, and
 * metal converted by metalAmount. `lode report` prints this; the app's summary must equal it.
 */
export function gradeTonnageReport(scene: Scene, plan: EstimatePlan, results: Record<string, EstimateResult>,
  report?: Pick<ValidationReport, 'elements'> | null): ElementGradeTonnage[] {
  return plan.elements.map((p) => {
    const r = results[p.element];
    const basis = resourceBasis(scene, plan.grid, p.element, report);
    const gt = gradeTonnageTable(r.estimate, plan.grid, { units: scene.units, density: basis.density, cutoffs: cutoffsFor(scene.resources, p.element) });
    return {
      ...basis, unestimated: r.unestimated, cutoffs: gt.cutoffs,
      rows: gt.rows.map((row) => ({ ...row, metalAmount: metalAmount(row.metal, basis.unit, p.element) })),
    };
  });
}
