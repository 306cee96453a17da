import type { BlockGrid } from '../engine/types';
import { breakevenCutoff, netValuePerTonne, regionFraction, regionMask, resourceTable, weightedSum, equivalentFactors, type ResourceRow } from '../engine/resources';
import type { ResourcesSection } from '../io/scene/schema';
import { metalAmount } from './gradeUnits';
import { baseElement, reportCutoffs, resourceFields, withPrice, type FieldsInput, type ResourceFields } from './resourceFields';

/** A row of the report: the blocks of one class at or above one cutoff, metal in physical units (oz, t). */
export interface ReportRow extends Omit<ResourceRow, 'metal'> {
  metal: Record<string, number>;
}

/** One point of the cutoff–price curve: the base price, its breakeven cutoff and the resource above it by class. */
export interface PricePoint {
  price: number;
  cutoff: number;
  rows: ReportRow[];
}

/** The resource report of a scene: one set of numbers for the Resources tab, `lode report` and its JSON. */
export interface ResourceReport {
  /** Element whose price and units drive the cutoff (the equivalent's base). */
  base: string;
  /** Grade compared with the cutoffs (e.g. AUEQ or AU) and its unit. */
  cutElement: string;
  cutUnit: string;
  currency: string;
  /** Breakeven and marginal cutoff per priced element, in its grade unit. */
  breakeven: Record<string, number>;
  marginal: Record<string, number>;
  equivalent: { name: string; base: string; factors: Record<string, number> } | null;
  /** Grade unit and metal unit per element. */
  units: Record<string, string>;
  metalUnits: Record<string, string>;
  density: number;
  tonnesPerBlock: number;
  cutoffs: number[];
  classified: boolean;
  /** How blocks are assigned to regions. */
  regionRule: 'centroid' | 'proportion';
  /** The whole model ("All blocks"), then each region of the scene. */
  regions: { name: string; blocks: number; rows: ReportRow[] }[];
  priceCurve: PricePoint[];
}

/** What a report needs besides the fields' input. */
export interface ReportInput extends FieldsInput {
  grid: BlockGrid;
  /** Block volume, m³, and density, t/m³. */
  blockVolume: number;
  density: number;
}

/** Name of the whole-model region. */
export const ALL_BLOCKS = 'All blocks';

/** Rows with metal converted from grade-units·t to oz (precious metals) or t. */
function physical(rows: ResourceRow[], units: Record<string, string>): ReportRow[] {
  return rows.map((r) => {
    const metal: Record<string, number> = {};
    for (const [e, m] of Object.entries(r.metal)) metal[e] = metalAmount(m, units[e], e).amount;
    return { ...r, metal };
  });
}

/** Prices of the cutoff–price curve: the scene's range, else 60 %–140 % of the base price in 9 steps. */
export function curvePrices(res: ResourcesSection | undefined, price: number): number[] {
  const pc = res?.priceCurve;
  const lo = pc?.min ?? price * 0.6, hi = pc?.max ?? price * 1.4, steps = pc?.steps ?? 9;
  return Array.from({ length: steps }, (_, i) => +(lo + ((hi - lo) * i) / (steps - 1)).toPrecision(6));
}

/**
 * The resource report: by region (centroid-in, or each block's share inside), class and cutoff, with the breakeven cutoffs and the
 * cutoff–price curve. Pass `fields` when they are already computed (the app keeps them for the 3D view).
 */
export function resourceReport(inp: ReportInput, fields?: ResourceFields): ResourceReport {
  const res = inp.resources;
  const f = fields ?? resourceFields(inp);
  const base = baseElement(res, inp.elements);
  const units: Record<string, string> = {}, metalUnits: Record<string, string> = {};
  const grades: Record<string, Float64Array> = {};
  for (const e of inp.elements) {
    if (!inp.estimates[e]) continue;
    units[e] = inp.unitOf(e); metalUnits[e] = metalAmount(1, units[e], e).unit; grades[e] = inp.estimates[e].estimate;
  }
  const t = inp.blockVolume * inp.density;
  const cutoffs = reportCutoffs(res, f, base);
  const rule = res?.regionRule ?? 'centroid';
  const table = (mask: ArrayLike<number> | null) => physical(resourceTable({
    cutGrade: f.cut, grades, tonnesPerBlock: t, classes: f.class, mask, value: f.value, cutoffs,
  }), units);
  const regions = [{ name: ALL_BLOCKS, blocks: f.cut.length, rows: table(null) }];
  for (const r of res?.regions ?? []) {
    const m = rule === 'proportion' ? regionFraction(inp.grid, r) : regionMask(inp.grid, r);
    let blocks = 0;
    for (let b = 0; b < m.length; b++) blocks += m[b];
    regions.push({ name: r.name, blocks, rows: table(m) });
  }
  const priceCurve: PricePoint[] = [];
  const econ = f.economics;
  if (econ?.prices[base] && units[base] && Number.isFinite(f.breakeven[base])) {
    const priced = Object.keys(grades).filter((e) => f.breakeven[e] !== undefined);
    const pg: Record<string, Float64Array> = {};
    for (const e of priced) pg[e] = grades[e];
    for (const price of curvePrices(res, econ.prices[base].value)) {
      const ep = withPrice(econ, base, price);
      const cutoff = breakevenCutoff(ep, base, units[base]);
      const cut = f.equivalent ? weightedSum(pg, equivalentFactors(ep, base, units, priced), f.cut.length) : f.cut;
      const value = netValuePerTonne(ep, pg, units, f.cut.length);
      const rows = physical(resourceTable({ cutGrade: cut, grades, tonnesPerBlock: t, classes: f.class, value, cutoffs: [cutoff] }), units);
      priceCurve.push({ price, cutoff, rows });
    }
  }
  return {
    base, cutElement: f.cutElement, cutUnit: f.cutUnit, currency: f.currency, breakeven: f.breakeven, marginal: f.marginal,
    equivalent: f.factors && res?.equivalent ? { name: res.equivalent.name, base, factors: f.factors } : null,
    units, metalUnits, density: inp.density, tonnesPerBlock: t, cutoffs, classified: f.class !== null,
    regionRule: rule, regions, priceCurve,
  };
}
