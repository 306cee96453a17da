import { blockCentroid, blockCount } from '../../engine/grid/blockGrid';
import type { Vec3 } from '../../engine/types';
import { estimateAll, gradeUnitOf, planEstimate, resourceFields } from '../../pipeline';
import { estimateDiagnostics, type EstimateDiagnostics } from '../../pipeline/estimateDiagnostics';
import type { CliContext } from '../context';
import { describePlan } from '../describePlan';
import { blockDomainsOf } from '../../pipeline/domains/estimateDomains';
import { domainSummary, domainSummaryText } from '../../pipeline/domains/domainSummary';
import { envelopeField } from '../../pipeline/domains/envelopeStep';
import { isosurface } from '../../engine/isosurface/isosurface';
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

/** Plans and runs the estimate of the scene (on the context's runner), with progress on stderr. */
export async function runSceneEstimate(ctx: CliContext) {
  const d = await ctx.data();
  if (!ctx.scene.estimate) ctx.progress.note('estimate: the scene has no estimate section; estimating every element with derived parameters');
  const plan = await planEstimate(ctx.scene, d);
  describePlan(plan, ctx.progress);
  for (const [el, parts] of Object.entries(plan.domains?.elements ?? {})) {
    for (const { code, plan: ep } of parts) ctx.progress.note(`${el} in domain ${code}: ${ep.data.x.length.toLocaleString('en-US')} samples of that domain only; variogram ${ep.modelSource === 'scene' ? 'from the scene' : `fitted to them: ${JSON.stringify(ep.model)}`}; search ${ep.searchSource === 'scene' ? 'from the scene' : `from the model: ranges [${ep.search.ranges.map((r) => +r.toPrecision(4)).join(', ')}]`}`);
  }
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
  if (env) ctx.progress.note(`envelope: ${env.label}: ${Math.round(meshVolume(isosurface(plan.grid, env.values, env.level))).toLocaleString('en-US')} ${ctx.scene.units}³ enclosed`);
  for (const p of plan.elements) ctx.progress.note(diagnosticsLine(estimateDiagnostics(p.element, results[p.element], n), p.method));
  ctx.progress.note(`estimate: ${(n * plan.elements.length).toLocaleString('en-US')} block estimates in ${seconds.toFixed(1)} s on ${ctx.threads === 0 ? 'the main thread' : `${ctx.threads} worker thread${ctx.threads === 1 ? '' : 's'}`}`);
  return { data: d, plan, results };
}

/** `lode estimate`: CSV of block centroids and, per element, estimate, variance, samples, slope, pass, holes and mean distance; then CLASS, the equivalent and VALUE_T when configured. */
export async function estimateCommand(ctx: CliContext): Promise<void> {
  const { data: d, plan, results } = await runSceneEstimate(ctx);
  const els = plan.elements.map((p) => p.element);
  const f = resourceFields({ resources: ctx.scene.resources, estimates: results, elements: els, unitOf: (e) => gradeUnitOf(ctx.scene.gradeUnits, e, d.report) });
  const extra: [string, Float64Array][] = [];
  if (f.class) extra.push(['CLASS', f.class]);
  if (f.equivalent && ctx.scene.resources?.equivalent) extra.push([ctx.scene.resources.equivalent.name, f.equivalent]);
  if (f.value) extra.push(['VALUE_T', f.value]);
  const dom = plan.domains ? await blockDomainsOf(plan, ctx.runner()) : undefined;
  if (dom?.probability) extra.push(['DOMAIN_P', dom.probability]);
  await ctx.out.row(estimateHeader(els, [...extra.map(([k]) => k), ...(dom ? ['DOMAIN'] : [])]));
  const rs = els.map((e) => results[e]);
  const c: Vec3 = [0, 0, 0];
  const n = blockCount(plan.grid);
  for (let b = 0; b < n; b++) {
    blockCentroid(plan.grid, b, c);
    const row: (number | string)[] = [c[0], c[1], c[2]];
    for (const r of rs) row.push(r.estimate[b], r.variance[b], r.nSamples[b], r.slope[b], r.pass[b], r.nHoles[b], r.meanDistance[b]);
    for (const [, a] of extra) row.push(a[b]);
    if (dom) row.push(dom.domain[b] >= 0 ? dom.codes[dom.domain[b]] : '');
    await ctx.out.row(row);
  }
}
