/**
 * The embedded table texts of a scene's data (dropped tables) as Blobs, for the autosave.
 * Making a Blob of Copper Creek's 3 MB of text encodes and copies it (~100–400 ms of the page's
 * thread in the bench): the import worker makes them from the bytes it was sent, and they are
 * remembered here for the data they belong to. Any other data gets its Blobs made once, here.
 */
import type { Scene } from '../io/scene/schema';
import { takeEmbeddedTexts } from '../io/scene/embeddedTexts';

type Data = Scene['data'];
type Taken = ReturnType<typeof takeEmbeddedTexts<Blob>>;

const cache = new WeakMap<Data, Taken>();

/** Remembers the Blobs of `data`'s embedded texts (by place, as takeEmbeddedTexts names them), made elsewhere. */
export function rememberEmbeddedBlobs(data: Data, blobs: Record<string, Blob>): void {
  const taken = takeEmbeddedTexts(data, (text, at) => blobs[at] ?? new Blob([text], { type: 'text/plain' }));
  cache.set(data, taken);
}

/** scene.data without its embedded texts, and those as Blobs (made once per data object). */
export function embeddedBlobs(data: Data): Taken {
  let r = cache.get(data);
  if (!r) { r = takeEmbeddedTexts(data, (t) => new Blob([t], { type: 'text/plain' })); cache.set(data, r); }
  return r;
}
