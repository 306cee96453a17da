import type { BlockGrid, SampleSet } from '../types';
import { swath, type Swath } from './swath';

export const SWATH_AXES = ['X', 'Y', 'Z'] as const;
export type SwathAxis = typeof SWATH_AXES[number];

/** Default slice width along an axis: 5 block sizes. */
export function defaultSwathWidth(grid: BlockGrid, axis: SwathAxis): number {
  return 5 * grid.size[SWATH_AXES.indexOf(axis)];
}

/** Swaths of several elements along one or more axes, as the rows of `lode swath`'s CSV. */
export interface SwathTable {
  header: string[];
  rows: (string | number)[][];
  /** The swath of each axis and element: swaths[axis][element]. */
  swaths: Partial<Record<SwathAxis, Record<string, Swath>>>;
}

/** Column names of the swath CSV: AXIS,FROM,TO, then per element <EL>_COMP_MEAN,<EL>_COMP_N,<EL>_BLOCK_MEAN,<EL>_BLOCK_N. */
export function swathHeader(elements: string[]): string[] {
  return ['AXIS', 'FROM', 'TO', ...elements.flatMap((e) => [`${e}_COMP_MEAN`, `${e}_COMP_N`, `${e}_BLOCK_MEAN`, `${e}_BLOCK_N`])];
}

/**
 * Swath table: for each axis, slices of `width` (default 5 block sizes) from the grid's lower edge,
 * with the length-weighted mean and count of the composites (samples) of each element in the slice
 * and the mean and count of its estimated blocks (by centroid). The same numbers for the CLI and the app.
 */
export function swathTable(grid: BlockGrid, samples: Pick<SampleSet, 'x' | 'y' | 'z' | 'weight' | 'values'>, estimates: Record<string, Float64Array>,
  elements: string[], axes: readonly SwathAxis[] = SWATH_AXES, width?: number): SwathTable {
  const rows: (string | number)[][] = [];
  const swaths: SwathTable['swaths'] = {};
  for (const axis of axes) {
    const w = width ?? defaultSwathWidth(grid, axis);
    const per: Record<string, Swath> = {};
    for (const el of elements) {
      const v = samples.values[el], est = estimates[el];
      if (!v) throw new Error(`swath: the samples have no element "${el}"`);
      if (!est) throw new Error(`swath: no block estimate of ${el}`);
      per[el] = swath(grid, SWATH_AXES.indexOf(axis) as 0 | 1 | 2, w, { x: samples.x, y: samples.y, z: samples.z, v, weight: samples.weight }, est);
    }
    swaths[axis] = per;
    const first = per[elements[0]];
    if (!first) continue;
    for (let k = 0; k < first.from.length; k++) {
      const row: (string | number)[] = [axis, first.from[k], first.to[k]];
      for (const el of elements) {
        const s = per[el];
        row.push(s.sampleMean[k], s.sampleCount[k], s.blockMean[k], s.blockCount[k]);
      }
      rows.push(row);
    }
  }
  return { header: swathHeader(elements), rows, swaths };
}
