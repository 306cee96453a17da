import { metalContent } from '../engine/resources/gradeTonnage';
import type { ValidationReport } from '../engine/types';
import { parseElementName } from '../io/csv/elementName';

/** Grade unit of a column-name hint (see io/csv/elementName.ts): 'Cu_ppm' → ppm, 'Zn_pct' → %, 'Au_gpt' → g/t. */
const HINT_UNITS: Record<string, string> = { ppm: 'ppm', ppb: 'ppb', pct: '%', gpt: 'g/t', opt: 'oz/t' };

/** Elements whose metal is counted in troy ounces (precious metals); others in tonnes. */
const PRECIOUS = /^(AU|AG|PT|PD|RH|IR|OS|RU)$/i;

/** True for a precious-metal element key: 'AU', or a key named after its column such as 'AU_PPB'. */
export function isPrecious(element: string): boolean {
  return PRECIOUS.test(element) || PRECIOUS.test(parseElementName(element)?.element ?? '');
}

/**
 * Grade unit of an element: the scene's gradeUnits (exact key, else case-insensitive); else the
 * unit the data column's name states ('Cu_ppm' → ppm); else g/t for precious metals and % for
 * the rest (the project's convention). A column named Cu_ppm is never reported in %.
 */
export function gradeUnitOf(sceneUnits: Record<string, string> | undefined, element: string, report?: Pick<ValidationReport, 'elements'>): string {
  const given = sceneUnits?.[element] ?? Object.entries(sceneUnits ?? {}).find(([k]) => k.toLowerCase() === element.toLowerCase())?.[1];
  if (given) return given;
  const hint = report?.elements.find((e) => e.name === element)?.unit;
  if (hint && HINT_UNITS[hint]) return HINT_UNITS[hint];
  return isPrecious(element) ? 'g/t' : '%';
}

/**
 * Metal of a grade–tonnage row in physical units: grade-units × tonnes (as gradeTonnage gives it)
 * converted to troy ounces for precious metals in g/t, ppm or ppb; to tonnes for % and for base
 * metals in ppm/ppb (1 ppm·t = 1 g = 10⁻⁶ t); otherwise the raw product, unit "<grade unit>·t".
 */
export function metalAmount(metal: number, unit: string, element: string): { amount: number; unit: string } {
  const c = metalContent(metal, unit);
  if (c.troyOunces !== undefined && isPrecious(element)) return { amount: c.troyOunces, unit: 'oz' };
  if (c.grams !== undefined) return { amount: c.grams / 1e6, unit: 't' };
  if (c.tonnes !== undefined) return { amount: c.tonnes, unit: 't' };
  return { amount: metal, unit: `${unit}·t` };
}
