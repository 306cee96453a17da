import { crossValidateAll, planEstimate } from '../../pipeline';
import type { CliContext } from '../context';
import { describePlan } from '../describePlan';
import { fmt } from '../text';

/** `lode xval`: leave-one-out (or leave-one-hole-out) cross-validation, one row per sample: HOLEID,X,Y,Z,<EL>,<EL>_EST,<EL>_VAR. */
export async function xvalCommand(ctx: CliContext): Promise<void> {
  const d = await ctx.data();
  const plan = await planEstimate(ctx.scene, d);
  describePlan(plan, ctx.progress, false);
  const cv = ctx.scene.estimate?.crossValidation;
  const res = await crossValidateAll(plan, ctx.runner(), {
    leaveHoleOut: cv?.leaveHoleOut, max: cv?.max,
    onProgress: (el, done, total) => ctx.progress.update(`xval ${el}`, done, total, 'samples'),
  });
  const els = plan.elements.map((p) => p.element);
  const s = d.samples;
  const n = s.x.length;
  const est = els.map(() => new Float64Array(n).fill(NaN)), vr = els.map(() => new Float64Array(n).fill(NaN));
  const used = new Uint8Array(n);
  els.forEach((e, k) => {
    const r = res[e];
    for (let j = 0; j < r.sample.length; j++) {
      const i = r.sample[j];
      est[k][i] = r.estimate[j]; vr[k][i] = r.variance[j]; used[i] = 1;
    }
  });
  await ctx.out.row(['HOLEID', 'X', 'Y', 'Z', ...els.flatMap((e) => [e, `${e}_EST`, `${e}_VAR`])]);
  for (let i = 0; i < n; i++) {
    if (!used[i]) continue;
    const row: (string | number)[] = [s.hole[i] >= 0 ? s.holeIds[s.hole[i]] : '', s.x[i], s.y[i], s.z[i]];
    els.forEach((e, k) => row.push(s.values[e][i], est[k][i], vr[k][i]));
    await ctx.out.row(row);
  }
  for (const e of els) {
    const m = res[e].summary;
    ctx.progress.note(`${e}: ${m.n} samples cross-validated${cv?.leaveHoleOut ? ' (leave one hole out)' : ''}, ${m.unestimated} unestimated; mean error ${fmt(m.meanError)}, mean squared error ${fmt(m.meanSquaredError)}, correlation ${fmt(m.correlation, 3)}, regression slope ${fmt(m.slope, 3)}`);
  }
}
