import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../../pipeline';
import type { CliContext } from '../context';
import { parseTileLine, sceneFingerprint, tileName, TILE_MARK, type TileMeta } from '../tileFile';

/** A tile file: what its first line says, the CSV header, and where its rows begin (bytes). */
interface Tile extends TileMeta { file: string; header: string; body: number }

const NL = 10;

/** Reads a tile file's first two lines (the #lode-tile line and the CSV header). */
async function readTile(file: string): Promise<Tile> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`merge: ${file}: ${code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`);
  }
  try {
    const parts: Buffer[] = [];
    let size = 0, lines = 0, body = -1;
    while (body < 0) {
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(1 << 16), 0, 1 << 16, size);
      if (bytesRead === 0) break;
      const b = buffer.subarray(0, bytesRead);
      for (let i = b.indexOf(NL); i >= 0 && body < 0; i = b.indexOf(NL, i + 1)) if (++lines === 2) body = size + i + 1;
      parts.push(b);
      size += bytesRead;
    }
    const head = Buffer.concat(parts).toString('utf8', 0, Math.max(0, body)).split('\n');
    const meta = body > 0 ? parseTileLine(head[0]) : null;
    if (!meta) throw new InputError(`merge: ${file}: not a tile of \`lode estimate --tile K/N\` (its first line is not ${TILE_MARK.trim()} …, or it has no header)`);
    return { ...meta, file, header: head[1], body };
  } finally {
    await fh.close();
  }
}

/** Why the tiles do not make one grid: overlaps, and missing tiles (named K/N when the tiles agree on N) or block ranges. */
function coverageProblems(tiles: Tile[], blocks: number): string[] {
  const sorted = [...tiles].sort((a, b) => a.start - b.start || a.end - b.end);
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sorted[j], b = sorted[i];
      if (b.start < a.end) problems.push(`${tileName(a, a.file)} and ${tileName(b, b.file)} overlap`);
    }
  }
  const n = tiles[0].n;
  if (tiles.every((t) => t.n === n)) {
    const have = new Set(tiles.map((t) => t.k));
    const missing = Array.from({ length: n }, (_, k) => k).filter((k) => !have.has(k));
    if (missing.length) problems.push(`missing tile${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`);
    return problems;
  }
  let covered = 0;
  for (const t of sorted) {
    if (t.start > covered) problems.push(`no tile holds blocks ${covered.toLocaleString('en-US')}–${(t.start - 1).toLocaleString('en-US')}`);
    covered = Math.max(covered, t.end);
  }
  if (covered < blocks) problems.push(`no tile holds blocks ${covered.toLocaleString('en-US')}–${(blocks - 1).toLocaleString('en-US')}`);
  return problems;
}

/** Copies a tile's rows to the output, checking it holds exactly its blocks' rows. */
async function copyRows(ctx: CliContext, t: Tile): Promise<void> {
  let rows = 0, last = NL;
  for await (const chunk of createReadStream(t.file, { start: t.body, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(NL); i >= 0; i = chunk.indexOf(NL, i + 1)) rows++;
    last = chunk[chunk.length - 1];
    await ctx.out.bytes(chunk);
  }
  const want = t.end - t.start;
  if (rows !== want || last !== NL) throw new InputError(`merge: ${t.file}: ${tileName(t)} has ${rows.toLocaleString('en-US')} rows, not ${want.toLocaleString('en-US')} (cut short or edited?)`);
}

/**
 * `lode merge <scene> <tiles…>`: the tiles' rows in grid order under one header, byte for byte the
 * file `lode estimate <scene>` writes. Exit 2 when a tile is of another scene file or grid, when
 * tiles overlap or are missing (named), or when a tile's rows are not all there.
 */
export async function mergeCommand(ctx: CliContext): Promise<void> {
  const files = ctx.args.files ?? [];
  const tiles: Tile[] = [];
  for (const f of files) tiles.push(await readTile(f));
  const scene = await sceneFingerprint(ctx.args.scene);
  const other = tiles.filter((t) => t.scene !== scene);
  if (other.length) throw new InputError(`merge: ${other.map((t) => t.file).join(', ')}: estimated from another scene file than ${ctx.args.scene} (or from an earlier version of it)`);
  const blocks = tiles[0].blocks;
  const odd = tiles.filter((t) => t.blocks !== blocks || t.header !== tiles[0].header);
  if (odd.length) throw new InputError(`merge: ${odd.map((t) => t.file).join(', ')}: another grid or other columns than ${tiles[0].file}`);
  const problems = coverageProblems(tiles, blocks);
  if (problems.length) throw new InputError(`merge: ${problems.join('; ')}`);
  await ctx.out.line(tiles[0].header);
  for (const t of [...tiles].sort((a, b) => a.start - b.start)) await copyRows(ctx, t);
  ctx.progress.note(`merge: ${tiles.length} tiles, ${blocks.toLocaleString('en-US')} blocks`);
}
