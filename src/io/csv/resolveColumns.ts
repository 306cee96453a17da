import type { Finding } from '../../engine/types.ts';
import { describeRoleNames, normalizeColumnName, ROLE_NAMES, ROLES, type Role } from './columnNames.ts';
import { makeFinding } from './findings.ts';
import { ImportError } from './importError.ts';
import type { RawTable } from './rawTable.ts';

export type ImportKind = 'collars' | 'surveys' | 'intervals' | 'samples';

/** Which roles a table kind needs, may have, and recognises only to leave aside. */
export interface TableSpec { required: Role[]; optional: Role[]; ignored: Role[] }

export const TABLE_SPECS: Record<ImportKind, TableSpec> = {
  collars: { required: ['HOLEID', 'X', 'Y', 'Z'], optional: ['DEPTH', 'AZ', 'DIP'], ignored: [] },
  surveys: { required: ['HOLEID', 'AT', 'AZ', 'DIP'], optional: [], ignored: [] },
  intervals: { required: ['HOLEID', 'FROM', 'TO'], optional: [], ignored: ['X', 'Y', 'Z'] },
  samples: { required: ['X', 'Y'], optional: ['Z', 'HOLEID'], ignored: ['FROM', 'TO'] },
};

/** A column that is not a role: a grade/value or a category. `key` is set when the user mapped it by name. */
export interface OtherColumn { index: number; name: string; key?: string }

export interface ResolvedColumns {
  /** Column index per role found. */
  index: Partial<Record<Role, number>>;
  /** Role → column name in the file, for the report. */
  names: Record<string, string>;
  others: OtherColumn[];
  findings: Finding[];
}

/**
 * Assign the columns of a table to roles: first the explicit mapping (canonical role or
 * element name → column), then recognised names. A required role that is missing, or a role
 * that more than one column could fill, throws an ImportError naming the file and the names
 * looked for. Unnamed columns (e.g. a pandas index) and ignored roles are left out with an info finding.
 */
export function resolveColumns(raw: RawTable, kind: ImportKind, mapping: Record<string, string> = {}): ResolvedColumns {
  const spec = TABLE_SPECS[kind];
  const usable: Role[] = [...spec.required, ...spec.optional];
  const file = raw.file;
  const index: Partial<Record<Role, number>> = {};
  const claimed = new Map<number, string>();
  const explicitKeys = new Map<number, string>();

  for (const [key, column] of Object.entries(mapping)) {
    const i = findColumn(raw.header, column);
    if (i < 0) {
      throw new ImportError(file, key, `column '${column}' (mapped to ${key}) is not in the file; its columns are ${raw.header.map((h) => `'${h}'`).join(', ')}`, [column]);
    }
    const role = mappedRole(key, usable);
    if (role) {
      index[role] = i;
      claimed.set(i, role);
    } else if ((ROLES as string[]).includes(key.toUpperCase())) {
      throw new ImportError(file, key, `column mapping ${key} does not apply to a ${kind} table (it takes ${usable.join(', ')} or element names)`, [column]);
    } else {
      explicitKeys.set(i, key);
      claimed.set(i, key);
    }
  }

  const normalized = raw.header.map(normalizeColumnName);
  for (const role of usable) {
    if (index[role] !== undefined) continue;
    const hits: number[] = [];
    normalized.forEach((n, i) => { if (!claimed.has(i) && ROLE_NAMES[role].includes(n)) hits.push(i); });
    if (hits.length > 1) {
      const names = hits.map((i) => raw.header[i]);
      throw new ImportError(file, role, `ambiguous ${role} column: ${names.map((n) => `'${n}'`).join(' and ')} both match; map one with "columns": {"${role}": "…"}`, names);
    }
    if (hits.length === 1) { index[role] = hits[0]; claimed.set(hits[0], role); }
    else if (spec.required.includes(role)) {
      const looked = describeRoleNames(role);
      throw new ImportError(file, role, `no ${role} column (looked for ${looked.join(', ')}); the columns are ${raw.header.map((h) => `'${h}'`).join(', ')} — map one with "columns": {"${role}": "…"}`, looked);
    }
  }

  const findings: Finding[] = [];
  const others: OtherColumn[] = [];
  raw.header.forEach((name, i) => {
    if (claimed.has(i) && !explicitKeys.has(i)) return;
    if (explicitKeys.has(i)) { others.push({ index: i, name, key: explicitKeys.get(i) }); return; }
    if (name === '') {
      findings.push(makeFinding('info', 'unnamed-column', file, `column ${i + 1} has no name and is ignored`, false));
      return;
    }
    const ignoredRole = spec.ignored.find((r) => ROLE_NAMES[r].includes(normalized[i]));
    if (ignoredRole) {
      findings.push(makeFinding('info', 'ignored-column', file, `column '${name}' (${ignoredRole}) is not used in a ${kind} table and is ignored`, false, { column: name }));
      return;
    }
    others.push({ index: i, name });
  });

  const names: Record<string, string> = {};
  for (const role of usable) if (index[role] !== undefined) names[role] = raw.header[index[role]];
  return { index, names, others, findings };
}

function findColumn(header: string[], column: string): number {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const want = column.trim().toLowerCase();
  return header.findIndex((h) => h.trim().toLowerCase() === want);
}

/** A mapping key naming a role: the canonical name ('X', 'holeid') or a recognised alias ('BHID', 'EAST'). */
function mappedRole(key: string, usable: Role[]): Role | undefined {
  const upper = key.trim().toUpperCase();
  const direct = usable.find((r) => r === upper);
  if (direct) return direct;
  const n = normalizeColumnName(key);
  return usable.find((r) => ROLE_NAMES[r].includes(n));
}
