import { InputError } from '../../pipeline';
import { sceneMeshes, sceneMeshesFile } from '../../pipeline/sceneMeshes';
import { edgeCensus, meshVolume } from '../../engine/isosurface/meshMeasures';
import type { CliContext } from '../context';
import { outFormat } from '../outFormat';

/**
 * `lode solids`: the scene's domain solids (domains.solids) and surfaces, read from their OBJ, STL or
 * DXF files. Prints CSV NAME,SOURCE,KIND,VERTICES,TRIANGLES,CLOSED,VOLUME (VOLUME, in units³, only
 * for closed meshes: every edge shared by two triangles); with `--out x.obj` / `x.stl` writes them all
 * in world coordinates, one OBJ object / STL solid each, in that order.
 */
export async function solidsCommand(ctx: CliContext): Promise<void> {
  const format = outFormat(ctx.args.out, 'solids', ['csv', 'obj', 'stl']);
  const d = await ctx.data();
  const rows = sceneMeshes(d);
  if (!rows.length) throw new InputError('domains.solids: the scene has no solids or surfaces (domains.solids, surfaces)');
  if (format === 'obj' || format === 'stl') {
    for (const piece of sceneMeshesFile(d, format)) await ctx.out.text(piece);
    ctx.progress.note(`solids: wrote ${rows.length} mesh${rows.length === 1 ? '' : 'es'} to ${ctx.args.out}`);
    return;
  }
  await ctx.out.row(['NAME', 'SOURCE', 'KIND', 'VERTICES', 'TRIANGLES', 'CLOSED', 'VOLUME']);
  for (const { source, kind, name, mesh } of rows) {
    const closed = edgeCensus(mesh).notTwo === 0;
    await ctx.out.row([name, source, kind, mesh.positions.length / 3, mesh.indices.length / 3, closed ? 'yes' : 'no', closed ? Math.abs(meshVolume(mesh)) : '']);
  }
}
