import type { BlockGrid } from '../engine/types';
import { slabFrame, type SectionSpec } from '../engine/section/slab';
import type { SectionView } from '../io/scene/schemaSection';

/** Block size seen across a section plane: Σ |normal_i| · size_i (a block's thickness along the normal). */
function blockThickness(section: SectionView, grid: BlockGrid): number {
  const n = slabFrame({ ...section, width: 1 }).normal;
  return Math.abs(n[0]) * grid.size[0] + Math.abs(n[1]) * grid.size[1] + Math.abs(n[2]) * grid.size[2];
}

/**
 * The slab width of a section: the scene's `width`, else two block thicknesses (the cut blocks and
 * the holes that informed them), else 1/20 of the data extent along the normal (`extent`).
 */
export function sectionWidth(section: SectionView, grid: BlockGrid | null, extent: number): number {
  if (section.width) return section.width;
  if (grid) return round3(2 * blockThickness(section, grid));
  return round3(Math.max(extent / 20, 1e-3));
}

/** The stepping increment of a section: the scene's `step`, else the slab width. */
export function sectionStep(section: SectionView, grid: BlockGrid | null, extent: number): number {
  return section.step ?? sectionWidth(section, grid, extent);
}

/** The section with its width resolved, for the engine's slab geometry. */
export function sectionSpec(section: SectionView, grid: BlockGrid | null, extent: number): SectionSpec {
  return { axis: section.axis, position: section.position, azimuth: section.azimuth, width: sectionWidth(section, grid, extent) };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
