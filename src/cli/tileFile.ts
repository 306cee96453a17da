import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** First line of a tile file (`lode estimate --tile K/N`); then the estimate CSV's header and the tile's rows. */
export const TILE_MARK = '#lode-tile ';

/** What a tile file says about itself. */
export interface TileMeta {
  /** Tile k (from 0) of n. */
  k: number;
  n: number;
  /** Blocks [start, end) of the grid's `blocks`. */
  start: number;
  end: number;
  blocks: number;
  /** sceneFingerprint of the scene file the tile was estimated from. */
  scene: string;
}

/** SHA-256 (first 16 hex digits) of the scene file's bytes: tiles of one scene file share it. */
export async function sceneFingerprint(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex').slice(0, 16);
}

/** The first line of a tile file (no line end). */
export function tileLine(m: TileMeta): string {
  return `${TILE_MARK}${JSON.stringify({ tile: `${m.k}/${m.n}`, start: m.start, end: m.end, blocks: m.blocks, scene: m.scene })}`;
}

/** Parses a tile file's first line; null when it is not one. */
export function parseTileLine(line: string): TileMeta | null {
  if (!line.startsWith(TILE_MARK)) return null;
  try {
    const j = JSON.parse(line.slice(TILE_MARK.length)) as Record<string, unknown>;
    const t = /^(\d+)\/(\d+)$/.exec(String(j.tile));
    const ints = [j.start, j.end, j.blocks].every((v) => Number.isInteger(v) && (v as number) >= 0);
    if (!t || !ints || typeof j.scene !== 'string') return null;
    const m = { k: Number(t[1]), n: Number(t[2]), start: j.start as number, end: j.end as number, blocks: j.blocks as number, scene: j.scene };
    return m.k < m.n && m.start < m.end && m.end <= m.blocks ? m : null;
  } catch {
    return null;
  }
}

/** "tile 3/8 (blocks 1,200–1,599, FILE)" */
export function tileName(m: TileMeta, file?: string): string {
  return `tile ${m.k}/${m.n} (blocks ${m.start.toLocaleString('en-US')}–${(m.end - 1).toLocaleString('en-US')}${file ? `, ${file}` : ''})`;
}
