/**
 * The Resources tab's printable HTML report (reportHtml, English and 中文) holds the numbers of
 * `lode report --json` on the same scene: every region's table (class, cutoff, tonnes, grade, metal,
 * value), the breakeven and marginal cutoffs and the cutoff–price curve, read back from the HTML
 * and compared with the CLI's JSON at the printed precision.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { main } from '../src/cli/main';
import { sceneReader } from '../src/cli/context';
import { parseScene } from '../src/io/scene';
import { estimateAll, loadSceneData, localRunner, planEstimate } from '../src/pipeline';
import { useLode } from '../src/store';
import { storeResourceReport } from '../src/store/resourceSlice';
import { initI18n } from '../src/ui/i18n';
import { reportHtml } from '../src/ui/resources/reportHtml';
import { pointsScene } from './e2e/fixtures';

interface Row { class: string; cutoff: number; blocks: number; tonnes: number; grade: Record<string, number | null>; metal: Record<string, number | null>; value: number | null }
interface Json {
  breakeven: Record<string, number>; marginal: Record<string, number>;
  regions: { name: string; blocks: number; rows: Row[] }[]; priceCurve: { price: number; cutoff: number; rows: Row[] }[];
}

const scene = JSON.parse(pointsScene({ name: 'HTML report', count: [12, 10, 6] }));
scene.resources = {
  density: 2.7, cutoffs: [0, 0.5, 1],
  prices: { AU: { value: 2400, unit: 'USD/oz' } }, recoveries: { AU: 0.9 }, costs: { mining: 10, processing: 25, admin: 5 },
  classification: { element: 'AU', rules: [{ class: 'measured', maxPass: 1, minHoles: 4, maxDistance: 30 }, { class: 'indicated', maxPass: 1, maxDistance: 60 }, { class: 'inferred', maxPass: 3 }] },
  regions: [{ name: 'South half', polygon: [[0, 0], [240, 0], [240, 100], [0, 100]] }, { name: 'Pit & <core>', polygon: [[60, 40], [180, 40], [120, 170]], zmin: -80 }],
  priceCurve: { min: 1600, max: 3200, steps: 3 },
};

/** A number as the report prints it ("1,234" / "1,234.5" / "—"), with its printed precision as the tolerance. */
function parsePrinted(s: string): { v: number; tol: number } | null {
  if (s === '—') return null;
  const plain = s.replace(/,/g, '');
  const dec = plain.split('.')[1]?.length ?? 0;
  return { v: Number(plain), tol: 0.5 * 10 ** -dec + 1e-12 };
}
function expectPrinted(cell: string, want: number | null): void {
  const p = parsePrinted(cell);
  if (want === null || !Number.isFinite(want)) { expect(cell).toBe('—'); return; }
  expect(p, cell).not.toBeNull();
  expect(Math.abs(p!.v - want), `${cell} vs ${want}`).toBeLessThanOrEqual(p!.tol * (1 + 1e-9));
}

/** The report's tables: heading → rows of cell texts. */
function tables(html: string): { heading: string; rows: string[][] }[] {
  const out: { heading: string; rows: string[][] }[] = [];
  const re = /<h2>([^<]*)<\/h2>(?:<svg[\s\S]*?<\/svg>)?<table>([\s\S]*?)<\/table>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const rows = [...m[2].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td>([^<]*)<\/td>/g)].map((c) => c[1]))
      .filter((r) => r.length > 0);
    out.push({ heading: m[1], rows });
  }
  return out;
}

