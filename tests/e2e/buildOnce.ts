/**
 * Global setup of the e2e project: one production build of the app for all browser test files,
 * served by `vite preview` in each file (startApp). A built page loads in a few seconds where the
 * dev server's hundreds of modules took 10–25 s per page on this 2-core machine, and React's
 * production build draws faster. LODE_E2E_DEV=1 keeps the dev server (e.g. to see React's warnings).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './harness';

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.LODE_E2E_DEV) return undefined;
  const outDir = mkdtempSync(join(tmpdir(), 'lode-e2e-build-'));
  await buildApp(outDir);
  // Test workers start after this and inherit the environment; startApp serves this build.
  process.env.LODE_E2E_BUILD = outDir;
  return () => rmSync(outDir, { recursive: true, force: true });
}
