import { SWATH_AXES, swathTable } from '../../pipeline';
import type { CliContext } from '../context';
import { runSceneEstimate } from './estimate';

/** `lode swath`: estimates the scene, then per slice the composites' and blocks' mean grade (CSV, see swathTable). */
export async function swathCommand(ctx: CliContext): Promise<void> {
  const { data, plan, results } = await runSceneEstimate(ctx);
  const els = plan.elements.map((p) => p.element);
  const estimates = Object.fromEntries(els.map((e) => [e, results[e].estimate]));
  const axes = ctx.args.axis ? [ctx.args.axis] : SWATH_AXES;
  const t = swathTable(plan.grid, data.samples, estimates, els, axes, ctx.args.width);
  await ctx.out.row(t.header);
  for (const r of t.rows) await ctx.out.row(r);
  for (const a of axes) ctx.progress.note(`swath ${a}: ${t.swaths[a]?.[els[0]]?.from.length ?? 0} slices of ${ctx.args.width ?? 5 * plan.grid.size[SWATH_AXES.indexOf(a)]}`);
}
