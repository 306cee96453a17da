import type { BlockJob } from '../engine/api';
import type { ElementPlan, EstimatePlan } from './planEstimate';

/** The block job of one planned element on the plan's grid: what the CLI and the app both send to the engine. */
export function blockJobOf(plan: EstimatePlan, p: ElementPlan, id: string): BlockJob {
  return {
    id, data: p.data, grid: plan.grid, model: p.model, search: p.search,
    kriging: p.kriging, discretization: p.discretization, method: p.method, idwPower: p.idwPower,
    ...(plan.air ? { exclude: plan.air.mask } : {}),
  };
}

/** The plan of an element by name (exact, else case-insensitive), or undefined. */
export function elementPlanOf(plan: EstimatePlan, element: string): ElementPlan | undefined {
  return plan.elements.find((p) => p.element === element)
    ?? plan.elements.find((p) => p.element.toLowerCase() === element.toLowerCase());
}
