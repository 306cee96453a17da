import { blockCentroid, blockCount } from '../../engine/grid/blockGrid';
import type { Vec3 } from '../../engine/types';
import { tileRange, type TileRange } from '../../engine/grid/tiles';
import { estimateAll, gradeUnitOf, InputError, planEstimate, resourceFields, type EstimatePlan } from '../../pipeline';
import { estimateRange } from '../../pipeline/estimateRange';
import { blockModelFields } from '../../pipeline/blockModelFields';
import { BLOCK_FORMATS, type BlockFormat } from '../../engine/export';
import { blockModelCsvRows } from '../../engine/export/blockCsv';
import { outFormat } from '../outFormat';
import { estimateDiagnostics, type EstimateDiagnostics } from '../../pipeline/estimateDiagnostics';
import type { CliContext } from '../context';
import { describePlan } from '../describePlan';
import { estimateRows } from '../estimateRows';
import { sceneFingerprint, tileLine } from '../tileFile';
import { blockDomainsOf } from '../../pipeline/domains/estimateDomains';
import { estimateDomainRange } from '../../pipeline/domains/estimateDomainRange';
import type { EstimateResult } from '../../engine/kriging/estimateBlocks';
import type { SceneData } from '../../pipeline/sceneData';
import { domainSummary, domainSummaryText } from '../../pipeline/domains/domainSummary';
import { envelopeField } from '../../pipeline/domains/envelopeStep';
import { envelopeMesh } from '../../pipeline/envelopeContour';
import { meshVolume } from '../../engine/isosurface/meshMeasures';

/** Column names of the estimate CSV for some elements, then the resource columns (CLASS, the equivalent, VALUE_T) configured. */
export function estimateHeader(elements: string[], extra: string[] = []): string[] {
  return ['X', 'Y', 'Z', ...elements.flatMap((e) => [e, `${e}_VAR`, `${e}_NS`, `${e}_SLOPE`, `${e}_PASS`, `${e}_NH`, `${e}_DIST`]), ...extra];
}

const int = (v: number) => v.toLocaleString('en-US');

/** One stderr line saying where an element's estimate failed or is weak. */
export function diagnosticsLine(d: EstimateDiagnostics, method: 'kriging' | 'idw' = 'kriging'): string {
  const parts = [
    `${d.element}: ${int(d.estimated)} of ${int(d.blocks)} blocks estimated`,
    `${int(d.unestimated)} unestimated (too few samples in every pass: NaN)`,
    `${int(d.singular)} singular (NaN; e.g. samples at one location and no nugget)`,
  ];
  if (d.outside > 0) parts.push(`${int(d.outside)} outside the estimated domains (not estimated, by design)`);
  if (method === 'kriging') {
    parts.push(`${int(d.illConditioned)} ill-conditioned (condition estimate > ${d.conditionLimit.toExponential(0)}; largest ${d.maxCondition > 0 ? d.maxCondition.toExponential(1) : '–'})`);
    parts.push(`${int(d.negativeWeights)} with negative weights (${(100 * d.negativeShare).toFixed(1)}% of estimated)`);
  }
  return parts.join('; ');
}

/** Loads the scene's data and plans its estimate, saying on stderr what was planned. */
async function planSceneEstimate(ctx: CliContext) {
  const d = await ctx.data();
  if (!ctx.scene.estimate) ctx.progress.note('estimate: the scene has no estimate section; estimating every element with derived parameters');
  const plan = await planEstimate(ctx.scene, d);
  describePlan(plan, ctx.progress);
  for (const [el, parts] of Object.entries(plan.domains?.elements ?? {})) {
    for (const { code, plan: ep } of parts) ctx.progress.note(`${el} in domain ${code}: ${ep.data.x.length.toLocaleString('en-US')} samples of that domain only; variogram ${ep.modelSource === 'scene' ? 'from the scene' : `fitted to them: ${JSON.stringify(ep.model)}`}; search ${ep.searchSource === 'scene' ? 'from the scene' : `from the model: ranges [${ep.search.ranges.map((r) => +r.toPrecision(4)).join(', ')}]`}`);
  }
  return { data: d, plan };
}

