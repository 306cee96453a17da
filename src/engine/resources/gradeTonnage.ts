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
  const f = gramsPerGradeTonne(gradeUnit);
  if (f === 1) return { grams: metal, troyOunces: troyOunces(metal) };
  if (f === 0.001) return { grams: metal / 1000, troyOunces: troyOunces(metal / 1000) };
  if (f === 10_000) return { tonnes: metal / 100, pounds: (metal / 100) * POUNDS_PER_TONNE };
  return {};
}

/**
 * Grams of metal in one tonne of rock at one grade unit: g/t and ppm → 1, ppb (mg/t) → 0.001,
 * % → 10,000 (1 % of 10⁶ g); NaN for a unit that is not a mass fraction.
 */
export function gramsPerGradeTonne(gradeUnit: string): number {
  const u = gradeUnit.trim().toLowerCase().replace(/\s+/g, '');
  if (u === 'g/t' || u === 'ppm' || u === 'gpt') return 1;
  if (u === 'ppb' || u === 'mg/t') return 0.001;
  if (u === '%' || u === 'pct' || u === 'percent') return 10_000;
  return NaN;
}
