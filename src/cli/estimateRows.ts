import type { BlockGrid } from '../engine/types';
import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { blockRowsCsv, type NumberColumn } from '../engine/export/blockRows';

/**
 * CSV rows (each ending in \n) of blocks [start, start + n): centroid, then per element estimate,
 * variance, samples, slope, pass, holes, mean distance, then the extra columns (extra[c][s] for
 * block start + s); exactly the cells Output.row writes (csvNumber), built as one string per call.
 */
export function estimateRows(g: BlockGrid, start: number, n: number, results: EstimateResult[], extra: Float64Array[]): string {
  const columns: NumberColumn[] = [];
  for (const e of results) {
    const o = start - e.start;
    for (const a of [e.estimate, e.variance, e.nSamples, e.slope, e.pass, e.nHoles, e.meanDistance]) columns.push(a.subarray(o, o + n));
  }
  for (const a of extra) columns.push(a);
  return blockRowsCsv(g, start, n, [], columns);
}
