import { prepareCutoffCurve, queryCutoffCurve, type CutoffResult } from './cutoffCurve';

export type GradeTonnageRow = CutoffResult;

/**
 * Grade–tonnage table: for each cutoff, the blocks with estimate ≥ cutoff, their tonnes
 * (blocks × blockVolume m³ × density t/m³), tonnage-weighted mean grade and metal
 * (grade-units × t: g/t·t = grams of metal, %·t = hundredths of a tonne; see metalContent).
 * NaN (unestimated) blocks are left out. Rows follow the order of cutoffs.
 */
export function gradeTonnage(estimate: Float64Array, blockVolume: number, density: number | Float64Array, cutoffs: number[]): GradeTonnageRow[] {
  const curve = prepareCutoffCurve(estimate, blockVolume, density);
  return cutoffs.map((c) => {
    if (!Number.isFinite(c)) throw new Error(`grade–tonnage: cutoff must be a number, got ${c}`);
    return queryCutoffCurve(curve, c);
  });
}

/** Grams per troy ounce (exact, by definition of the troy ounce: 31.1034768 g). */
export const GRAMS_PER_TROY_OUNCE = 31.1034768;
/** Pounds (avoirdupois, 0.45359237 kg) per metric tonne. */
export const POUNDS_PER_TONNE = 1000 / 0.45359237;

/** Troy ounces in a mass of grams. */
export function troyOunces(grams: number): number {
  return grams / GRAMS_PER_TROY_OUNCE;
}

/**
 * Metal in physical units from metal in grade-units × t (as gradeTonnage gives it):
 * g/t and ppm → grams and troy ounces; ppb → grams (÷1000) and troy ounces; % → tonnes (÷100)
 * and pounds. Unknown units give {} (the caller keeps grade-units × t).
 */
export function metalContent(metal: number, gradeUnit: string): { grams?: number; troyOunces?: number; tonnes?: number; pounds?: number } {
  const u = gradeUnit.trim().toLowerCase().replace(/\s+/g, '');
  if (u === 'g/t' || u === 'ppm' || u === 'gpt') return { grams: metal, troyOunces: troyOunces(metal) };
  if (u === 'ppb' || u === 'mg/t') return { grams: metal / 1000, troyOunces: troyOunces(metal / 1000) };
  if (u === '%' || u === 'pct' || u === 'percent') return { tonnes: metal / 100, pounds: (metal / 100) * POUNDS_PER_TONNE };
  return {};
}
