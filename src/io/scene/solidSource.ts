import { gzipSync, strToU8 } from 'fflate';
import type { SolidSource } from './schemaDomains';
import { base64ToBytes, bytesToBase64, gunzipBounded, type ReadFile } from './tableSource';

/** The bytes of a solid source: its file (through readFile, relative to the scene file), embedded text, or embedded gzip+base64. */
export async function solidBytes(src: SolidSource, readFile: ReadFile): Promise<Uint8Array> {
  if (src.path !== undefined) {
    const c = await readFile(src.path);
    return typeof c === 'string' ? strToU8(c) : c;
  }
  if (src.text !== undefined) return strToU8(src.text);
  return gunzipBounded(base64ToBytes(src.gzip ?? ''));
}

/** The solid embedded like a table (gzip level 6, base64), keeping its code and a file name that tells its format. */
export async function embedSolid(src: SolidSource, readFile: ReadFile): Promise<SolidSource> {
  if (src.gzip !== undefined) return src;
  const name = (src.name ?? src.path ?? 'solid.obj').split(/[\\/]/).pop()!;
  return { code: src.code, gzip: bytesToBase64(gzipSync(await solidBytes(src, readFile), { level: 6 })), name };
}
