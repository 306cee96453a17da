import { useMemo } from 'react';
import type { BlockGrid } from '../engine/types';
import { slabFrame, type SlabFrame } from '../engine/section/slab';
import type { SectionView } from '../io/scene/schemaSection';
import { sectionSpec, sectionStep } from '../pipeline/sectionDefaults';
import type { Bounds } from './bounds';
import { useFrameOfReference, useSceneStore, useView } from './useSceneData';

/** A section switched on, with its slab resolved (real coordinates). */
export interface ActiveSection {
  view: SectionView;
  frame: SlabFrame;
  width: number;
  step: number;
}

/** Extent of bounds along a direction (Σ |n_i| · size_i). */
export function extentAlong(n: readonly number[], b: Bounds | null): number {
  if (!b) return 1;
  return Math.abs(n[0]) * (b.max[0] - b.min[0]) + Math.abs(n[1]) * (b.max[1] - b.min[1]) + Math.abs(n[2]) * (b.max[2] - b.min[2]);
}

/** [min, max] of normal·p over the corners of the bounds: the range a section's position can take. */
export function positionRange(frame: SlabFrame, b: Bounds | null): [number, number] {
  if (!b) return [0, 1];
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < 8; i++) {
    const p = [i & 1 ? b.max[0] : b.min[0], i & 2 ? b.max[1] : b.min[1], i & 4 ? b.max[2] : b.min[2]];
    const d = frame.normal[0] * p[0] + frame.normal[1] * p[1] + frame.normal[2] * p[2];
    lo = Math.min(lo, d); hi = Math.max(hi, d);
  }
  return [lo, hi];
}

/** The section resolved against a grid and bounds (null when off). */
export function resolveSection(view: SectionView | undefined, grid: BlockGrid | null, bounds: Bounds | null): ActiveSection | null {
  if (!view?.enabled) return null;
  const n = slabFrame({ ...view, width: 1 }).normal;
  const extent = extentAlong(n, bounds);
  const spec = sectionSpec(view, grid, extent);
  return { view, frame: slabFrame(spec), width: spec.width, step: sectionStep(view, grid, extent) };
}

/** The scene's section, resolved; null when off. */
export function useSection(): ActiveSection | null {
  const view = useView();
  const grid = useSceneStore((s) => s.grid);
  const { bounds } = useFrameOfReference();
  return useMemo(() => resolveSection(view.section, grid, bounds), [view.section, grid, bounds]);
}
