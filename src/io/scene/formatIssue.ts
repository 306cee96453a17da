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

/** The value at a path as a message parameter: numbers and short text as they are, nothing for lists and objects. */
function gotParam(v: unknown): { got?: string } {
  if (typeof v === 'number' || typeof v === 'boolean') return { got: String(v) };
  if (typeof v === 'string') return { got: `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` };
  if (v === null) return { got: 'null' };
  return {};
}

/**
 * Code and parameters of one schema issue, for the UI's translated sentence (formatIssue is the
 * same in English): 'schema-too-small' with variant by kind (number/list/text), 'schema-type',
 * 'schema-required', 'schema-unknown-key', 'schema-enum', 'schema-format', or the code a
 * refinement gave in its params ('schema-custom' when none). The field path is the detail.
 */
export function issueMessage(issue: Issue, input: unknown): { code: string; params: Record<string, string | number>; field: string } {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const field = formatPath(path) || 'lode';
  const got = gotParam(valueAt(input, issue.path));
  switch (issue.code) {
    case 'too_small': case 'too_big': {
      const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const kind = issue.origin === 'array' || issue.origin === 'set' ? 'list' : issue.origin === 'string' ? 'text' : issue.inclusive === false ? 'exclusive' : 'number';
      return { code: `schema-${issue.code === 'too_small' ? 'too-small' : 'too-big'}_${kind}${kind === 'number' || kind === 'exclusive' ? (got.got ? '_got' : '') : ''}`, params: { n, ...got }, field };
    }
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { code: 'schema-required', params: { type: issue.expected }, field };
      return { code: got.got ? 'schema-type_got' : 'schema-type', params: { type: issue.expected, ...got }, field };
    case 'unrecognized_keys':
      return { code: 'schema-unknown-key', params: { key: issue.keys[0], n: issue.keys.length }, field };
    case 'invalid_value':
      return { code: got.got ? 'schema-enum_got' : 'schema-enum', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', '), ...got }, field };
    case 'invalid_format':
      return { code: got.got ? 'schema-format_got' : 'schema-format', params: { ...got }, field };
    case 'invalid_union': {
      const first = issue.errors.find((e) => e.length > 0)?.[0];
      return first ? issueMessage({ ...first, path: [...issue.path, ...first.path] } as Issue, input) : { code: 'schema-union', params: {}, field };
    }
    case 'custom': {
      const p = (issue.params ?? {}) as Record<string, unknown>;
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(p)) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
      return { code: typeof p.code === 'string' ? `schema-${p.code}` : 'schema-custom', params, field };
    }
    default:
      return { code: 'schema-custom', params: {}, field };
  }
}
