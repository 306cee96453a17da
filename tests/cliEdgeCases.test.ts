/**
 * The lode CLI on small hand-made scenes (tables embedded as text): what a geologist meets at the
 * edges — scenes the engine cannot run (bad input, exit 2, naming the field), grade units read
 * from column names, 2-D and duplicated point samples, composites broken on a domain column.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lode-edge-'));

interface Run { code: number; stdout: string; stderr: string }

/** Writes a scene and runs the real CLI (bin/lode.js) on it in the main thread. */
function lode(command: string, scene: object, ...args: string[]): Promise<Run> {
  const file = join(tmp, `${command}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(scene));
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), command, file, '--threads', '0', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Two vertical holes 10 m apart, 1 m assays of Cu in ppm, every grade 500. */
const HOLES = {
  collars: { text: 'HOLEID,X,Y,Z\nA,5,5,10\nB,15,5,10\n', name: 'collar.csv' },
  surveys: { text: 'HOLEID,AT,AZ,DIP\nA,0,0,-90\nB,0,0,-90\n', name: 'survey.csv' },
  assays: { text: `HOLEID,FROM,TO,Cu_ppm,LITH\n${['A', 'B'].flatMap((h) => Array.from({ length: 10 }, (_, i) => `${h},${i},${i + 1},500,${i < 4 ? 'ox' : 'fr'}`)).join('\n')}\n`, name: 'assay.csv' },
};
const MODEL = { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [50, 50, 50] }] };
const GRID = { origin: [5, 5, 5], size: [10, 10, 10], count: [2, 1, 1] };

describe('scenes the engine cannot run are bad input (exit 2), not internal errors', () => {
  const base = { lode: 1, data: HOLES, estimate: { variograms: { CU: MODEL }, grid: GRID } };
  it.each([
    ['a pass asking for more samples than it may take', { search: { ranges: [50, 50, 50], minSamples: 2, maxSamples: 8, passes: [{ scale: 2, minSamples: 10 }] } },
      'estimate.search.passes[0].minSamples: pass 2 would take at least 10 and at most 8 samples'],
    ['a variogram of total sill 0', { variograms: { CU: { nugget: 0, structures: [{ type: 'spherical', sill: 0, ranges: [50, 50, 50] }] } } },
      'estimate.variograms.CU.structures: the total sill (nugget plus the sills of the structures) must be > 0'],
    ['a grid too large to hold', { grid: { origin: [0, 0, 0], size: [1, 1, 1], count: [100000, 100000, 10] } },
      'estimate.grid.count: 100,000,000,000 blocks is more than Lode handles'],
  ])('%s', async (_what, edit, message) => {
    const r = await lode('estimate', { ...base, estimate: { ...base.estimate, ...edit } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('--out', () => {
  const scene = { lode: 1, data: HOLES, composite: { length: 3 } };
  it('a path that cannot be written is bad input, said in one line before any work', async () => {
    for (const [out, why] of [[join(tmp, 'no-such-dir', 'c.csv'), 'its directory does not exist'], [tmp, 'is a directory']]) {
      const r = await lode('composite', scene, '--out', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`lode: --out ${out}: cannot write the file (${why})\n`);
    }
  });

  it('a command that fails leaves no partial output file; one that succeeds writes it', async () => {
    const out = join(tmp, 'failed.csv');
    const bad = await lode('estimate', { ...scene, estimate: { elements: ['ZN'] } }, '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('estimate.elements: the data has no element "ZN" (elements: CU)');
    expect(existsSync(out)).toBe(false);
    const good = await lode('composite', scene, '--out', out);
    expect(good.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('lode report: grade units', () => {
  it('reads ppm from the column name Cu_ppm and reports metal in tonnes, computed by hand', async () => {
    const r = await lode('report', { lode: 1, data: HOLES, estimate: { variograms: { CU: MODEL }, search: { ranges: [50, 50, 50], minSamples: 2, maxSamples: 8 }, grid: GRID },
      resources: { density: 2, cutoffs: [0] } });
    expect(r.code).toBe(0);
    // Every grade is 500 ppm, so every ordinary-kriging estimate is 500 (weights sum to 1).
    // 2 blocks × 1,000 m³ × 2 t/m³ = 4,000 t at 500 ppm = 2,000,000 g = 2 t of copper (not 20 t as if 500 were %).
    expect(r.stdout).toMatch(/CU\s+ppm\s+20\s+0\s+500\s/);
    expect(r.stdout).toContain('CU (ppm); 0 blocks unestimated');
    expect(r.stdout).toMatch(/\n {2}0\s+2\s+4,000\s+500\s+2 t\n/);
  });
});

describe('point samples', () => {
  const points = { text: 'X,Y,AU\n0,0,1\n0,0,2\n10,0,3\n0,10,4\n10,10,5\n', name: 'p.csv' };
  const scene = { lode: 1, data: { samples: points }, composite: { length: 2 },
    estimate: { variograms: { AU: { nugget: 0, structures: [{ type: 'spherical', sill: 1, ranges: [50, 50, 50] }] } },
      search: { ranges: [100, 100, 100], minSamples: 2, maxSamples: 8 }, grid: { origin: [5, 5, 0], size: [10, 10, 1], count: [1, 1, 1] } } };

  it('validate reports 2-D data, a repeated location and the skipped composite section', async () => {
    const r = await lode('validate', scene);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('info    two-dimensional: p.csv: no Z column (X, Y only): 2-D data, Z = 0 for every sample');
    expect(r.stdout).toContain('info    composite-skipped: p.csv: point samples are not composited: the composite section is ignored');
    expect(r.stdout).toContain('warning duplicate-location: p.csv row 3: same location (0.0, 0.0) as row 2: both kept; with a zero nugget, kriging with both is singular');
  });

  it('estimate reports the singular system it met and says why, and goes on', async () => {
    const r = await lode('estimate', scene);
    expect(r.code).toBe(0);
    // Points without hole ids: no holes counted; the mean distance of the five samples is still given.
    expect(r.stdout.trim().split('\n')).toEqual(['X,Y,Z,AU,AU_VAR,AU_NS,AU_SLOPE,AU_PASS,AU_NH,AU_DIST', '5,5,0,NaN,NaN,5,NaN,0,0,7.0710678118654755']);
    expect(r.stderr).toContain('AU: 2 samples share their location with another sample; with no nugget in the model, kriging systems using two of them are singular');
    expect(r.stderr).toContain('AU: 0 of 1 blocks estimated; 0 unestimated (too few samples in every pass: NaN); 1 singular (NaN; e.g. samples at one location and no nugget); 0 ill-conditioned');
  });
});

describe('lode composite with breaks', () => {
  it('adds the domain of each composite as a last column named after composite.breakOn', async () => {
    const r = await lode('composite', { lode: 1, data: HOLES, composite: { length: 3, breakOn: 'LITH' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('HOLEID,FROM,TO,X,Y,Z,CU,LITH');
    // ox 0–4: one 3 m composite and a 1 m residual appended (< 0.5 × 3) → 0–4; fr 4–10: 4–7, 7–10.
    expect(lines.slice(1, 4)).toEqual(['A,0,4,5,5,8,500,ox', 'A,4,7,5,5,4.5,500,fr', 'A,7,10,5,5,1.5,500,fr']);
    expect(lines).toHaveLength(7);
  });
});
