import type { BlockGrid } from '../engine/types';
import type { EstimateResult } from '../engine/kriging/estimateBlocks';
import { csvNumber } from './output';

/**
 * CSV rows (each ending in \n) of blocks [start, start + n): centroid, then per element estimate,
 * variance, samples, slope, pass, holes, mean distance, then the extra columns; exactly the cells
 * Output.row writes (csvNumber), built as one string per call.
 */
export function estimateRows(g: BlockGrid, start: number, n: number, results: EstimateResult[], extra: Float64Array[]): string {
  const nx = g.count[0], nxy = nx * g.count[1];
  const [ox, oy, oz] = g.origin, [sx, sy, sz] = g.size;
  let text = '';
  for (let s = 0; s < n; s++) {
    const b = start + s;
    const k = Math.floor(b / nxy), r = b - k * nxy, j = Math.floor(r / nx), i = r - j * nx;
    let line = `${ox + i * sx},${oy + j * sy},${oz + k * sz}`;
    for (const e of results) {
      const o = b - e.start;
      line += `,${csvNumber(e.estimate[o])},${csvNumber(e.variance[o])},${e.nSamples[o]},${csvNumber(e.slope[o])},${e.pass[o]},${e.nHoles[o]},${csvNumber(e.meanDistance[o])}`;
    }
    for (const a of extra) line += `,${csvNumber(a[s])}`;
    text += `${line}\n`;
  }
  return text;
}
