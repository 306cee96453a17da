import { InputError } from '../../pipeline';
import { holesCsv, holesPolyData, polyDataVtp } from '../../engine/export';
import type { CliContext } from '../context';
import { outFormat } from '../outFormat';

/**
 * `lode holes`: the desurveyed hole traces (minimum curvature, as the app draws them) as CSV
 * HOLEID,MD,X,Y,Z, one row per station; with `--out x.vtp` VTK PolyData, one polyline per hole
 * (point data MD, cell data HOLE). The app's Export menu writes the same files.
 */
export async function holesCommand(ctx: CliContext): Promise<void> {
  if (ctx.scene.data.samples) throw new InputError('data.samples: point samples have no hole traces (lode holes needs collars and surveys)');
  const vtp = outFormat(ctx.args.out, 'holes', ['csv', 'vtp']) === 'vtp';
  const d = await ctx.data();
  if (!d.holes?.holeIds.length) throw new InputError('data.collars: no hole could be desurveyed (lode validate lists why)');
  for (const piece of vtp ? polyDataVtp(holesPolyData(d.holes)) : holesCsv(d.holes)) await ctx.out.text(piece);
  ctx.progress.note(`holes: ${d.holes.holeIds.length} holes, ${d.holes.md.length} stations`);
}
