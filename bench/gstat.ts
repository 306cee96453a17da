/**
 * Runs R gstat (../shared/reference/gstat_ok.R) on target points, when Rscript and gstat are
 * installed. Times gstat's own krige() call (reported by the script), not R's start-up.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GSTAT_SCRIPT = fileURLToPath(new URL('../../shared/reference/gstat_ok.R', import.meta.url));

/** True when Rscript runs and the gstat package loads. */
export function gstatAvailable(): Promise<boolean> {
  if (!existsSync(GSTAT_SCRIPT)) return Promise.resolve(false);
  return new Promise((resolve) => {
    execFile('Rscript', ['-e', 'suppressPackageStartupMessages(library(gstat)); library(jsonlite)'], (err) => resolve(!err));
  });
}

export interface GstatRun {
  /** Seconds spent in gstat's krige() as the script reports it. */
  seconds: number;
  /** Estimate and variance per target (NaN where gstat gave NA). */
  estimate: Float64Array;
  variance: Float64Array;
}

/** Kriges the targets (x, y, z) with gstat_ok.R under config; samples as CSV text (x,y,z,value columns). */
export async function runGstat(config: object, samplesCsv: string, x: Float64Array, y: Float64Array, z: Float64Array): Promise<GstatRun> {
  const dir = mkdtempSync(join(tmpdir(), 'lode-gstat-'));
  try {
    const cfg = join(dir, 'cfg.json'), smp = join(dir, 'samples.csv'), tg = join(dir, 'targets.csv'), out = join(dir, 'out.csv');
    writeFileSync(cfg, JSON.stringify(config));
    writeFileSync(smp, samplesCsv);
    const lines = ['id,x,y,z'];
    for (let i = 0; i < x.length; i++) lines.push(`${i},${x[i]},${y[i]},${z[i]}`);
    writeFileSync(tg, `${lines.join('\n')}\n`);
    const stderr = await new Promise<string>((resolve, reject) => {
      execFile('Rscript', [GSTAT_SCRIPT, '--config', cfg, '--samples', smp, '--targets', tg, '--out', out], { maxBuffer: 16 << 20 },
        (err, _o, e) => (err ? reject(new Error(`gstat_ok.R failed: ${e || err.message}`)) : resolve(e)));
    });
    const m = /kriged (\d+) locations in ([\d.]+) s/.exec(stderr);
    if (!m) throw new Error(`gstat_ok.R: no timing in its output: ${stderr}`);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const num = (s: string) => (s === 'NA' ? NaN : Number(s));
    return {
      seconds: Number(m[2]),
      estimate: Float64Array.from(rows, (r) => num(r[4])),
      variance: Float64Array.from(rows, (r) => num(r[5])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
