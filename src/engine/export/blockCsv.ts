import type { BlockGrid, Vec3 } from '../types';
import { blockCentroid, blockCount } from '../grid/blockGrid';
import { checkBlockFields, linesInChunks, type NamedField } from './fields';
import { csvNumber, csvRow } from './csvText';

/**
 * Block model as CSV with centroid and size columns, `XC,YC,ZC,XINC,YINC,ZINC,<fields>`: the form
 * Leapfrog Geo and Micromine import as a regular block model. Rows in grid order (X fastest, then
 * Y, then Z); numbers in shortest round-trip form; missing values as `NaN`. Yields text chunks.
 */
export function* blockModelCsv(grid: BlockGrid, fields: NamedField[]): Generator<string> {
  checkBlockFields(grid, fields);
  yield `${csvRow(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', ...fields.map((f) => f.name)])}\n`;
  const size = grid.size.map(csvNumber).join(',');
  yield* linesInChunks((function* rows() {
    const c: Vec3 = [0, 0, 0];
    const n = blockCount(grid);
    for (let b = 0; b < n; b++) {
      blockCentroid(grid, b, c);
      let line = `${csvNumber(c[0])},${csvNumber(c[1])},${csvNumber(c[2])},${size}`;
      for (const f of fields) line += `,${csvNumber(f.values[b])}`;
      yield line;
    }
  })());
}
