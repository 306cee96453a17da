import type { Scene, TableSource } from './schema';
import { embedTable, readTableSource, tableEntries, type ReadFile } from './tableSource';
import { embedSolid } from './solidSource';

/** Options of serializeScene. */
export interface SerializeOptions {
  /** Embed every table (gzip+base64) instead of referencing paths; needs readFile for path sources. */
  embed?: boolean;
  readFile?: ReadFile;
  /** Indentation of the JSON text (default 2). */
  indent?: number;
}

/** A copy of the scene with every table and domain solid embedded and compressed (paths read through readFile). */
export async function embedTables(scene: Scene, readFile: ReadFile): Promise<Scene> {
  const out: Scene = structuredClone(scene);
  const replaced = await Promise.all(tableEntries(scene).map(async ({ key, source }) => {
    if (source.gzip !== undefined) return source;
    const { name, text } = await readTableSource(source, readFile, key);
    return embedTable(text, name, source);
  }));
  const d = out.data;
  let i = 0;
  const next = (): TableSource => replaced[i++];
  if (d.collars) d.collars = next();
  if (d.surveys) d.surveys = next();
  if (d.assays) d.assays = next();
  if (d.intervals) d.intervals = d.intervals.map(() => next());
  if (d.samples) d.samples = next();
  if (out.domains?.solids) out.domains.solids = await Promise.all(out.domains.solids.map((s) => embedSolid(s, readFile)));
  return out;
}

/** Scene file text (JSON); with `embed`, the tables travel inside the file. */
export async function serializeScene(scene: Scene, opts: SerializeOptions = {}): Promise<string> {
  let s = scene;
  if (opts.embed) {
    if (!opts.readFile && (tableEntries(scene).some((e) => e.source.path !== undefined) || scene.domains?.solids?.some((s) => s.path !== undefined))) {
      throw new Error('serializeScene: embedding path sources needs readFile');
    }
    s = await embedTables(scene, opts.readFile ?? (async (p) => { throw new Error(`cannot read ${p}`); }));
  }
  return `${JSON.stringify(s, null, opts.indent ?? 2)}\n`;
}
