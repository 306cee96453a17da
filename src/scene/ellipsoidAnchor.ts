import { blockCentroid } from '../engine/grid/blockGrid';
import type { BlockGrid, SampleSet, Vec3 } from '../engine/types';
import type { ViewSection } from '../io/scene/schema';
import type { Selection } from '../store/types';
import type { Bounds } from './bounds';
import type { EllipsoidAnchor } from './ellipsoidState';

const AXIS = { x: 0, y: 1, z: 2 } as const;

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
    c[AXIS[s.axis]] = s.position;
    return c;
  }
  return null;
}
