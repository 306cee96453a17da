import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScene } from '../src/io/scene';
import { loadSceneData, planEstimate } from '../src/pipeline';
import { sceneReader } from '../src/cli/context';
import { estimateBlocks } from '../src/engine/kriging/estimateBlocks';
import { exitCodeOf, reasonOf } from '../src/cli/errors';
import { SceneError } from '../src/io/scene';
import { ImportError } from '../src/io/csv';
import { InputError } from '../src/pipeline';
import { datasetPath, describeShared } from './sharedData';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENES = join(ROOT, 'tests/fixtures/scenes');
const KT3D = datasetPath('gslib_cluster/kt3d.out');

interface Run { code: number; stdout: string; stderr: string }

/** Runs the real CLI (bin/lode.js under node) as a child process. */
function lode(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** CSV text → header and rows of cells. */
function csv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.trimEnd().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

const scene = (name: string) => join(SCENES, name);
const tmp = mkdtempSync(join(tmpdir(), 'lode-cli-'));

describe('lode CLI: bad input exits 2 with a one-line reason', () => {
  it('a scene failing its schema names the field', async () => {
    const r = await lode('estimate', scene('bad-schema.json'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`lode: ${scene('bad-schema.json')}: estimate.search.ranges[1]: must be > 0 (got -5)`);
    expect(r.stdout).toBe('');
  });

  it('a missing data file names the scene field and the file', async () => {
    const r = await lode('validate', scene('missing-file.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lode: data\.assays: \.\.\/data\/tiny\/no-such-assay\.csv: file not found/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a table without a required column names the file and the column', async () => {
    const r = await lode('validate', scene('missing-column.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lode: \.\.\/data\/tiny\/survey\.csv: no X column/);
  });

  it('a missing scene, broken JSON, an unknown command', async () => {
    const missing = await lode('validate', join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: scene file not found');
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{ "lode": 1,\n  "data": {,\n}');
    const b = await lode('validate', broken);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/broken\.json: invalid JSON at line 2, column 12/);
    const u = await lode('frobnicate', scene('tiny.json'));
    expect(u.code).toBe(2);
    expect(u.stderr.split('\n')[0]).toBe('lode: unknown command "frobnicate" (commands: validate, composite, variogram, estimate, xval, report, intercepts, swath, merge, envelope, solids, holes)');
  });
});

describe('exit status rules', () => {
  it('bad input is 2 with its message, anything else 1 as an internal error', () => {
    expect(exitCodeOf(new SceneError('s.json', 'lode: missing'))).toBe(2);
    expect(exitCodeOf(new ImportError('a.csv', 'X', 'no X column'))).toBe(2);
    expect(exitCodeOf(new InputError('data.assays: a.csv: file not found'))).toBe(2);
    expect(exitCodeOf(new TypeError('x is undefined'))).toBe(1);
    expect(reasonOf(new InputError('data.assays: a.csv: file not found'))).toBe('lode: data.assays: a.csv: file not found');
    expect(reasonOf(new TypeError('x is undefined\n  at f'))).toBe('lode: internal error: x is undefined');
  });
});

describe('lode validate and composite on four hand-made holes', () => {
  it('validate lists every row-level finding with file and row, and exits 0', async () => {
    const r = await lode('validate', scene('tiny.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('error   duplicate-collar: ../data/tiny/collar.csv row 6:');
    expect(r.stdout).toContain('error   from-ge-to: ../data/tiny/assay.csv row 8: FROM 2.0 ≥ TO 1.0');
    expect(r.stdout).toContain('error   no-collar: ../data/tiny/assay.csv row 11:');
    expect(r.stdout).toContain('warning no-survey: ../data/tiny/collar.csv row 5: hole DH4 has no survey');
    expect(r.stdout).toContain('info    survey-extended-down: ../data/tiny/survey.csv: 3 holes have intervals or an end of hole below their last survey station (DH1, DH2, DH3)');
    expect(r.stdout).toMatch(/Findings: 7 \(3 rows excluded\)/);
  });

  it('validate --out *.csv writes the findings as CSV', async () => {
    const out = join(tmp, 'findings.csv');
    const r = await lode('validate', scene('tiny.json'), '--out', out);
    expect(r.code).toBe(0);
    const t = csv(readFileSync(out, 'utf8'));
    expect(t.header).toEqual(['SEVERITY', 'CODE', 'FILE', 'ROW', 'COLUMN', 'HOLEID', 'EXCLUDED', 'MESSAGE']);
    expect(t.rows.filter((row) => row[6] === 'yes').map((row) => `${row[1]}@${row[3]}`)).toEqual(['duplicate-collar@6', 'from-ge-to@8', 'no-collar@11']);
  });

  it('composite writes HOLEID,FROM,TO,X,Y,Z,<elements> with hand-computed values, and says what was excluded', async () => {
    const r = await lode('composite', scene('tiny.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 rows excluded from processing:');
    expect(r.stderr).toContain('../data/tiny/assay.csv row 8: FROM 2.0 ≥ TO 1.0');
    const t = csv(r.stdout);
    expect(t.header).toEqual(['HOLEID', 'FROM', 'TO', 'X', 'Y', 'Z', 'AU', 'CU']);
    expect(t.rows).toHaveLength(8);
    const row = (hole: string, from: number) => t.rows.find((x) => x[0] === hole && Number(x[1]) === from)!.map((c, i) => (i === 0 ? c : Number(c)));
    // DH1 0–2: (1·1 + 3·1)/2 = 2 g/t, (0.1 + 0.2)/2 = 0.15 % at the vertical hole's depth 1.
    const a = row('DH1', 0);
    expect(a.slice(1, 6)).toEqual([0, 2, 100, 200, 49]);
    expect(a[6]).toBe(2);
    expect(a[7]).toBeCloseTo(0.15, 12);
    // DH2 dips 60° to the east: the midpoint at depth 3 is 3·cos60° east and 3·sin60° down.
    const b = row('DH2', 2);
    expect(b[3]).toBeCloseTo(120 + 3 * 0.5, 9);
    expect(b[5]).toBeCloseTo(50 - 3 * Math.sqrt(3) / 2, 9);
    // '<0.01' below detection, half the limit by default.
    expect(b[6]).toBe(0.005);
    // DH3 2–4 keeps only the valid interval (the FROM ≥ TO row is excluded).
    expect(row('DH3', 2)[6]).toBe(6);
  });
});

describe('Babbitt (the repository copy) through the CLI', () => {
  it('Babbitt (feet, dips positive down) validates and composites; its dummy survey stations are listed', async () => {
    const v = await lode('validate', scene('babbitt.json'));
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/dip-positive-down: .*survey_BABBITT\.csv: all 2628 dips are ≥ 0/);
    // SOURCE.md: 70 holes have a dummy station at AT = 90000.
    expect(v.stdout.match(/survey_BABBITT\.csv row \d+: station at depth 90000/g)).toHaveLength(70);
    const c = await lode('composite', scene('babbitt.json'), '--out', join(tmp, 'babbitt.csv'));
    expect(c.code).toBe(0);
    expect(c.stderr).toContain('70 rows excluded from processing:');
    const t = csv(readFileSync(join(tmp, 'babbitt.csv'), 'utf8'));
    expect(t.header).toEqual(['HOLEID', 'FROM', 'TO', 'X', 'Y', 'Z', 'CU', 'NI', 'S', 'FE']);
    expect(t.rows.every((r) => Number(r[2]) - Number(r[1]) > 0)).toBe(true);
  });
});

describeShared('the unlicensed datasets of ../shared/datasets through the CLI', () => {

  it('Copper Creek: duplicated intervals of NE-6, overlaps of CA28_PLUS_8, negative below-detection values counted', async () => {
    const v = await lode('validate', scene('copper-creek.json'), '--out', join(tmp, 'cc.csv'));
    expect(v.code).toBe(0);
    const f = csv(readFileSync(join(tmp, 'cc.csv'), 'utf8')).rows;
    // SOURCE.md: NE-6 has 141 exactly duplicated FROM/TO intervals.
    expect(f.filter((r) => r[1] === 'duplicate-interval' && r[5] === 'NE-6' && r[6] === 'yes')).toHaveLength(141);
    expect(f.some((r) => r[1] === 'overlap' && r[5] === 'CA28_PLUS_8')).toBe(true);
    const text = await lode('validate', scene('copper-creek.json'));
    // SOURCE.md: Mo uses negative codes for below detection in 7,804 values.
    expect(text.stdout).toMatch(/MO\s+Mo_pct\s+53,792\s+13,529\s+7,804/);
  });

  it('Tom Zone: 67 collars without assays are reported', async () => {
    const v = await lode('validate', scene('tom-zone.json'));
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/info\s+no-assays\s+67\s+0/);
  });
});

describe('lode estimate', () => {
  let one: Run;
  beforeAll(async () => {
    one = await lode('estimate', scene('cluster-sk.json'), '--threads', '1');
  });

  it('writes X,Y,Z and the element columns in GSLIB order, progress on stderr', () => {
    expect(one.code).toBe(0);
    const t = csv(one.stdout);
    expect(t.header).toEqual(['X', 'Y', 'Z', 'Primary', 'Primary_VAR', 'Primary_NS', 'Primary_SLOPE', 'Primary_PASS', 'Primary_NH', 'Primary_DIST']);
    expect(t.rows).toHaveLength(2500);
    expect(t.rows[0].slice(0, 3)).toEqual(['0.5', '0.5', '0']);
    expect(t.rows[1].slice(0, 3)).toEqual(['1.5', '0.5', '0']);
    expect(t.rows[50].slice(0, 3)).toEqual(['0.5', '1.5', '0']);
    expect(one.stderr).toMatch(/estimate Primary: 100% \(2,500\/2,500 blocks\)/);
  });

  it('equals estimateBlocks called directly, value for value', async () => {
    const file = scene('cluster-sk.json');
    const s = parseScene(readFileSync(file, 'utf8'), file);
    const data = await loadSceneData(s, sceneReader(file));
    const plan = await planEstimate(s, data);
    const p = plan.elements[0];
    const direct = estimateBlocks({ data: p.data, grid: plan.grid, model: p.model, search: p.search, kriging: p.kriging, discretization: p.discretization });
    const t = csv(one.stdout);
    let differ = 0;
    t.rows.forEach((row, b) => {
      if (!Object.is(Number(row[3]), direct.estimate[b]) || !Object.is(Number(row[4]), direct.variance[b]) || Number(row[5]) !== direct.nSamples[b]) differ++;
    });
    expect(differ).toBe(0);
  });

  it('reproduces GSLIB kt3d.out (simple kriging) at every node without tied 8th/9th neighbours', () => {
    const pts = readFileSync(join(ROOT, 'tests/fixtures/data/cluster.dat'), 'utf8').trim().split('\n').slice(7).map((l) => l.trim().split(/\s+/).map(Number));
    const ref = readFileSync(KT3D, 'utf8').trim().split('\n').slice(4).map((l) => l.trim().split(/\s+/).map(Number));
    const t = csv(one.stdout);
    let compared = 0, worst = 0;
    t.rows.forEach((row, b) => {
      const x = Number(row[0]), y = Number(row[1]);
      const d = pts.map((p) => Math.hypot(p[0] - x, p[1] - y)).sort((u, v) => u - v);
      if (Math.abs(d[7] - d[8]) < 1e-9) return;
      compared++;
      worst = Math.max(worst, Math.abs(Number(row[3]) - ref[b][0]), Math.abs(Number(row[4]) - ref[b][1]));
    });
    expect(compared).toBeGreaterThan(2000);
    // kt3d.out prints 8 significant digits.
    expect(worst).toBeLessThan(1e-5);
  });

  it('gives the same bytes with --threads 2 as with --threads 1', async () => {
    const two = await lode('estimate', scene('cluster-sk.json'), '--threads', '2', '--out', join(tmp, 'two.txt'));
    expect(two.code).toBe(0);
    expect(two.stderr).toContain('on 2 worker threads');
    expect(readFileSync(join(tmp, 'two.txt'), 'utf8')).toBe(one.stdout);
  });

  it('leaves blocks no pass can estimate as NaN and counts them', async () => {
    const s = JSON.parse(readFileSync(scene('tiny.json'), 'utf8'));
    s.data = { collars: { path: join(ROOT, 'tests/fixtures/data/tiny/collar.csv') }, surveys: { path: join(ROOT, 'tests/fixtures/data/tiny/survey.csv') }, assays: { path: join(ROOT, 'tests/fixtures/data/tiny/assay.csv') } };
    s.estimate.search = { ranges: [15, 15, 15], minSamples: 3, maxSamples: 8 };
    const f = join(tmp, 'sparse.json');
    writeFileSync(f, JSON.stringify(s));
    const r = await lode('estimate', f, '-t', '0');
    expect(r.code).toBe(0);
    const t = csv(r.stdout);
    const nan = t.rows.filter((row) => row[3] === 'NaN');
    expect(nan.length).toBeGreaterThan(0);
    expect(nan.every((row) => row[4] === 'NaN' && row[7] === '0')).toBe(true);
    expect(r.stderr).toContain(`${nan.length} unestimated (too few samples in every pass: NaN)`);
  });
});

describe('lode xval, variogram, report', () => {
  it('xval writes one row per sample with the estimate and variance', async () => {
    const r = await lode('xval', scene('tiny.json'), '-t', '1');
    expect(r.code).toBe(0);
    const t = csv(r.stdout);
    expect(t.header).toEqual(['HOLEID', 'X', 'Y', 'Z', 'AU', 'AU_EST', 'AU_VAR']);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[0].slice(0, 5)).toEqual(['DH1', '100', '200', '49', '2']);
    expect(t.rows.every((row) => Number.isFinite(Number(row[5])) && Number(row[6]) > 0)).toBe(true);
    expect(r.stderr).toMatch(/AU: 8 samples cross-validated, 0 unestimated; mean error/);
  });

  it('variogram writes the experimental variogram with the model at each lag', async () => {
    const r = await lode('variogram', scene('cluster-sk.json'));
    expect(r.code).toBe(0);
    const t = csv(r.stdout);
    expect(t.header).toEqual(['ELEMENT', 'DIRECTION', 'AZIMUTH', 'DIP', 'LAG', 'DISTANCE', 'PAIRS', 'GAMMA', 'MODEL']);
    // Spherical, nugget 0.2 + 0.8, range 10: γ(h) = 0.2 + 0.8(1.5h/10 − 0.5(h/10)³) below the range, 1 beyond.
    for (const row of t.rows) {
      const h = Number(row[5]);
      const g = h >= 10 ? 1 : 0.2 + 0.8 * (1.5 * h / 10 - 0.5 * (h / 10) ** 3);
      expect(Number(row[8])).toBeCloseTo(g, 10);
    }
    const pairs = t.rows.reduce((s, row) => s + Number(row[6]), 0);
    expect(pairs).toBeGreaterThan(0);
  });

  it('report prints the validation summary, statistics and a grade–tonnage table', async () => {
    const r = await lode('report', scene('tiny.json'), '-t', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== Validation');
    expect(r.stdout).toContain('Findings: 7 (3 rows excluded)');
    // Length-weighted mean of the 8 composites: (2 + 2 + 0.5 + 0.005 + 4 + 6 + 2.5 + 2.5) / 8 = 2.438 (equal lengths).
    expect(r.stdout).toMatch(/AU\s+g\/t\s+8\s+0\s+2\.438/);
    // Cutoff 0: every block (4×4×3 = 48) of 10×10×2 m at 2.5 t/m³ = 48 × 500 t.
    expect(r.stdout).toMatch(/\n {2}0\s+48\s+24,000\s/);
  });

  it('runs through `npx lode` (package.json bin) as installed', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ lode: 'bin/lode.js' });
    expect(readFileSync(join(ROOT, 'bin/lode.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const r = await lode('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: lode <command> <scene\.json>/);
  });
});
