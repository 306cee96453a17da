import { describeIntercept } from '../../engine/drillholes/intercepts';
import { InputError, interceptSettings, significantIntercepts } from '../../pipeline';
import type { CliContext } from '../context';

/**
 * `lode intercepts`: CSV HOLEID,FROM,TO,LENGTH,<EL>,GRADE_LENGTH,INCLUDING of the significant
 * intercepts (raw assays; rule in src/engine/drillholes/intercepts.ts), holes in file order,
 * intercepts down the hole; INCLUDING lists the sub-intercepts as text, separated by "; ".
 */
export async function interceptsCommand(ctx: CliContext): Promise<void> {
  if (ctx.scene.data.samples) throw new InputError('data.samples: significant intercepts need drillholes (collars and assays), not point samples');
  const d = await ctx.data();
  const s = interceptSettings(ctx.scene, d);
  const rows = significantIntercepts(d, s);
  await ctx.out.row(['HOLEID', 'FROM', 'TO', 'LENGTH', s.element, 'GRADE_LENGTH', 'INCLUDING']);
  for (const x of rows) {
    await ctx.out.row([x.holeId, x.from, x.to, x.length, x.grade, x.gradeLength, x.including.map((i) => describeIntercept(i, s.lengthUnit)).join('; ')]);
  }
  const holes = new Set(rows.map((r) => r.holeId)).size;
  const rule = `cutoff ${s.cutoff} ${s.gradeUnit}, dilution ≤ ${s.maxDilution} ${s.lengthUnit}, length ≥ ${s.minLength} ${s.lengthUnit}`
    + (s.minGradeLength !== undefined ? `, grade × length ≥ ${s.minGradeLength}` : '')
    + (s.includeCutoff !== undefined ? `, including at ${s.includeCutoff} ${s.gradeUnit}` : '');
  const derived = s.derived.length ? ` (derived from the assays: ${s.derived.join(', ')})` : '';
  ctx.progress.note(`intercepts: ${rows.length} in ${holes} holes; ${s.element} ${rule}${derived}`);
}
