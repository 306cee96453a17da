/**
 * The `lode` command as a whole process (bin/lode.js: start-up, data import, planning, kriging,
 * CSV output), timed from spawn to exit, with its peak resident memory (process.resourceUsage,
 * reported on exit by bench/maxRss.mjs, worker threads included).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAX_RSS = fileURLToPath(new URL('./maxRss.mjs', import.meta.url));

export interface CliRun { seconds: number; peakBytes: number; stderr: string }

/** Runs `node bin/lode.js ...args` and resolves with its elapsed time and peak RSS; rejects on a non-zero exit. */
export function runLode(args: string[]): Promise<CliRun> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', MAX_RSS, `${ROOT}bin/lode.js`, ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, _out, stderr) => {
      const seconds = (performance.now() - t0) / 1000;
      if (err) { reject(new Error(`lode ${args.join(' ')} failed: ${stderr}`)); return; }
      const m = /^lode-max-rss-kb (\d+)$/m.exec(stderr);
      resolve({ seconds, peakBytes: m ? Number(m[1]) * 1024 : NaN, stderr });
    });
  });
}
