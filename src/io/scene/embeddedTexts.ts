/**
 * The embedded table texts of a scene's data (`{"text": …}` sources; dropped tables become those),
 * taken out and put back. Megabytes of strings are slow to structured-clone on the page's thread
 * (to the import worker, into IndexedDB): they travel as bytes or Blobs instead, converted once.
 */
import type { Scene, TableSource } from './schema';

type Data = Scene['data'];

/** Where a source sits in scene.data: 'collars', 'intervals.1'. */
function eachSource(data: Data, fn: (src: TableSource, at: string) => TableSource): Data {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (Array.isArray(v)) out[k] = v.map((s: TableSource, i) => fn(s, `${k}.${i}`));
    else out[k] = v === undefined ? v : fn(v as TableSource, k);
  }
  return out as Data;
}

/** The data with each embedded text replaced by `convert(text)`, held in `texts` by its place. */
export function takeEmbeddedTexts<T>(data: Data, convert: (text: string, at: string) => T): { data: Data; texts: Record<string, T> } {
  const texts: Record<string, T> = {};
  const stripped = eachSource(data, (src, at) => {
    if (src.text === undefined) return src;
    texts[at] = convert(src.text, at);
    const rest = { ...src };
    delete rest.text;
    return rest;
  });
  return { data: stripped, texts };
}

/** The data with the texts of takeEmbeddedTexts put back in their places. */
export function putEmbeddedTexts(data: Data, texts: Record<string, string>): Data {
  return eachSource(data, (src, at) => (texts[at] === undefined ? src : { ...src, text: texts[at] }));
}
