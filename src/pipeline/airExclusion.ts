import { airMask } from '../engine/mesh/airMask';
import type { BlockGrid } from '../engine/types';
import type { LoadedSurface } from './loadSurfaces';

/** Blocks excluded as air, and by which surfaces. */
export interface AirExclusion {
  /** 1 = above the topography (not estimated), GSLIB block order. */
  mask: Uint8Array;
  /** Blocks excluded. */
  air: number;
  /** Blocks of columns the surfaces do not cover (kept). */
  outside: number;
  /** Names of the surfaces used. */
  surfaces: string[];
}

/** The air exclusion of a grid by the scene's surfaces marked excludeAbove; undefined when none is. */
export function airExclusion(grid: BlockGrid, surfaces: LoadedSurface[] | undefined): AirExclusion | undefined {
  const tops = (surfaces ?? []).filter((s) => s.source.excludeAbove);
  if (tops.length === 0) return undefined;
  const r = airMask(grid, tops.map((s) => s.mesh));
  return { ...r, surfaces: tops.map((s) => s.source.name) };
}

/** One line for reports: "412 blocks above topo.obj excluded (air)". */
export function airExclusionText(a: AirExclusion): string {
  return `${a.air.toLocaleString('en-US')} block${a.air === 1 ? '' : 's'} above ${a.surfaces.join(', ')} excluded (air)` +
    (a.outside ? `; ${a.outside.toLocaleString('en-US')} outside its footprint kept` : '');
}
