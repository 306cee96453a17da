#!/usr/bin/env node
// Compiles the `lode` command to JavaScript (dist-cli/): the CLI and the engine worker, each one
// bundled ES module, so `lode` starts without compiling TypeScript (bin/lode.js). Run by `npm ci` /
// `npm install` (the "prepare" script) and by `npm run build:cli`. dist-cli/inputs.json lists the
// sources with their modification times: bin/lode.js runs the sources through tsx instead when one
// of them changed after the build (or the build is missing), so an edit is never hidden by a stale build.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Installed without dev dependencies: bin/lode.js runs the sources through tsx.
  console.warn('lode: esbuild is not installed; the lode command will compile TypeScript at each start (npm run build:cli after installing dev dependencies)');
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { lode: 'src/cli/run.ts', 'engine.worker': 'workers/engine.worker.ts' },
  outdir: out, outExtension: { '.js': '.mjs' },
  bundle: true, splitting: true, chunkNames: '[name]-[hash]', platform: 'node', format: 'esm', target: 'node20', minify: false, sourcemap: 'linked', metafile: true, logLevel: 'warning',
  define: { __LODE_BUILT__: 'true' },
  // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __lodeRequire } from 'node:module'; const require = __lodeRequire(import.meta.url);" },
});
const sources = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
const inputs = Object.fromEntries(sources.map((f) => [f, statSync(join(root, f)).mtimeMs]));
writeFileSync(join(out, 'inputs.json'), JSON.stringify({ built: Date.now(), inputs }));
console.log(`lode: compiled the command line to ${relative(root, out)}/ (${sources.length} sources)`);
