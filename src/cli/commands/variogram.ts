import { plannedElements, variogramReport } from '../../pipeline';
import type { VariogramModel } from '../../engine/types';
import type { CliContext } from '../context';

/** `lode variogram`: experimental variograms (omnidirectional, the scene's directions, downhole) and the model, per element: CSV. */
export async function variogramCommand(ctx: CliContext): Promise<void> {
  const d = await ctx.data();
  const els = plannedElements(ctx.scene, d);
  await ctx.out.row(['ELEMENT', 'DIRECTION', 'AZIMUTH', 'DIP', 'LAG', 'DISTANCE', 'PAIRS', 'GAMMA', 'MODEL']);
  const given = (e: string): VariogramModel | undefined => {
    const v = ctx.scene.estimate?.variograms ?? {};
    return v[e] ?? Object.entries(v).find(([k]) => k.toLowerCase() === e.toLowerCase())?.[1];
  };
  for (const e of els) {
    const r = variogramReport(ctx.scene, d.samples, e, given(e));
    for (const x of r.experimentals) {
      const v = x.variogram;
      for (let k = 0; k < v.gamma.length; k++) {
        if (v.pairs[k] === 0) continue;
        await ctx.out.row([e, x.label, x.direction?.azimuth ?? '', x.direction?.dip ?? '', v.centers[k], v.lags[k], v.pairs[k], v.gamma[k], x.model[k]]);
      }
    }
    ctx.progress.note(`${e}: model (${r.modelSource}): ${JSON.stringify(r.model)}`);
    ctx.progress.note(`${e}: ${r.note}; lag ${r.lag} × ${r.lagCount}`);
  }
}