const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('the printable HTML report equals lode report --json', () => {
  let cli: Json;
  let html: Record<'en' | 'zh', string>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lode-html-'));
    const file = join(dir, 'scene.json'), out = join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(scene));
    expect(await main(['report', file, '--json', '-o', out, '-t', '0', '-q'])).toBe(0);
    cli = JSON.parse(readFileSync(out, 'utf8'));
    // The app's side: the store once the estimate finished, and the tab's report function.
    const parsed = parseScene(readFileSync(file, 'utf8'), file);
    const data = await loadSceneData(parsed, sceneReader(file));
    const plan = await planEstimate(parsed, data);
    const estimates = await estimateAll(plan, localRunner());
    useLode.setState({ scene: parsed, grid: plan.grid, report: data.report, samples: data.samples, status: { running: true, progress: 0 } });
    useLode.setState({ estimates, status: { running: false, progress: 1 } });
    const report = storeResourceReport(useLode.getState())!;
    initI18n('en');
    html = {
      en: reportHtml(report, i18n.getFixedT('en'), 'en', { title: 'Report' }),
      zh: reportHtml(report, i18n.getFixedT('zh'), 'zh', { title: '报告' }),
    };
  }, 120_000);

  it.each(['en', 'zh'] as const)('%s: every region table row equals the JSON row (class, cutoff, tonnes, grade, metal, value)', (lang) => {
    const t = i18n.getFixedT(lang);
    const got = tables(html[lang]);
    const regionTables = got.slice(0, cli.regions.length);
    expect(regionTables.map((g) => unesc(g.heading))).toEqual(cli.regions.map((r) => (r.name === 'All blocks' ? t('resources.allBlocks') : r.name)));
    let nonZero = 0;
    cli.regions.forEach((r, i) => {
      expect(regionTables[i].rows.length).toBe(r.rows.length);
      r.rows.forEach((row, k) => {
        const cells = regionTables[i].rows[k];
        expect(cells[0]).toBe(t(`resources.class.${row.class}`));
        expectPrinted(cells[1], row.cutoff);
        expectPrinted(cells[2], row.tonnes);
        expectPrinted(cells[3], row.grade.AU);
        expectPrinted(cells[4], row.metal.AU);
        expectPrinted(cells[5], row.value);
        if (row.tonnes > 0) nonZero++;
      });
    });
    expect(nonZero).toBeGreaterThan(10);
    // The two regions hold less than the whole model, and something.
    const tonnes = (r: Json['regions'][number]) => r.rows.filter((x) => x.cutoff === 0).reduce((a, x) => a + x.tonnes, 0);
    expect(tonnes(cli.regions[1])).toBeGreaterThan(0);
    expect(tonnes(cli.regions[1])).toBeLessThan(tonnes(cli.regions[0]));
    expect(tonnes(cli.regions[2])).toBeGreaterThan(0);
  });

  it.each(['en', 'zh'] as const)('%s: breakeven (0.576 g/t) and marginal cutoffs, and the cutoff–price curve', (lang) => {
    expect(cli.breakeven.AU).toBeCloseTo(0.57599, 5);
    const li = html[lang].match(/<li>AU: [^<]*<\/li>/)![0];
    const nums = [...li.matchAll(/ (\d[\d,.]*) g\/t/g)].map((m) => m[1]);
    expect(nums.length).toBe(2);
    expectPrinted(nums[0], cli.breakeven.AU);
    expectPrinted(nums[1], cli.marginal.AU);
    const curve = tables(html[lang]).at(-1)!;
    const want = cli.priceCurve.flatMap((p) => p.rows.map((r) => ({ price: p.price, r })));
    expect(cli.priceCurve.length).toBe(3);
    expect(curve.rows.length).toBe(want.length);
    want.forEach(({ price, r }, k) => {
      const c = curve.rows[k];
      expectPrinted(c[0], price);
      expect(c[1]).toBe(i18n.getFixedT(lang)(`resources.class.${r.class}`));
      expectPrinted(c[2], r.cutoff);
      expectPrinted(c[3], r.tonnes);
      expectPrinted(c[4], r.grade.AU);
    });
    expect(html[lang]).toContain(lang === 'zh' ? 'lang="zh-CN"' : 'lang="en"');
  });

  it('the region name is escaped, never markup', () => {
    expect(html.en).toContain('<h2>Pit &amp; &lt;core&gt;</h2>');
    expect(html.en).not.toContain('<core>');
  });
});