function timeNote(ctx: CliContext, estimates: number, seconds: number): string {
  return `estimate: ${estimates.toLocaleString('en-US')} block estimates in ${seconds.toFixed(1)} s on ${ctx.threads === 0 ? 'the main thread' : `${ctx.threads} worker thread${ctx.threads === 1 ? '' : 's'}`}`;
}

/** Plans and runs the estimate of the scene (on the context's runner), with progress on stderr; whole-grid results in memory (report, swath). */
export async function runSceneEstimate(ctx: CliContext, planned?: Awaited<ReturnType<typeof planSceneEstimate>>) {
  const { data: d, plan } = planned ?? await planSceneEstimate(ctx);
  const runner = ctx.runner();
  const t0 = performance.now();
  const results = await estimateAll(plan, runner, { onProgress: (el, done, total) => ctx.progress.update(`estimate ${el}`, done, total) });
  const seconds = (performance.now() - t0) / 1000;
  const n = blockCount(plan.grid);
  if (plan.domains) {
    const bd = await blockDomainsOf(plan, runner);
    for (const line of domainSummaryText(domainSummary(bd, plan.grid, plan.domains.estimate), ctx.scene.units, plan.domains.source)) ctx.progress.note(line);
  }
  const env = await envelopeField(ctx.scene, plan, runner);
  if (env) ctx.progress.note(`envelope: ${env.label}: ${Math.round(meshVolume(envelopeMesh(plan.grid, env))).toLocaleString('en-US')} ${ctx.scene.units}³ enclosed`);
  for (const p of plan.elements) ctx.progress.note(diagnosticsLine(estimateDiagnostics(p.element, results[p.element], n), p.method));
  ctx.progress.note(timeNote(ctx, n * plan.elements.length, seconds));
  return { data: d, plan, results, envelope: env };
}

/**
 * `lode estimate --out F` with F's extension .csv, .dat/.gslib or .vti: the same fields as a
 * block-model CSV (XC..ZINC), GSLIB file or VTK ImageData (see engine/export), whole grid in memory;
 * with domains, DOMAIN_P and DOMAIN as blockModelFields adds them (the app's Export writes the same).
 */
async function exportBlockModel(ctx: CliContext, format: BlockFormat, planned?: Awaited<ReturnType<typeof planSceneEstimate>>): Promise<void> {
  const { data: d, plan, results } = await runSceneEstimate(ctx, planned);
  const els = plan.elements.map((p) => p.element);
  const domains = plan.domains ? await blockDomainsOf(plan, ctx.runner()) : null;
  const fields = blockModelFields({ resources: ctx.scene.resources, estimates: results, elements: els, unitOf: (e) => gradeUnitOf(ctx.scene.gradeUnits, e, d.report) }, null, domains);
  for (const piece of BLOCK_FORMATS[format](plan.grid, fields)) await ctx.out.text(piece);
  ctx.progress.note(`estimate: wrote ${blockCount(plan.grid).toLocaleString('en-US')} blocks to ${ctx.args.out} (${FORMAT_NAMES[format]})`);
}

/** Columns after the element fields of a domain scene's CSV: the resource fields configured, then DOMAIN_P (indicator models). */
function domainExtras(ctx: CliContext, d: SceneData, els: string[], results: Record<string, EstimateResult>, probability?: Float64Array): [string, Float64Array][] {
  const f = resourceFields({ resources: ctx.scene.resources, estimates: results, elements: els, unitOf: (e) => gradeUnitOf(ctx.scene.gradeUnits, e, d.report) });
  const extra: [string, Float64Array][] = [];
  if (f.class) extra.push(['CLASS', f.class]);
  if (f.equivalent && ctx.scene.resources?.equivalent) extra.push([ctx.scene.resources.equivalent.name, f.equivalent]);
  if (f.value) extra.push(['VALUE_T', f.value]);
  if (probability) extra.push(['DOMAIN_P', probability]);
  return extra;
}

/**
 * Header and rows of a domain scene's estimate CSV for blocks [start, start + n): the columns of the
 * streamed CSV, then DOMAIN_P (indicator models) and DOMAIN. Arrays hold those blocks only.
 */
