/**
 * Turning dropped or picked files into a scene: a scene file opens as is (tables dropped
 * with it resolve its relative paths); CSV/GEO-EAS tables are recognised by their columns
 * and become a new scene (or replace tables of the current one). Tables whose kind cannot
 * be told wait for the mapping dialog.
 */
import { readTable } from '../io/csv/readTable';
import { detectTableKind } from '../io/csv';
import { sceneSchema, type Scene, type SceneInput } from '../io/scene/schema';
import type { PendingTable, TableKind } from './types';
import { CodedError } from '../io/userMessage';
import { issueMessage } from '../io/scene/formatIssue';

/** A file as read from disk (text), by the name the user gave it. */
export interface InputFile { name: string; text: string }

/** Required canonical columns per table kind (the mapping dialog asks for these). */
export const REQUIRED_COLUMNS: Record<TableKind, string[]> = {
  collars: ['HOLEID', 'X', 'Y', 'Z'],
  surveys: ['HOLEID', 'AT', 'AZ', 'DIP'],
  assays: ['HOLEID', 'FROM', 'TO'],
  intervals: ['HOLEID', 'FROM', 'TO'],
  samples: ['X', 'Y'],
};

/** Optional canonical columns the dialog also offers. */
export const OPTIONAL_COLUMNS: Record<TableKind, string[]> = {
  collars: ['DEPTH'], surveys: [], assays: [], intervals: [], samples: ['Z', 'HOLEID'],
};

/** True when the file looks like a scene (by name, or JSON content). */
export function isSceneFile(f: InputFile): boolean {
  return /\.(json|lode)$/i.test(f.name) || /^\s*\{/.test(f.text.slice(0, 64));
}

/** Characters of a file read to recognise it (its header and first records). */
const SNIFF_CHARS = 64 * 1024;

/** The header and first records of a table, read from its first SNIFF_CHARS (whole lines only). */
function readHead(f: InputFile) {
  if (f.text.length <= SNIFF_CHARS) return readTable(f.text, f.name);
  const cut = f.text.lastIndexOf('\n', SNIFF_CHARS);
  try {
    return readTable(f.text.slice(0, cut > 0 ? cut + 1 : SNIFF_CHARS), f.name);
  } catch {
    return readTable(f.text, f.name); // e.g. a quoted field running past the cut
  }
}

/**
 * Reads each table's header and first records and guesses its kind; marks why a guess needs the
 * user (see PendingTable.unsure). Throws (naming the file) when a file cannot be read as a table.
 */
export function sniffTables(files: InputFile[]): PendingTable[] {
  const tables = files.map((f): PendingTable => {
    const raw = readHead(f);
    if (raw.header.length < 2) throw new CodedError(`${f.name}: not a table (only one column: "${raw.header[0] ?? ''}")`, 'table-one-column', { file: f.name, header: raw.header[0] ?? '' });
    if (raw.records.length === 0) throw new CodedError(`${f.name}: the table has a header but no data rows`, 'table-no-rows', { file: f.name });
    const guess = detectTableKind(raw.header, raw.records.slice(0, 200));
    const kind = guess.kind === 'unknown' ? null : guess.kind;
    const missing = kind !== null && REQUIRED_COLUMNS[kind].some((c) => !guess.columns[c]);
    const unsure = kind === null ? 'unknown' : guess.ambiguous ? 'ambiguous' : missing ? 'columns' : undefined;
    return { name: f.name, text: f.text, header: raw.header, kind, columns: guess.columns, ambiguous: unsure !== undefined, ...(unsure ? { unsure } : {}) };
  });
  // Two tables taken for the same single kind: both need the user.
  for (const t of tables) {
    if (t.kind && t.kind !== 'intervals' && tables.filter((o) => o.kind === t.kind).length > 1 && !t.unsure) {
      t.unsure = 'duplicate';
      t.ambiguous = true;
    }
  }
  return tables;
}

/** True when the kinds can make a scene: each used kind but intervals at most once, and something opened. */
export function kindsDistinct(tables: PendingTable[]): boolean {
  const single = tables.map((t) => t.kind).filter((k) => k !== null && k !== 'skip' && k !== 'intervals');
  return new Set(single).size === single.length && tables.some((t) => t.kind !== 'skip');
}

/** True unless every table has a kind with its required columns found and the kinds are distinct. */
export function needsMapping(tables: PendingTable[]): boolean {
  return tables.some((t) => t.kind === null || t.ambiguous) || !kindsDistinct(tables);
}

/** True when a table's kind is chosen and each required column of it is mapped (a skipped table is complete). */
export function tableComplete(t: PendingTable): boolean {
  if (t.kind === 'skip') return true;
  return t.kind !== null && REQUIRED_COLUMNS[t.kind].every((c) => t.columns[c]);
}

/**
 * Builds the scene for a set of recognised tables: with collars or samples, a new scene
 * (named after the files); otherwise the current scene with those tables replaced.
 * Throws with a clear message when the set cannot make a scene.
 */
export function sceneFromTables(tables: PendingTable[], current: Scene | null): Scene {
  const data: Record<string, unknown> = {};
  const intervals: unknown[] = [];
  tables = tables.filter((t) => t.kind !== 'skip');
  for (const t of tables) {
    if (!t.kind || t.kind === 'skip') throw new CodedError(`${t.name}: the kind of table could not be recognised from its columns`, 'table-kind-unknown', { file: t.name });
    const source = {
      text: t.text, name: t.name,
      ...(t.explicit && Object.keys(t.columns).length ? { columns: t.columns } : {}),
    };
    if (t.kind === 'intervals') intervals.push(source); else data[t.kind] = source;
  }
  if (intervals.length) data.intervals = intervals;
  const fresh = data.collars !== undefined || data.samples !== undefined;
  if (!fresh && !current) {
    throw new CodedError(`${tables.map((t) => t.name).join(', ')}: a collar table (or a point-sample table) is needed to start a scene`,
      'tables-no-collars', { files: tables.map((t) => t.name).join(', ') });
  }
  if (!fresh && current?.data.samples) {
    throw new CodedError(`${tables.map((t) => t.name).join(', ')}: the current scene holds point samples; drop collars with these tables`,
      'tables-points-scene', { files: tables.map((t) => t.name).join(', ') });
  }
  const input: SceneInput = fresh
    ? { lode: 1, name: tables.map((t) => t.name.replace(/\.[^.]+$/, '')).join(' + ').slice(0, 200), data: data as SceneInput['data'] }
    : { ...(current as SceneInput), data: { ...current!.data, ...data } as SceneInput['data'], estimate: undefined };
  const parsed = sceneSchema.safeParse(input);
  if (!parsed.success) {
    const m = issueMessage(parsed.error.issues[0], input);
    throw new CodedError(`these tables do not make a scene: ${parsed.error.issues[0]?.message ?? 'invalid'}`, m.code, m.params, m.field);
  }
  return parsed.data;
}
