/**
 * Where the tables of a scene come from: files the user dropped with it (matched by name),
 * or URLs relative to the scene's own URL (same origin only). Every text read is kept so the
 * scene can later be saved with its data embedded.
 */
import { CodedError } from '../io/userMessage';

/** Largest table read over the network or from disk, in bytes. */
export const MAX_TABLE_BYTES = 256 * 1024 * 1024;

/** Last path component of a path or URL. */
export function baseName(path: string): string {
  return path.split(/[?#]/)[0].split(/[\\/]/).pop() ?? path;
}

/** Resolve a URL against the page and refuse other origins (scene files are untrusted). */
export function sameOriginUrl(url: string, base: string = location.href): URL {
  let u: URL;
  try { u = new URL(url, base); } catch { throw new CodedError(`"${url}" is not a valid URL`, 'url-invalid', { url: url.slice(0, 200) }); }
  if (u.origin !== location.origin) throw new CodedError(`${u.href}: only scenes from this site (${location.origin}) can be opened by URL`, 'url-other-site', { url: u.href.slice(0, 200), origin: location.origin });
  return u;
}

/** Fetch a same-origin URL as text, bounded in size, with a clear error. */
export async function fetchText(url: string, base?: string): Promise<string> {
  const u = sameOriginUrl(url, base);
  let res: Response;
  try { res = await fetch(u, { credentials: 'same-origin' }); } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CodedError(`${u.pathname}: could not be fetched (${why})`, 'fetch-failed', { file: u.pathname }, why);
  }
  if (!res.ok) throw new CodedError(`${u.pathname}: could not be fetched (HTTP ${res.status})`, 'fetch-failed', { file: u.pathname }, `HTTP ${res.status}`);
  const len = Number(res.headers.get('content-length') ?? '0');
  if (len > MAX_TABLE_BYTES) throw new CodedError(`${u.pathname}: file is too large (${Math.round(len / 1048576)} MB)`, 'file-too-large', { file: u.pathname, mb: Math.round(len / 1048576), max: Math.round(MAX_TABLE_BYTES / 1048576) });
  const text = await res.text();
  // Vite's dev server answers unknown paths with index.html: that is not a table or a scene.
  if (/^\s*<!doctype html/i.test(text)) throw new CodedError(`${u.pathname}: not found`, 'not-found', { file: u.pathname });
  return text;
}

/**
 * A readText(path) for loadSceneData: dropped files first (by exact path, then by file name),
 * then the network relative to `base`. Texts read are recorded into `record` by the path as asked.
 */
export function makeReader(base: string | null, files: Record<string, string> | undefined,
  record: Record<string, string>): (path: string) => Promise<string> {
  return async (path: string) => {
    let text: string | undefined = files?.[path] ?? files?.[baseName(path)];
    if (text === undefined) {
      if (base === null) {
        throw new CodedError(`${path}: this scene refers to a file that was not given; open the scene together with ${baseName(path)}`,
          'scene-table-not-given', { file: path, name: baseName(path) });
      }
      text = await fetchText(path, base);
    }
    record[path] = text;
    return text;
  };
}
