import { InputError } from '../inputError';

interface ValueTable { values: Record<string, Float64Array>; categories?: Record<string, string[]> }

/**
 * The table with its numeric column `name` (case-insensitive) read as text codes instead of a
 * grade: domain codes are often numbers (1, 2, 100). Blank or missing cells become ''.
 */
export function numericAsCategory<T extends ValueTable>(t: T, name: string): T {
  const key = Object.keys(t.values).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined || Object.keys(t.categories ?? {}).some((k) => k.toLowerCase() === name.toLowerCase())) return t;
  const { [key]: codes, ...values } = t.values;
  return { ...t, values, categories: { ...t.categories, [key]: Array.from(codes, (c) => (Number.isFinite(c) ? String(c) : '')) } };
}

/**
 * The domain code of each point sample: the text column `name` of a point table (case-insensitive,
 * exact case first), after numericAsCategory. Throws (naming the text columns) when it has none.
 */
export function pointCodes(t: ValueTable, name: string, file: string): string[] {
  const cats = t.categories ?? {};
  const key = Object.keys(cats).find((c) => c === name) ?? Object.keys(cats).find((c) => c.toLowerCase() === name.toLowerCase());
  if (key !== undefined) return cats[key];
  const all = Object.keys(cats).join(', ') || 'none';
  throw new InputError(`domains.column: no column "${name}" in the point samples ${file} (text columns: ${all})`, 'domain-column-missing', { column: name, file, columns: all }, 'domains.column');
}
