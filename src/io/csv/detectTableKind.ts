import { normalizeColumnName, ROLE_NAMES, type Role } from './columnNames.ts';
import { parseElementName } from './elementName.ts';

export type DetectedKind = 'collars' | 'surveys' | 'assays' | 'intervals' | 'samples' | 'unknown';

export interface DetectedTable {
  kind: DetectedKind;
  /** Role → column name for the roles of that kind that were found. */
  columns: Record<string, string>;
  /**
   * True when the guess needs confirming: a role of that kind matches more than one column,
   * or the header also fits another kind (located intervals with a hole id: samples or assays).
   */
  ambiguous: boolean;
  /** Columns named like elements (Au_ppm → AU, unit 'ppm'), for assays and samples. */
  elements: { column: string; element: string; unit?: string }[];
}

const KIND_ROLES: Record<Exclude<DetectedKind, 'unknown'>, Role[]> = {
  collars: ['HOLEID', 'X', 'Y', 'Z', 'DEPTH'],
  surveys: ['HOLEID', 'AT', 'AZ', 'DIP'],
  assays: ['HOLEID', 'FROM', 'TO'],
  intervals: ['HOLEID', 'FROM', 'TO'],
  samples: ['HOLEID', 'X', 'Y', 'Z'],
};

/**
 * Guess what a table is from its header alone (for drag-and-drop): FROM+TO with X+Y → samples
 * (located intervals such as composites); HOLEID+FROM+TO → assays; HOLEID + AT/DEPTH + DIP or AZ
 * without X,Y → surveys; HOLEID+X+Y → collars; X+Y → samples; otherwise unknown.
 * Given the first data records, HOLEID+FROM+TO whose other columns hold only text (rock codes,
 * alteration, domains) → intervals; with no other column at all it is ambiguous (assays or intervals).
 */
export function detectTableKind(header: string[], records?: string[][]): DetectedTable {
  const norm = header.map(normalizeColumnName);
  const find = (role: Role): number => norm.findIndex((n) => ROLE_NAMES[role].includes(n));
  const matches = (role: Role): number => norm.filter((n) => ROLE_NAMES[role].includes(n)).length;
  const has = (role: Role): boolean => find(role) >= 0;
  const xy = has('X') && has('Y');
  const fromTo = has('FROM') && has('TO');
  let kind: DetectedKind = 'unknown';
  if (fromTo && xy) kind = 'samples';
  else if (has('HOLEID') && fromTo) kind = 'assays';
  else if (has('HOLEID') && has('AT') && (has('DIP') || has('AZ')) && !xy) kind = 'surveys';
  else if (has('HOLEID') && xy) kind = 'collars';
  else if (xy) kind = 'samples';
  const columns: Record<string, string> = {};
  const used = new Set<number>();
  let ambiguous = kind === 'samples' && fromTo && has('HOLEID');
  if (kind === 'assays' && records) {
    const values = header.map((_, i) => i).filter((i) => ![ROLE_NAMES.HOLEID, ROLE_NAMES.FROM, ROLE_NAMES.TO].some((names) => names.includes(norm[i])));
    const kinds = values.map((i) => columnContent(records, i));
    if (values.length === 0) ambiguous = true;
    else if (kinds.includes('text') && !kinds.includes('number')) kind = 'intervals';
  }
  if (kind !== 'unknown') {
    for (const role of KIND_ROLES[kind]) {
      const i = find(role);
      if (i >= 0) { columns[role] = header[i]; used.add(i); }
      if (matches(role) > 1) ambiguous = true;
    }
  }
  const elements: DetectedTable['elements'] = [];
  if (kind === 'assays' || kind === 'samples') {
    header.forEach((h, i) => {
      if (used.has(i) || ROLE_NAMES.FROM.includes(norm[i]) || ROLE_NAMES.TO.includes(norm[i])) return;
      const e = parseElementName(h);
      if (e) elements.push(e.unit ? { column: h, element: e.element, unit: e.unit } : { column: h, element: e.element });
    });
  }
  return { kind, columns, ambiguous, elements };
}

/** A cell that reads as a number: plain, or below detection ('<0.01'). */
const NUMBER = /^[<>]?\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Cells that mean "no value" in either kind of column. */
const BLANK = /^(|na|n\/a|-|nan|null|none)$/i;

/**
 * What a column of the first records holds: 'number' when most of its filled cells read as numbers,
 * 'text' otherwise, 'blank' when no cell is filled.
 */
export function columnContent(records: string[][], column: number): 'number' | 'text' | 'blank' {
  let numbers = 0, texts = 0;
  for (const r of records) {
    const c = (r[column] ?? '').trim();
    if (BLANK.test(c)) continue;
    if (NUMBER.test(c)) numbers++; else texts++;
  }
  if (numbers + texts === 0) return 'blank';
  return numbers >= texts ? 'number' : 'text';
}
