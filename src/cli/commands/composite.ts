import { InputError } from '../../pipeline';
import type { CliContext } from '../context';

/**
 * `lode composite`: CSV HOLEID,FROM,TO,X,Y,Z,<elements> of the composites (capped when the scene
 * caps); with composite.breakOn, a last column named after it holds each composite's domain.
 */
export async function compositeCommand(ctx: CliContext): Promise<void> {
  if (ctx.scene.data.samples) throw new InputError('data.samples: point samples are not composited (composite needs collars, surveys and assays)');
  if (!ctx.scene.composite) throw new InputError('composite.length: the scene has no composite section; lode composite needs one, e.g. "composite": {"length": 2}');
  const d = await ctx.data();
  const s = d.samples;
  const els = d.elements;
  const domain = ctx.scene.composite.breakOn !== undefined ? s.domain : undefined;
  await ctx.out.row(['HOLEID', 'FROM', 'TO', 'X', 'Y', 'Z', ...els, ...(domain ? [ctx.scene.composite.breakOn!] : [])]);
  const cols = els.map((e) => s.values[e]);
  for (let i = 0; i < s.x.length; i++) {
    const row: (string | number)[] = [s.hole[i] >= 0 ? s.holeIds[s.hole[i]] : '', s.from![i], s.to![i], s.x[i], s.y[i], s.z[i], ...cols.map((c) => c[i])];
    if (domain) row.push(domain[i]);
    await ctx.out.row(row);
  }
  const st = d.composite;
  ctx.progress.note(`composite: ${s.x.length} composites of length ${ctx.scene.composite.length}${st ? ` (${st.appended} residuals appended, ${st.kept} kept, ${st.discarded} discarded)` : ''}`);
}
