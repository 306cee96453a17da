import { Gunzip, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { Scene, TableSource } from './schema';
import { CodedError } from '../userMessage';

/** Largest table accepted after decompression, in bytes. */
export const MAX_TABLE_BYTES = 512 * 1024 * 1024;

/** A table's text and the name findings report it under. */
export interface TableText { name: string; text: string }

/** Reads a path (relative to the scene file) as text or bytes; supplied by the CLI (fs) or the app (fetch/File). */
export type ReadFile = (path: string) => Promise<string | Uint8Array>;

/** Where a table sits in a scene, e.g. "data.assays" or "data.intervals[0]", with its source. */
export interface TableEntry { key: string; source: TableSource }

/** Every table source of a scene, in a fixed order (collars, surveys, assays, intervals, samples). */
export function tableEntries(scene: Pick<Scene, 'data'>): TableEntry[] {
  const d = scene.data;
  const out: TableEntry[] = [];
  for (const k of ['collars', 'surveys', 'assays'] as const) {
    const s = d[k];
    if (s) out.push({ key: `data.${k}`, source: s });
  }
  d.intervals?.forEach((s, i) => out.push({ key: `data.intervals[${i}]`, source: s }));
  if (d.samples) out.push({ key: 'data.samples', source: d.samples });
  return out;
}

/** Base64 of bytes, in chunks (portable: browser and Node both have btoa/atob). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Bytes of a base64 string; throws on characters outside the alphabet. */
export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Gunzips with a bound on the output size (a small file must not expand without limit). */
export function gunzipBounded(data: Uint8Array, maxBytes = MAX_TABLE_BYTES): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const g = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new RangeError(`expands to more than ${Math.round(maxBytes / 1048576)} MB`);
    parts.push(chunk);
  });
  for (let i = 0; i < data.length; i += 1 << 16) g.push(data.subarray(i, i + (1 << 16)), i + (1 << 16) >= data.length);
  if (data.length === 0) throw new RangeError('is empty');
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

function isGzip(b: Uint8Array): boolean {
  return b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * Text of a table source: a path (read through readFile, relative to the scene file; .gz
 * files are gunzipped), embedded text, or embedded gzip+base64. Errors name the source.
 */
export async function readTableSource(src: TableSource, readFile: ReadFile, key = 'table'): Promise<TableText> {
  if (src.path !== undefined) {
    const content = await readFile(src.path);
    const name = src.name ?? src.path;
    if (typeof content === 'string') return { name, text: content };
    try {
      return { name, text: strFromU8(isGzip(content) ? gunzipBounded(content) : content) };
    } catch (e) {
      throw new CodedError(`${src.path}: cannot decompress (${(e as Error).message})`, 'table-decompress', { file: src.path }, (e as Error).message);
    }
  }
  if (src.text !== undefined) return { name: src.name ?? `${key} (embedded)`, text: src.text };
  const name = src.name ?? `${key} (embedded)`;
  try {
    return { name, text: strFromU8(gunzipBounded(base64ToBytes(src.gzip ?? ''))) };
  } catch (e) {
    throw new CodedError(`${key}.gzip: not valid gzip+base64 data (${(e as Error).message})`, 'table-decompress', { file: name }, `${key}.gzip`);
  }
}

/** An embedded, compressed table source (gzip level 6, base64) keeping the format and column mapping. */
export function embedTable(text: string, name: string, like: Partial<TableSource> = {}): TableSource {
  const out: TableSource = { gzip: bytesToBase64(gzipSync(strToU8(text), { level: 6 })), name: baseName(name) };
  if (like.format) out.format = like.format;
  if (like.columns) out.columns = like.columns;
  return out;
}
