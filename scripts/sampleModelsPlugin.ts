/**
 * Vite plugin: serves sample-models/ at <base>sample-models/ in dev and preview, and copies
 * it into the build, so the app can list and open the sample scenes (sample-models/index.json).
 * Only files inside the folder are served (no path escapes), read-only.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.dat': 'text/plain; charset=utf-8', '.gz': 'application/gzip',
};
const URL_DIR = 'sample-models';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : e.isFile() ? [p] : [];
  });
}

/** The plugin; `root` is the repository root (default: the Vite root). */
export function sampleModels(root?: string): Plugin {
  let dir = '';
  let base = '/';
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    const prefix = `${base}${URL_DIR}/`;
    if (!url.startsWith(prefix)) return next();
    const file = resolve(dir, url.slice(prefix.length));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'lode-sample-models',
    configResolved(config) {
      dir = resolve(root ?? config.root, URL_DIR);
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    },
    configureServer(server) { server.middlewares.use(middleware); },
    configurePreviewServer(server) { server.middlewares.use(middleware); },
    generateBundle() {
      if (!existsSync(dir)) return;
      for (const file of listFiles(dir)) {
        this.emitFile({ type: 'asset', fileName: `${URL_DIR}/${relative(dir, file).split(sep).join('/')}`, source: readFileSync(file) });
      }
    },
  };
}
