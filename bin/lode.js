#!/usr/bin/env node
// The `lode` command: runs the compiled CLI (dist-cli/lode.mjs, built by scripts/buildCli.mjs on
// `npm ci`), or, when that build is missing or older than a source it was built from, the
// TypeScript sources (src/cli/run.ts) through tsx, in this process.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 keeps the compiled code of the modules on disk between runs (faster start).
module.enableCompileCache?.();

const root = new URL('../', import.meta.url);

/** True when dist-cli/ holds a build of the sources as they are now. */
function builtIsCurrent() {
  try {
    const { inputs } = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
    for (const [file, mtime] of Object.entries(inputs)) if (statSync(new URL(file, root)).mtimeMs !== mtime) return false;
    return true;
  } catch {
    return false;
  }
}

if (!process.env.LODE_FROM_SOURCE && builtIsCurrent()) {
  await import(new URL('dist-cli/lode.mjs', root).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../src/cli/run.ts', import.meta.url);
}
