import type { Vec3 } from '../engine/types';
import { clipSegmentsToSlab, type SlabFrame } from '../engine/section/slab';
import { pointsExtent, type SectionExtent } from '../engine/section/framing';
import type { HoleGeometry } from './holeGeometry';

/** What of the drillholes lies in a section slab. */
export interface SlabContent {
  /** Sample intervals with a part inside the slab. */
  intervals: number;
  /** Holes whose trace passes through the slab, in hole order. */
  holes: number[];
  /** Label anchor of each of those holes: where its trace enters the slab (local frame, xyz). */
  labelPoints: Float32Array;
  /** Section extent of the trace pieces inside the slab (null when none). */
  extent: SectionExtent | null;
}

/** Clips the hole traces and intervals (local frame, relative to `origin`) to a slab (real coordinates). */
export function slabContent(frame: SlabFrame, geo: HoleGeometry, origin: Vec3): SlabContent {
  const intervals = clipSegmentsToSlab(frame, geo.intervals, origin).source.length;
  const trace = clipSegmentsToSlab(frame, geo.trace, origin);
  const first = new Map<number, number>();
  trace.source.forEach((seg, k) => {
    const h = geo.traceHole[seg];
    if (!first.has(h)) first.set(h, k);
  });
  const holes = [...first.keys()].sort((a, b) => a - b);
  const labelPoints = new Float32Array(holes.length * 3);
  holes.forEach((h, i) => {
    const k = first.get(h)! * 6;
    for (let c = 0; c < 3; c++) labelPoints[i * 3 + c] = trace.positions[k + c] - origin[c];
  });
  return { intervals, holes, labelPoints, extent: pointsExtent(frame, trace.positions) };
}
