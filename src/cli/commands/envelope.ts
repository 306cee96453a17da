import { InputError } from '../../pipeline';
import { meshObj, meshStl } from '../../engine/export';
import { meshArea, meshVolume } from '../../engine/isosurface/meshMeasures';
import { contourOf, envelopeMesh } from '../../pipeline/envelopeContour';
import { initialCutoff } from '../../pipeline/initialCutoff';
import { shownElement } from '../../pipeline/shownElement';
import { viewSection } from '../../io/scene/schema';
import type { CliContext } from '../context';
import { outFormat } from '../outFormat';
import { runSceneEstimate } from './estimate';

/**
 * `lode envelope`: estimates the scene and contours its envelope as the app does (envelopeContour):
 * the domain solid or grade shell of domains.envelope, else the shown element's estimate at the
 * view's cutoff (initialCutoff). Prints CSV ENVELOPE,LEVEL,VOLUME,AREA,TRIANGLES (volume in units³
 * by the divergence theorem, as the app's Domains panel); with `--out x.obj` / `x.stl` writes the
 * mesh in world coordinates instead, as the app's Export menu does.
 */
export async function envelopeCommand(ctx: CliContext): Promise<void> {
  const format = outFormat(ctx.args.out, 'envelope', ['csv', 'obj', 'stl']);
  const { data, plan, results, envelope } = await runSceneEstimate(ctx);
  // Without view.element or estimate.elements the app shows the first element (sceneSlice); so does this.
  const first = plan.elements[0]?.element;
  const scene = shownElement(ctx.scene) || !first ? ctx.scene : { ...ctx.scene, view: { ...viewSection.parse({}), ...ctx.scene.view, element: first } };
  const contour = contourOf(envelope, scene, results, initialCutoff(scene, data.samples));
  if (!contour) throw new InputError('estimate.elements: no estimated element to contour');
  const mesh = envelopeMesh(plan.grid, contour);
  const volume = meshVolume(mesh), triangles = mesh.indices.length / 3;
  if (format === 'obj' || format === 'stl') {
    if (triangles === 0) throw new InputError(`envelope: ${contour.label}: no block reaches the level, the envelope is empty (nothing written)`);
    for (const piece of format === 'obj' ? meshObj(mesh, 'envelope') : meshStl(mesh, 'envelope')) await ctx.out.text(piece);
  } else {
    await ctx.out.row(['ENVELOPE', 'LEVEL', 'VOLUME', 'AREA', 'TRIANGLES']);
    await ctx.out.row([contour.label, contour.level, volume, meshArea(mesh), triangles]);
  }
  ctx.progress.note(`envelope: ${contour.label}: ${Math.round(volume).toLocaleString('en-US')} ${ctx.scene.units}³ enclosed, ${triangles.toLocaleString('en-US')} triangles${format === 'obj' || format === 'stl' ? `; wrote ${ctx.args.out}` : ''}`);
}
