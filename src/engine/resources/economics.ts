import { GRAMS_PER_TROY_OUNCE, POUNDS_PER_TONNE, gramsPerGradeTonne } from './gradeTonnage';

/** A metal price: `value` currency units per mass of metal, unit "<currency>/<oz|g|kg|t|lb>" (the currency is a label). */
export interface Price {
  value: number;
  unit: string;
}

/** Costs per tonne of material (ore) mined and treated, in the price currency. */
export interface Costs {
  mining: number;
  processing: number;
  admin: number;
}

/** The economic parameters of a scene's resources section. */
export interface Economics {
  /** Price per element. */
  prices: Record<string, Price>;
  /** Metallurgical recovery per element, 0–1 (1 when absent). */
  recoveries: Record<string, number>;
  costs: Costs;
  /** Royalty, 0–1, on revenue. */
  royalty: number;
}

/** Grams in one mass unit of a price: troy ounce (31.1034768 g), g, kg, tonne, pound (453.59237 g). */
const GRAMS_PER: Record<string, number> = {
  oz: GRAMS_PER_TROY_OUNCE, ozt: GRAMS_PER_TROY_OUNCE, g: 1, kg: 1000, t: 1e6, lb: 1e6 / POUNDS_PER_TONNE,
};

/** Mass units a price may be given per. */
export const PRICE_MASS_UNITS = Object.keys(GRAMS_PER);

/** The currency label of a price unit ("USD/oz" → "USD"). */
export function currencyOf(unit: string): string {
  return unit.split('/')[0].trim();
}

/** Price per gram of metal: value ÷ grams in the unit's mass (2,400 USD/oz → 77.162 USD/g). Throws on an unknown mass unit. */
export function pricePerGram(price: Price): number {
  const mass = price.unit.split('/')[1]?.trim().toLowerCase();
  const g = mass === undefined ? undefined : GRAMS_PER[mass];
  if (g === undefined) throw new Error(`price unit "${price.unit}": expected <currency>/<${PRICE_MASS_UNITS.join('|')}>, e.g. USD/oz`);
  return price.value / g;
}

/**
 * Price of one grade unit in one tonne of rock (currency per grade-unit·t): price per gram × grams
 * of metal per tonne at one grade unit (g/t, ppm 1; ppb 0.001; % 10,000). 2,400 USD/oz at 1 g/t → 77.16 USD/t.
 */
export function pricePerGradeUnit(price: Price, gradeUnit: string): number {
  const f = gramsPerGradeTonne(gradeUnit);
  if (!Number.isFinite(f)) throw new Error(`grade unit "${gradeUnit}" is not a mass fraction (g/t, ppm, ppb, %): no price per grade unit`);
  return pricePerGram(price) * f;
}

/** Recovery of an element (1 when not given). */
export function recoveryOf(econ: Pick<Economics, 'recoveries'>, element: string): number {
  return econ.recoveries[element] ?? 1;
}

/**
 * Net smelter value of one grade unit in a tonne of rock: price per grade unit × recovery ×
 * (1 − royalty) (currency per grade-unit·t).
 */
export function netValuePerGradeUnit(econ: Economics, element: string, gradeUnit: string): number {
  const p = econ.prices[element];
  if (!p) throw new Error(`resources.prices: no price for ${element}`);
  return pricePerGradeUnit(p, gradeUnit) * recoveryOf(econ, element) * (1 - econ.royalty);
}

/** Total cost per tonne: mining + processing + admin. */
export function totalCost(c: Costs): number {
  return c.mining + c.processing + c.admin;
}

/**
 * Breakeven cutoff grade (盈亏平衡品位, DZ/T 0339-2020 矿床工业指标论证技术要求, breakeven method):
 * the grade whose recovered, royalty-paid revenue equals the total cost per tonne,
 * c = (mining + processing + admin) / (price per grade unit × recovery × (1 − royalty)).
 * 2,400 USD/oz, 90 % recovery, 40 USD/t → 40 / (77.162 × 0.9) = 0.576 g/t.
 */
export function breakevenCutoff(econ: Economics, element: string, gradeUnit: string): number {
  return totalCost(econ.costs) / netValuePerGradeUnit(econ, element, gradeUnit);
}

/**
 * Marginal (mill) cutoff: material already mined goes to the plant when it pays processing and
 * admin, c = (processing + admin) / (price per grade unit × recovery × (1 − royalty)).
 */
export function marginalCutoff(econ: Economics, element: string, gradeUnit: string): number {
  return (econ.costs.processing + econ.costs.admin) / netValuePerGradeUnit(econ, element, gradeUnit);
}

/**
 * Factor of each element in a metal equivalent on `base`:
 * eq = g_base + Σ g_i × (p_i × r_i) / (p_base × r_base), p per grade unit of each element
 * (royalty cancels). Elements without a price are left out.
 */
export function equivalentFactors(econ: Economics, base: string, units: Record<string, string>, elements: string[]): Record<string, number> {
  const vb = pricePerGradeUnit(priceOf(econ, base), units[base]) * recoveryOf(econ, base);
  const out: Record<string, number> = {};
  for (const e of elements) {
    if (!econ.prices[e]) continue;
    out[e] = e === base ? 1 : (pricePerGradeUnit(econ.prices[e], units[e]) * recoveryOf(econ, e)) / vb;
  }
  return out;
}

function priceOf(econ: Economics, element: string): Price {
  const p = econ.prices[element];
  if (!p) throw new Error(`resources.prices: no price for ${element}`);
  return p;
}

/** Σ factor_e × grade_e per block; NaN where any element with a factor has no estimate. */
export function weightedSum(grades: Record<string, ArrayLike<number>>, factors: Record<string, number>, n: number, constant = 0): Float64Array {
  const out = new Float64Array(n).fill(constant);
  for (const [e, f] of Object.entries(factors)) {
    const g = grades[e];
    if (!g) throw new Error(`no grades of ${e}`);
    for (let b = 0; b < n; b++) out[b] += f * g[b];
  }
  return out;
}

/**
 * Net value per tonne of each block (VALUE_T): Σ over priced elements of grade × price per grade unit
 * × recovery × (1 − royalty), minus the total cost per tonne. NaN where a priced element is unestimated.
 */
export function netValuePerTonne(econ: Economics, grades: Record<string, ArrayLike<number>>, units: Record<string, string>, n: number): Float64Array {
  const factors: Record<string, number> = {};
  for (const e of Object.keys(grades)) if (econ.prices[e]) factors[e] = netValuePerGradeUnit(econ, e, units[e]);
  return weightedSum(grades, factors, n, -totalCost(econ.costs));
}

/** Metal equivalent grade of each block (base grade units). */
export function metalEquivalent(econ: Economics, base: string, grades: Record<string, ArrayLike<number>>, units: Record<string, string>, n: number): Float64Array {
  return weightedSum(grades, equivalentFactors(econ, base, units, Object.keys(grades)), n);
}
