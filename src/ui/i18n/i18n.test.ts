import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

/** Every key path of a strings object ('a.b.c'). */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

const enKeys = new Set(keys(en));
// i18next plural forms: t('x.blocks', { count }) resolves x.blocks_one / x.blocks_other.
const resolvable = (k: string) => enKeys.has(k) || enKeys.has(`${k}_other`);

describe('i18n', () => {
  it('English and Chinese have the same keys, and no Chinese string is left empty or in English', () => {
    expect(keys(zh).sort()).toEqual([...enKeys].sort());
    const get = (o: unknown, path: string) => path.split('.').reduce((a: unknown, k) => (a as Record<string, unknown>)[k], o) as string;
    const untranslated = keys(zh).filter((k) => {
      const z = get(zh, k);
      // Names, units and symbols stay as they are.
      return z.trim() === '' || (z === get(en, k) && /[a-z]{4,}/.test(z) && k !== 'app.name');
    });
    expect(untranslated).toEqual([]);
  });

  it('every literal key the UI asks for exists', () => {
    const used = new Set<string>();
    for (const file of [...sources(new URL('..', import.meta.url).pathname), ...sources(new URL('../../store', import.meta.url).pathname)]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/loading: '([a-z]+\.[a-zA-Z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !resolvable(k))).toEqual([]);
  });

  it('templated keys cover every value they are built from', () => {
    for (const k of ['estimate', 'variance', 'slope', 'samples', 'pass']) expect(enKeys.has(`field.${k}`)).toBe(true);
    for (const k of ['drillholes', 'blocks', 'envelope', 'labels', 'axes']) expect(enKeys.has(`layer.${k}`)).toBe(true);
    for (const k of ['fit', 'iso', 'plan', 'sectionNS', 'sectionEW']) expect(enKeys.has(`preset.${k}`)).toBe(true);
    for (const k of ['collars', 'surveys', 'assays', 'intervals', 'samples']) expect(enKeys.has(`kind.${k}`)).toBe(true);
    for (const k of ['HOLEID', 'X', 'Y', 'Z', 'DEPTH', 'AT', 'AZ', 'DIP', 'FROM', 'TO']) expect(enKeys.has(`role.${k}`)).toBe(true);
    for (const k of ['error', 'warning', 'info']) expect(enKeys.has(`severity.${k}`)).toBe(true);
  });

  it('every validation finding code the importers emit has a headline in both languages', () => {
    const codes = new Set<string>();
    for (const dir of ['../../io', '../../pipeline', '../../engine']) {
      for (const file of sources(new URL(dir, import.meta.url).pathname)) {
        const text = readFileSync(file, 'utf8');
        // Findings are made by makeFinding, a row check's add(), or as object literals with a severity.
        for (const m of text.matchAll(/makeFinding\([^,]+, '([a-z-]+)'|check\.add\('([a-z-]+)'|this\.add\('([a-z-]+)'|severity: '[a-z]+', code: '([a-z-]+)'/g)) codes.add(m[1] ?? m[2] ?? m[3] ?? m[4]);
      }
    }
    expect(codes.size).toBeGreaterThan(25);
    expect([...codes].filter((c) => !enKeys.has(`finding.${c}`))).toEqual([]);
    // …and a detail template (filled with the finding's params): the key sets of both languages are equal (first test).
    expect([...codes].filter((c) => !enKeys.has(`messages.finding.${c}`))).toEqual([]);
  });

  it('every finding variant and error code thrown has a template in both languages', () => {
    const variants = new Set<string>(), errors = new Set<string>();
    for (const dir of ['../../io', '../../pipeline', '../../engine', '../../store', '..']) {
      for (const file of sources(new URL(dir, import.meta.url).pathname)) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/code: '([a-z-]+)'[^\n]*variant: '([a-z]+)'|makeFinding\([^,]+, '([a-z-]+)'[^;]*?variant: ([^}]+)\}/g)) {
          if (m[1]) variants.add(`${m[1]}_${m[2]}`);
          else for (const v of m[4].matchAll(/'([a-z]+)'/g)) variants.add(`${m[3]}_${v[1]}`);
        }
        // CodedError(text, 'code', …), InputError(text, 'code', …), { code: 'code' } of ImportError/SceneError, store messages.
        // A schema refinement names its code in params: the message is 'schema-<code>'.
        for (const m of text.matchAll(/(?:CodedError|InputError)\([^;]*?, '([a-z-]+)'|(?<!params: )\{ code: '([a-z-]+)'(?:, params|, detail| \})|params: \{ code: '([a-z-]+)'/g)) {
          errors.add(m[3] ? `schema-${m[3]}` : m[1] ?? m[2]);
        }
      }
    }
    expect(variants.size).toBeGreaterThan(10);
    expect(errors.size).toBeGreaterThan(40);
    expect([...variants].filter((v) => !enKeys.has(`messages.finding.${v}`))).toEqual([]);
    expect([...errors].filter((c) => !enKeys.has(`messages.error.${c}`))).toEqual([]);
  });
});
