import { normalizeColumnName, ROLE_NAMES, type Role } from './columnNames.ts';
import { parseElementName } from './elementName.ts';

export type DetectedKind = 'collars' | 'surveys' | 'assays' | 'samples' | 'unknown';

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
  samples: ['HOLEID', 'X', 'Y', 'Z'],
};

/**
 * Guess what a table is from its header alone (for drag-and-drop): FROM+TO with X+Y → samples
 * (located intervals such as composites); HOLEID+FROM+TO → assays; HOLEID + AT/DEPTH + DIP or AZ
 * without X,Y → surveys; HOLEID+X+Y → collars; X+Y → samples; otherwise unknown.
 */
export function detectTableKind(header: string[]): DetectedTable {
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