async function writeDomainRows(ctx: CliContext, plan: EstimatePlan, d: SceneData, start: number, results: Record<string, EstimateResult>, dom: { codes: string[]; domain: Int32Array; probability?: Float64Array }): Promise<void> {
  const els = plan.elements.map((p) => p.element);
  const extra = domainExtras(ctx, d, els, results, dom.probability);
  await ctx.out.row(estimateHeader(els, [...extra.map(([k]) => k), 'DOMAIN']));
  const rs = els.map((e) => results[e]);
  const c: Vec3 = [0, 0, 0];
  for (let i = 0; i < dom.domain.length; i++) {
    blockCentroid(plan.grid, start + i, c);
    const row: (number | string)[] = [c[0], c[1], c[2]];
    for (const r of rs) row.push(r.estimate[i], r.variance[i], r.nSamples[i], r.slope[i], r.pass[i], r.nHoles[i], r.meanDistance[i]);
    for (const [, a] of extra) row.push(a[i]);
    row.push(dom.domain[i] >= 0 ? dom.codes[dom.domain[i]] : '');
    await ctx.out.row(row);
  }
}

/** The estimate CSV of a scene with domains, whole grid in memory (each domain is a masked run of its own composites). */
async function estimateDomainsCsv(ctx: CliContext, planned: Awaited<ReturnType<typeof planSceneEstimate>>): Promise<void> {
  const { data: d, plan, results } = await runSceneEstimate(ctx, planned);
  await writeDomainRows(ctx, plan, d, 0, results, await blockDomainsOf(plan, ctx.runner()));
}

/**
 * Tile K/N of a scene with domains: its blocks' domains and estimates (estimateDomainRange, each job
 * with the samples its search reaches) after the #lode-tile line, rows as estimateDomainsCsv writes them.
 */
async function estimateDomainsTile(ctx: CliContext, planned: Awaited<ReturnType<typeof planSceneEstimate>>, range: TileRange & { blocks: number }): Promise<void> {
  const { data: d, plan } = planned, tile = ctx.args.tile!;
  await ctx.out.line(tileLine({ ...tile, start: range.start, end: range.end, blocks: range.blocks, scene: await sceneFingerprint(ctx.args.scene) }));
  const t0 = performance.now();
  const r = await estimateDomainRange(plan, ctx.runner(), range.start, range.end);
  await writeDomainRows(ctx, plan, d, range.start, r.results, r);
  const n = range.end - range.start;
  ctx.progress.note(`tile ${tile.k}/${tile.n}: blocks ${int(range.start)}–${int(range.end - 1)} of ${int(range.blocks)} (domains: ${plan.domains!.source === 'solids' ? 'from the solids' : 'indicator model kriged on the tile'})`);
  for (const p of plan.elements) ctx.progress.note(diagnosticsLine(estimateDiagnostics(p.element, r.results[p.element], n), p.method));
  ctx.progress.note(timeNote(ctx, n * plan.elements.length, (performance.now() - t0) / 1000));
}

/** Rows per string handed to the output. */
const ROWS_PER_WRITE = 4096;

/** Lets pending events run (the workers' finished chunks: the next window is estimated while one is written). */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Blocks [start, end) of the run: the whole grid, or the tile --tile K/N asks for (exit 2 when the grid has fewer blocks than tiles). */
function runRange(ctx: CliContext, grid: EstimatePlan['grid']): TileRange & { blocks: number } {
  const blocks = blockCount(grid), t = ctx.args.tile;
  if (!t) return { start: 0, end: blocks, blocks };
  if (t.n > blocks) throw new InputError(`--tile ${t.k}/${t.n}: the grid has only ${blocks} blocks, fewer than ${t.n} tiles`);
  return { ...tileRange(grid, t.k, t.n), blocks };
}

/**
 * `lode estimate`: CSV of block centroids and, per element, estimate, variance, samples, slope, pass,
 * holes and mean distance; then CLASS, the equivalent and VALUE_T when configured. Streams: the grid
 * is estimated window by window in grid order and each window written before the next is estimated.
 * With --tile K/N only that tile's blocks, after a #lode-tile line (see tileFile.ts) for `lode merge`,
 * whatever --out's extension. Without --tile, an --out file ending .csv, .dat/.gslib or .vti gets an
 * export format instead: the block-model CSV streamed the same way (whole grid in memory with domains
 * or an envelope), the others through exportBlockModel.
 */
