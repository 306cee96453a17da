import { blockCentroid, blockCount } from '../../engine/grid/blockGrid';
import type { Vec3 } from '../../engine/types';
import { estimateAll, gradeUnitOf, planEstimate } from '../../pipeline';
import { blockModelFields } from '../../pipeline/blockModelFields';
import { BLOCK_FORMATS, type BlockFormat } from '../../engine/export';
import { outFormat } from '../outFormat';
import { estimateDiagnostics, type EstimateDiagnostics } from '../../pipeline/estimateDiagnostics';
import type { CliContext } from '../context';
import { describePlan } from '../describePlan';

const int = (v: number) => v.toLocaleString('en-US');

/** One stderr line saying where an element's estimate failed or is weak. */
export function diagnosticsLine(d: EstimateDiagnostics, method: 'kriging' | 'idw' = 'kriging'): string {
  const parts = [
    `${d.element}: ${int(d.estimated)} of ${int(d.blocks)} blocks estimated`,
    `${int(d.unestimated)} unestimated (too few samples in every pass: NaN)`,
    `${int(d.singular)} singular (NaN; e.g. samples at one location and no nugget)`,
  ];
  if (method === 'kriging') {
    parts.push(`${int(d.illConditioned)} ill-conditioned (condition estimate > ${d.conditionLimit.toExponential(0)}; largest ${d.maxCondition > 0 ? d.maxCondition.toExponential(1) : '–'})`);
    parts.push(`${int(d.negativeWeights)} with negative weights (${(100 * d.negativeShare).toFixed(1)}% of estimated)`);
  }
  return parts.join('; ');
}

/** Plans and runs the estimate of the scene (on the context's runner), with progress on stderr. */
export async function runSceneEstimate(ctx: CliContext) {
  const d = await ctx.data();
  if (!ctx.scene.estimate) ctx.progress.note('estimate: the scene has no estimate section; estimating every element with derived parameters');
  const plan = await planEstimate(ctx.scene, d);
  describePlan(plan, ctx.progress);
  const runner = ctx.runner();
  const t0 = performance.now();
  const results = await estimateAll(plan, runner, { onProgress: (el, done, total) => ctx.progress.update(`estimate ${el}`, done, total) });
  const seconds = (performance.now() - t0) / 1000;
  const n = blockCount(plan.grid);
  for (const p of plan.elements) ctx.progress.note(diagnosticsLine(estimateDiagnostics(p.element, results[p.element], n), p.method));
  ctx.progress.note(`estimate: ${(n * plan.elements.length).toLocaleString('en-US')} block estimates in ${seconds.toFixed(1)} s on ${ctx.threads === 0 ? 'the main thread' : `${ctx.threads} worker thread${ctx.threads === 1 ? '' : 's'}`}`);
  return { data: d, plan, results };
}

/**
 * `lode estimate`: CSV of block centroids and, per element, estimate, variance, samples, slope, pass,
 * holes and mean distance; then CLASS, the equivalent and VALUE_T when configured. With `--out` a
 * file whose extension is .csv, .dat/.gslib or .vti, the same fields as a block-model CSV
 * (XC..ZINC), GSLIB file or VTK ImageData (see engine/export).
 */
export async function estimateCommand(ctx: CliContext): Promise<void> {
  const format = outFormat(ctx.args.out, 'estimate', Object.keys(BLOCK_FORMATS)) as BlockFormat | null;
  const { data: d, plan, results } = await runSceneEstimate(ctx);
  const els = plan.elements.map((p) => p.element);
  const fields = blockModelFields({ resources: ctx.scene.resources, estimates: results, elements: els, unitOf: (e) => gradeUnitOf(ctx.scene.gradeUnits, e, d.report) });
  if (format) {
    for (const piece of BLOCK_FORMATS[format](plan.grid, fields)) await ctx.out.text(piece);
    ctx.progress.note(`estimate: wrote ${blockCount(plan.grid).toLocaleString('en-US')} blocks to ${ctx.args.out} (${FORMAT_NAMES[format]})`);
    return;
  }
  await ctx.out.row(['X', 'Y', 'Z', ...fields.map((f) => f.name)]);
  const c: Vec3 = [0, 0, 0];
  const n = blockCount(plan.grid);
  for (let b = 0; b < n; b++) {
    blockCentroid(plan.grid, b, c);
    const row: number[] = [c[0], c[1], c[2]];
    for (const f of fields) row.push(f.values[b]);
    await ctx.out.row(row);
  }
}

const FORMAT_NAMES: Record<BlockFormat, string> = {
  csv: 'block-model CSV XC,YC,ZC,XINC,YINC,ZINC', dat: 'GSLIB', gslib: 'GSLIB', vti: 'VTK ImageData',
};
