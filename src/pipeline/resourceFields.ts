import type { BlockEstimates } from '../engine/types';
import {
  breakevenCutoff, classifyBlocks, currencyOf, equivalentFactors, marginalCutoff, netValuePerTonne, weightedSum,
  gramsPerGradeTonne, type ClassRule, type Economics,
} from '../engine/resources';
import { cutoffsFor, type ResourcesSection } from '../io/scene/schema';

/** The economics of a resources section, or null when it gives no price. */
export function economicsOf(res: ResourcesSection | undefined): Economics | null {
  if (!res?.prices || Object.keys(res.prices).length === 0) return null;
  const c = res.costs;
  return {
    prices: res.prices, recoveries: res.recoveries ?? {},
    costs: { mining: c?.mining ?? 0, processing: c?.processing ?? 0, admin: c?.admin ?? 0 }, royalty: res.royalty ?? 0,
  };
}

/** The economics with one element's price replaced (for the cutoff–price curve). */
export function withPrice(econ: Economics, element: string, value: number): Economics {
  return { ...econ, prices: { ...econ.prices, [element]: { ...econ.prices[element], value } } };
}

/** Per-block resource fields derived from the estimates (full-grid arrays; NaN where unestimated). */
export interface ResourceFields {
  /** The grade compared with cutoffs: the equivalent when configured, else the estimate of `cutElement`. */
  cut: Float64Array;
  /** Name of that grade (e.g. AUEQ or AU) and its unit. */
  cutElement: string;
  cutUnit: string;
  /** CLASS codes (1 measured, 2 indicated, 3 inferred, 0 unclassified, NaN unestimated), when classified. */
  class: Float64Array | null;
  /** The metal equivalent, when configured. */
  equivalent: Float64Array | null;
  /** Net value per tonne (VALUE_T), when prices are given. */
  value: Float64Array | null;
  /** Equivalent factors per element (1 for the base), when configured. */
  factors: Record<string, number> | null;
  /** Breakeven and marginal cutoff per priced, estimated element (its grade unit). */
  breakeven: Record<string, number>;
  marginal: Record<string, number>;
  /** Currency label of the prices. */
  currency: string;
  economics: Economics | null;
}

/** What the fields are computed from: the resources section, the estimates of the elements and their grade units. */
export interface FieldsInput {
  resources: ResourcesSection | undefined;
  estimates: Record<string, BlockEstimates>;
  /** Estimated elements, in order. */
  elements: string[];
  unitOf: (element: string) => string;
}

/** Grades of the estimated elements. */
function gradesOf(inp: FieldsInput): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const e of inp.elements) if (inp.estimates[e]) out[e] = inp.estimates[e].estimate;
  return out;
}

/** The element a report's cutoffs apply to: the equivalent's base, the classified element, the first priced one, or the first. */
export function baseElement(res: ResourcesSection | undefined, elements: string[]): string {
  const pick = res?.equivalent?.base ?? res?.classification?.element ?? elements.find((e) => res?.prices?.[e]) ?? elements[0];
  const found = elements.find((e) => e.toUpperCase() === pick?.toUpperCase());
  if (!found) throw new Error(`resources: element ${pick} is not estimated (estimated: ${elements.join(', ')})`);
  return found;
}

/**
 * Class, metal equivalent, VALUE_T and the grade compared with cutoffs for every block, with the
 * breakeven and marginal cutoffs; the one place these are computed for the app, the CLI and the reports.
 */
export function resourceFields(inp: FieldsInput, econOverride?: Economics | null): ResourceFields {
  const res = inp.resources;
  const econ = econOverride !== undefined ? econOverride : economicsOf(res);
  const grades = gradesOf(inp);
  const n = inp.estimates[inp.elements[0]]?.estimate.length ?? 0;
  const base = baseElement(res, inp.elements);
  const units: Record<string, string> = {};
  for (const e of Object.keys(grades)) units[e] = inp.unitOf(e);
  const priced = econ ? Object.keys(grades).filter((e) => econ.prices[e] && Number.isFinite(gramsPerGradeTonne(units[e]))) : [];
  const pricedGrades: Record<string, Float64Array> = {};
  for (const e of priced) pricedGrades[e] = grades[e];
  const breakeven: Record<string, number> = {}, marginal: Record<string, number> = {};
  if (econ) for (const e of priced) { breakeven[e] = breakevenCutoff(econ, e, units[e]); marginal[e] = marginalCutoff(econ, e, units[e]); }

  let equivalent: Float64Array | null = null, factors: Record<string, number> | null = null;
  const eq = res?.equivalent;
  if (eq && econ) {
    if (!econ.prices[base]) throw new Error(`resources.equivalent: the base element ${base} has no price`);
    factors = equivalentFactors(econ, base, units, priced);
    equivalent = weightedSum(pricedGrades, factors, n);
  }
  const cls = res?.classification;
  let klass: Float64Array | null = null;
  if (cls) {
    const el = inp.elements.find((e) => e.toUpperCase() === cls.element.toUpperCase());
    if (!el || !inp.estimates[el]) throw new Error(`resources.classification: element ${cls.element} is not estimated`);
    klass = classifyBlocks(inp.estimates[el], cls.rules as ClassRule[]);
  }
  return {
    cut: equivalent ?? grades[base], cutElement: equivalent ? eq!.name : base, cutUnit: units[base],
    class: klass, equivalent, factors,
    value: econ && priced.length ? netValuePerTonne(econ, pricedGrades, units, n) : null,
    breakeven, marginal, currency: econ ? currencyOf(Object.values(econ.prices)[0].unit) : '', economics: econ,
  };
}

/**
 * Cutoffs of the report: the listed ones of the cut grade (or of the base element), and the breakeven
 * cutoff, sorted; [0] and the breakeven when none are listed.
 */
export function reportCutoffs(res: ResourcesSection | undefined, f: Pick<ResourceFields, 'cutElement' | 'breakeven'>, base: string): number[] {
  const listed = cutoffsFor(res, f.cutElement) ?? cutoffsFor(res, base) ?? [0];
  const be = f.breakeven[base];
  const all = Number.isFinite(be) ? [...listed, +be.toPrecision(6)] : [...listed];
  return [...new Set(all)].sort((a, b) => a - b);
}
