import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** A field path as a user reads it: estimate.search.ranges[1]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? String(p) : `.${String(p)}`;
  }
  return s;
}

/** The value found at a path of the raw input, for messages ("got -2"). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return String(v);
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number', int: 'a whole number', string: 'text', boolean: 'true or false',
  object: 'an object', array: 'a list', tuple: 'a list', record: 'an object',
};

function bound(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const n = Number(small ? issue.minimum : issue.maximum);
  const incl = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array': case 'set':
      return small ? `needs at least ${n} item${n === 1 ? '' : 's'}` : `allows at most ${n} item${n === 1 ? '' : 's'}`;
    case 'string':
      return small ? (n <= 1 ? 'must not be empty' : `needs at least ${n} characters`) : `allows at most ${n} characters`;
    default:
      return small ? `must be ${incl ? '>=' : '>'} ${n}` : `must be ${incl ? '<=' : '<'} ${n}`;
  }
}

/** One line for one schema issue: "estimate.search.ranges[1]: must be > 0 (got -2)". */
export function formatIssue(issue: Issue, input: unknown): string {
  const where = formatPath(issue.path) || '(scene)';
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case 'too_small': case 'too_big':
      return `${where}: ${bound(issue)}${issue.origin === 'number' || issue.origin === 'int' ? ` (got ${describe(got)})` : ''}`;
    case 'invalid_type':
      if (got === undefined) return `${where}: is required (${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `${where}: must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (got ${describe(got)})`;
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${where === '(scene)' ? k : `${where}.${k}`}: unknown field`).join('; ');
    case 'invalid_value':
      return `${where}: must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`} (got ${describe(got)})`;
    case 'invalid_format':
      return `${where}: has the wrong format (got ${describe(got)})`;
    case 'invalid_union': {
      const first = issue.errors.find((e) => e.length > 0)?.[0];
      return first ? formatIssue({ ...first, path: [...issue.path, ...first.path] } as Issue, input) : `${where}: matches none of the allowed forms`;
    }
    case 'invalid_key':
      return `${where}: has an invalid key`;
    default:
      return `${where}: ${issue.message}`;
  }
}