export async function estimateCommand(ctx: CliContext): Promise<void> {
  const format = ctx.args.tile ? null : outFormat(ctx.args.out, 'estimate', Object.keys(BLOCK_FORMATS)) as BlockFormat | null;
  ctx.startWorkers();
  if (format && format !== 'csv') return exportBlockModel(ctx, format);
  const planned = await planSceneEstimate(ctx);
  const { data: d, plan } = planned;
  // The block-model CSV streams like the estimate CSV, unless domains or an envelope need the whole grid.
  if (format === 'csv' && (plan.domains || ctx.scene.domains?.envelope)) return exportBlockModel(ctx, format, planned);
  const range = runRange(ctx, plan.grid);
  if (plan.domains) return ctx.args.tile ? estimateDomainsTile(ctx, planned, range) : estimateDomainsCsv(ctx, planned);
  const tile = ctx.args.tile;
  if (tile) await ctx.out.line(tileLine({ ...tile, start: range.start, end: range.end, blocks: range.blocks, scene: await sceneFingerprint(ctx.args.scene) }));
  const els = plan.elements.map((p) => p.element);
  let headerWritten = false;
  const t0 = performance.now();
  const summary = await estimateRange(plan, ctx.runner(), {
    start: range.start, end: range.end,
    // No progress callback when quiet: each would cost a message channel per chunk to the workers.
    onProgress: ctx.args.quiet ? undefined : (el, done, total) => ctx.progress.update(el ? `estimate ${el}` : 'estimate', done, total, el ? 'blocks' : 'block estimates'),
  }, async (results, w0, w1) => {
    const f = resourceFields({ resources: ctx.scene.resources, estimates: results, elements: els, unitOf: (e) => gradeUnitOf(ctx.scene.gradeUnits, e, d.report) });
    const extra: [string, Float64Array][] = [];
    if (f.class) extra.push(['CLASS', f.class]);
    if (f.equivalent && ctx.scene.resources?.equivalent) extra.push([ctx.scene.resources.equivalent.name, f.equivalent]);
    if (f.value) extra.push(['VALUE_T', f.value]);
    if (format === 'csv') {
      const fields = blockModelFields({ resources: ctx.scene.resources, estimates: results, elements: els, unitOf: (e) => gradeUnitOf(ctx.scene.gradeUnits, e, d.report) }, f);
      if (!headerWritten) { await ctx.out.row(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', ...fields.map((x) => x.name)]); headerWritten = true; }
      for (const text of blockModelCsvRows(plan.grid, w0, w1, fields)) { await ctx.out.text(text); await yieldToEvents(); }
      return;
    }
    if (!headerWritten) { await ctx.out.row(estimateHeader(els, extra.map(([k]) => k))); headerWritten = true; }
    const rs = els.map((e) => results[e]);
    for (let s = w0; s < w1; s += ROWS_PER_WRITE) {
      await ctx.out.text(estimateRows(plan.grid, s, Math.min(ROWS_PER_WRITE, w1 - s), rs, extra.map(([, a]) => a.subarray(s - w0))));
      await yieldToEvents();
    }
  });
  const seconds = (performance.now() - t0) / 1000, n = range.end - range.start;
  if (tile) {
    const [z0, z1] = range.levels ?? [0, 0];
    const where = !range.levels ? '' : z1 - z0 === 1 ? `Z-level ${z0} of ${plan.grid.count[2]}, ` : `Z-levels ${z0}–${z1 - 1} of ${plan.grid.count[2]}, `;
    const reach = Object.entries(summary.samples).map(([el, s]) => `${el} ${int(s.used)} of ${int(s.total)}`).join(', ');
    ctx.progress.note(`tile ${tile.k}/${tile.n}: ${where}blocks ${int(range.start)}–${int(range.end - 1)} of ${int(range.blocks)}; samples within reach of its search: ${reach}`);
  }
  for (const p of plan.elements) ctx.progress.note(diagnosticsLine(estimateDiagnostics(p.element, summary.counts[p.element], n), p.method));
  ctx.progress.note(timeNote(ctx, n * plan.elements.length, seconds));
  if (format) ctx.progress.note(`estimate: wrote ${n.toLocaleString('en-US')} blocks to ${ctx.args.out} (${FORMAT_NAMES[format]})`);
}

const FORMAT_NAMES: Record<BlockFormat, string> = {
  csv: 'block-model CSV XC,YC,ZC,XINC,YINC,ZINC', dat: 'GSLIB', gslib: 'GSLIB', vti: 'VTK ImageData',
};
