/**
 * Global setup of both test projects: compiles the `lode` command to dist-cli/ (scripts/buildCli.mjs,
 * what `npm ci` runs) before the tests that start it as a process. bin/lode.js runs the TypeScript
 * sources through tsx when that build is missing or older than a source — ~2 s more per process
 * start, minutes over the suite — so a checkout edited since its install tests the same code,
 * compiled from the sources as they are now. Once per run (both projects call it).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  if (process.env.LODE_CLI_BUILT) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/buildCli.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  process.env.LODE_CLI_BUILT = '1';
}
