import { InputError } from '../../pipeline';
import { compositesCsv, compositesPolyData, polyDataVtp } from '../../engine/export';
import type { CliContext } from '../context';
import { outFormat } from '../outFormat';

/**
 * `lode composite`: CSV HOLEID,FROM,TO,X,Y,Z,<elements> of the composites (capped when the scene
 * caps); with composite.breakOn, a last column named after it holds each composite's domain.
 * With `--out x.vtp`: VTK PolyData, each composite a line from FROM to TO on its hole's trace.
 */
export async function compositeCommand(ctx: CliContext): Promise<void> {
  if (ctx.scene.data.samples) throw new InputError('data.samples: point samples are not composited (composite needs collars, surveys and assays)');
  if (!ctx.scene.composite) throw new InputError('composite.length: the scene has no composite section; lode composite needs one, e.g. "composite": {"length": 2}');
  const vtp = outFormat(ctx.args.out, 'composite', ['csv', 'vtp']) === 'vtp';
  const d = await ctx.data();
  const s = d.samples;
  const pieces = vtp ? polyDataVtp(compositesPolyData(s, d.elements, d.holes)) : compositesCsv(s, d.elements, ctx.scene.composite.breakOn);
  for (const piece of pieces) await ctx.out.text(piece);
  const st = d.composite;
  ctx.progress.note(`composite: ${s.x.length} composites of length ${ctx.scene.composite.length}${st ? ` (${st.appended} residuals appended, ${st.kept} kept, ${st.discarded} discarded)` : ''}`);
}
