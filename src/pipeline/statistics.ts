import { summarize, type Summary } from '../engine/stats/summary';
import { cellDecluster } from '../engine/stats/declustering';
import type { SampleSet } from '../engine/types';

/** Statistics of one element: length-weighted (composites/intervals) or equal-weighted (points), and declustered. */
export interface ElementStatistics {
  element: string;
  /** 'length' when the samples carry interval lengths as weights. */
  weighting: 'length' | 'equal';
  summary: Summary;
  /** Cell-declustered mean and the chosen cell size (0 = declustering did not lower the mean). */
  declustered: { mean: number; cellSize: number };
}

/** Statistics of every element (see ElementStatistics). */
export function elementStatistics(samples: SampleSet, elements: string[]): ElementStatistics[] {
  return elements.map((element) => {
    const v = samples.values[element];
    const d = cellDecluster(samples.x, samples.y, samples.z, v);
    return {
      element,
      weighting: samples.weight ? 'length' : 'equal',
      summary: summarize(v, samples.weight),
      declustered: { mean: d.mean, cellSize: d.cellSize },
    };
  });
}
