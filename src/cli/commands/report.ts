import { blockCount } from '../../engine/grid/blockGrid';
import { blockVolumeM3, densityOf, elementStatistics, gradeTonnageReport, gradeUnitOf } from '../../pipeline';
import type { CliContext } from '../context';
import { fmt, int, table } from '../text';
import { histogramLines } from '../histogramText';
import { reportSummary } from './validate';
import { runSceneEstimate } from './estimate';
import { cliResourceReport, resourceLines } from '../resourcesText';
import { reportJson } from '../../pipeline';

/** Metal as the table shows it: whole ounces, tonnes to 4 significant digits. */
function metalText(m: { amount: number; unit: string }): string {
  return m.unit === 'oz' ? `${int(m.amount)} oz` : `${fmt(m.amount)} ${m.unit}`;
}

/** `lode report`: validation summary, statistics and a histogram per element, and a grade–tonnage table from the estimate (text). */
export async function reportCommand(ctx: CliContext): Promise<void> {
  const { data: d, plan, results } = await runSceneEstimate(ctx);
  const out = ctx.out;
  const L = (s = '') => out.line(s);
  const resources = cliResourceReport(ctx.scene, d, plan, results);
  if (ctx.args.json) {
    await L(JSON.stringify(reportJson(resources), null, 2));
    return;
  }
  await L(`Lode report: ${ctx.args.scene}${ctx.scene.name ? ` — ${ctx.scene.name}` : ''}`);
  await L(`Data: ${d.kind}, length unit ${ctx.scene.units}`);
  await L();
  await L('== Validation');
  for (const l of reportSummary(d)) await L(l);
  await L();
  const stats = elementStatistics(d.samples, plan.elements.map((p) => p.element));
  await L(`== Statistics (${stats[0]?.weighting === 'length' ? 'length-weighted' : 'equal weights'}; ${d.kind === 'points' ? 'point samples' : ctx.scene.composite ? `${ctx.scene.composite.length} ${ctx.scene.units} composites` : 'assay intervals'}${ctx.scene.composite?.caps ? ', capped' : ''})`);
  for (const l of table(['element', 'unit', 'count', 'missing', 'mean', 'variance', 'CV', 'min', 'p25', 'median', 'p75', 'p95', 'max', 'declustered mean'],
    stats.map((s) => {
      const m = s.summary, q = m.quantiles;
      return [s.element, gradeUnitOf(ctx.scene.gradeUnits, s.element, d.report), int(m.count), int(m.missing), fmt(m.mean), fmt(m.variance), fmt(m.cv, 3), fmt(m.min), fmt(q.p25), fmt(q.p50), fmt(q.p75), fmt(q.p95), fmt(m.max), fmt(s.declustered.mean)];
    }), new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]))) await L(l);
  for (const s of stats) {
    await L();
    await L(`${s.element} histogram (${gradeUnitOf(ctx.scene.gradeUnits, s.element, d.report)})`);
    for (const l of histogramLines(d.samples.values[s.element], d.samples.weight)) await L(l);
  }
  await L();
  const g = plan.grid;
  const gtReport = gradeTonnageReport(ctx.scene, plan, results, d.report);
  await L(`== Grade–tonnage (blocks ${g.size.join(' × ')} ${ctx.scene.units} = ${fmt(blockVolumeM3(g, ctx.scene.units))} m³, density ${densityOf(ctx.scene)} t/m³, ${int(blockCount(g))} blocks)`);
  for (const e of gtReport) {
    await L();
    await L(`${e.element} (${e.unit}); ${int(e.unestimated)} blocks unestimated`);
    for (const l of table(['cutoff', 'blocks', 'tonnes', `grade (${e.unit})`, 'metal'], e.rows.map((row) => [
      fmt(row.cutoff), int(row.blocks), int(row.tonnes), fmt(row.grade), metalText(row.metalAmount),
    ]))) await L(`  ${l}`);
  }
  await L();
  for (const l of resourceLines(resources)) await L(l);
}
