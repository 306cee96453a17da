import { blockCentroid } from '../engine/grid/blockGrid';
import type { BlockGrid, SampleSet, Vec3 } from '../engine/types';
import type { ViewSection } from '../io/scene/schema';
import type { Selection } from '../store/types';
import { planeDistance, slabFrame } from '../engine/section/slab';
import type { Bounds } from './bounds';
import type { EllipsoidAnchor } from './ellipsoidState';


/**
 * The point (real coordinates) the ellipsoids are drawn at for an anchor: the picked block's
 * centroid or sample's position, or the centre of the data bounds moved onto the section plane;
 * null when the anchor has nothing to follow (nothing picked, section off): the caller then uses
 * the centre of the data.
 */
export function ellipsoidCentre(anchor: EllipsoidAnchor, at: {
  selection: Selection; grid: BlockGrid | null; samples: SampleSet | null; section?: ViewSection['section']; bounds: Bounds | null;
}): Vec3 | null {
  const { selection: sel, grid, samples } = at;
  if (anchor === 'selection') {
    if (sel?.kind === 'block' && grid) return blockCentroid(grid, sel.index);
    if (sel?.kind === 'sample' && samples && sel.index >= 0 && sel.index < samples.x.length) {
      return [samples.x[sel.index], samples.y[sel.index], samples.z[sel.index]];
    }
    return null;
  }
  if (anchor === 'section') {
    const s = at.section;
    if (!s?.enabled || !at.bounds) return null;
    const c = [0, 1, 2].map((a) => (at.bounds!.min[a] + at.bounds!.max[a]) / 2) as Vec3;
    // The data centre projected onto the plane (any section kind, azimuth sections included).
    const f = slabFrame({ axis: s.axis, position: s.position, azimuth: s.azimuth, width: s.width ?? 0 });
    const d = planeDistance(f, c[0], c[1], c[2]);
    return [c[0] - d * f.normal[0], c[1] - d * f.normal[1], c[2] - d * f.normal[2]];
  }
  return null;
}
