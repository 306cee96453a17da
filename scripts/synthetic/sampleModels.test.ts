import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sceneSchema, type Scene } from '../../src/io/scene/schema';
import { importCollars, importIntervals, importSurveys, validateDrillholes } from '../../src/io/csv/index';
import { composite, desurvey } from '../../src/engine/drillholes/index';

/** Checks of sample-models/: the "Open sample" index, every scene, and what the importer finds in each. */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-models');
interface Entry { id: string; name: string; nameZh: string; description: string; descriptionZh: string; scene: string }
const index: Entry[] = JSON.parse(readFileSync(resolve(ROOT, 'index.json'), 'utf8'));
const sceneOf = (e: Entry): Scene => sceneSchema.parse(JSON.parse(readFileSync(resolve(ROOT, e.scene), 'utf8')));
const CJK = /[\u4e00-\u9fff]/;

/** Import, validate, desurvey and composite a drillhole scene with the engine. */
function load(e: Entry) {
  const scene = sceneOf(e);
  const dir = dirname(resolve(ROOT, e.scene));
  const read = (k: 'collars' | 'surveys' | 'assays') => {
    const src = scene.data[k]!;
    return [readFileSync(resolve(dir, src.path!), 'utf8'), src.path!, { ...scene.import, columns: src.columns }] as const;
  };
  const v = validateDrillholes({ collars: importCollars(...read('collars')), surveys: importSurveys(...read('surveys')), assays: importIntervals(...read('assays')) });
  const holes = desurvey(v.collars, v.surveys).holes;
  const c = scene.composite!;
  const comps = composite(v.assays, holes, { length: c.length, residual: c.residual, minFraction: c.minFraction, elements: scene.estimate!.elements });
  return { scene, v, comps };
}

const count = (v: ReturnType<typeof load>['v'], code: string) => v.report.findings.filter((f) => f.code === code).length;

describe('sample-models/index.json', () => {
  it('lists the synthetic gold first, then Babbitt, each in English and Chinese', () => {
    expect(index.map((e) => e.id)).toEqual(['synthetic-gold', 'babbitt']);
    for (const e of index) {
      for (const k of ['name', 'description'] as const) expect(e[k].length, `${e.id}.${k}`).toBeGreaterThan(5);
      expect(e.nameZh).toMatch(CJK);
      expect(e.descriptionZh).toMatch(CJK);
      expect(existsSync(resolve(ROOT, e.scene)), e.scene).toBe(true);
    }
  });

  it('points at scenes that the v1 schema accepts, whose data files exist and which open with a view', () => {
    for (const e of index) {
      const scene = sceneOf(e);
      for (const t of ['collars', 'surveys', 'assays'] as const) {
        expect(existsSync(resolve(ROOT, dirname(e.scene), scene.data[t]!.path!)), `${e.id} ${t}`).toBe(true);
      }
      expect(scene.view?.camera, e.id).toBeDefined();
      expect(scene.view?.cutoff, e.id).toBeGreaterThan(0);
      const est = scene.estimate!;
      expect(est.elements!).toContain(scene.view!.element);
      for (const el of est.elements!) expect(est.variograms[el], `${e.id} ${el}`).toBeDefined();
      expect(scene.attribution, e.id).toBeTruthy();
    }
  });
});

describe('Babbitt sample', () => {
  const e = index.find((x) => x.id === 'babbitt')!;
  const { scene, v, comps } = load(e);

  it('states feet, positive-down dips and its attribution', () => {
    expect(scene.units).toBe('ft');
    expect(scene.import.dipSign).toBe('positiveDown');
    expect(scene.attribution).toMatch(/TR-2003\/21/);
    expect(scene.attribution).toMatch(/pygslib/);
    expect(scene.attribution).toMatch(/MIT/);
    expect(readFileSync(resolve(ROOT, 'babbitt/ATTRIBUTION.md'), 'utf8')).toMatch(/c26c3bff20c7cc16583c94fb850e17600b9a610d/);
  });

  it('imports with the quirks of its SOURCE.md: 399 holes, 70 dummy 90000 ft stations ignored, 11,931 intervals without CU', () => {
    const rows = Object.fromEntries(v.report.tables.map((t) => [t.kind, t.rows]));
    expect(rows).toEqual({ collars: 399, surveys: 2628, assays: 35616 });
    expect(count(v, 'survey-far-beyond')).toBe(70);
    expect(v.report.findings.filter((f) => f.code === 'survey-far-beyond').every((f) => f.excluded)).toBe(true);
    const cu = v.report.elements.find((x) => x.name === 'CU')!;
    expect(cu.values).toBe(23685);
    expect(cu.missing).toBe(11931);
    // Desurveyed with the dips reversed to negative-down: every hole goes down from its collar.
    expect(Math.max(...v.surveys.dip)).toBeLessThan(0);
  });

  it('has a block grid over the composites of 100k–200k blocks', () => {
    const g = scene.estimate!.grid!;
    const blocks = g.count[0] * g.count[1] * g.count[2];
    expect(blocks).toBeGreaterThanOrEqual(100_000);
    expect(blocks).toBeLessThanOrEqual(200_000);
    const s = comps.samples, cu = s.values.CU;
    let graded = 0, inside = 0;
    for (let i = 0; i < s.x.length; i++) {
      if (!(cu[i] >= 0.2)) continue;
      graded++;
      const p = [s.x[i], s.y[i], s.z[i]];
      if ([0, 1, 2].every((a) => p[a] >= g.origin[a] - g.size[a] / 2 && p[a] <= g.origin[a] + (g.count[a] - 0.5) * g.size[a])) inside++;
    }
    expect(inside / graded).toBeGreaterThan(0.97);
  });
});

describe('synthetic gold sample', () => {
  const e = index.find((x) => x.id === 'synthetic-gold')!;
  const { scene, v, comps } = load(e);
  const readme = readFileSync(resolve(ROOT, 'synthetic-gold/README.md'), 'utf8');

  it('imports cleanly with the quirks its README lists', () => {
    const rows = Object.fromEntries(v.report.tables.map((t) => [t.kind, t.rows]));
    expect(readme).toContain(`| \`collars.csv\` | ${rows.collars} holes |`);
    expect(readme).toContain(`| \`assays.csv\` | ${rows.assays} intervals |`);
    expect(v.report.tables.every((t) => t.excluded === 0)).toBe(true);
    const au = v.report.elements.find((x) => x.name === 'AU')!;
    expect(readme).toContain(`Au \`<0.01\` ×${au.belowDetection}`);
    expect(v.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('has a grid covering the composites of the lode', () => {
    const g = scene.estimate!.grid!, s = comps.samples, au = s.values.AU;
    let high = 0, inside = 0;
    for (let i = 0; i < s.x.length; i++) {
      if (!(au[i] >= 0.5)) continue;
      high++;
      const p = [s.x[i], s.y[i], s.z[i]];
      if ([0, 1, 2].every((a) => p[a] >= g.origin[a] - g.size[a] / 2 && p[a] <= g.origin[a] + (g.count[a] - 0.5) * g.size[a])) inside++;
    }
    expect(high).toBeGreaterThan(300);
    expect(inside / high).toBeGreaterThan(0.97);
  });
});
