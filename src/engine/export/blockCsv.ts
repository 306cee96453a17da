import type { BlockGrid } from '../types';
import { blockCount } from '../grid/blockGrid';
import { checkBlockFields, type NamedField } from './fields';
import { csvRow } from './csvText';
import { blockRowsCsv } from './blockRows';

/** Rows per chunk of text the block-model CSV yields. */
const ROWS_PER_CHUNK = 4096;

/**
 * Block model as CSV with centroid and size columns, `XC,YC,ZC,XINC,YINC,ZINC,<fields>`: the form
 * Leapfrog Geo and Micromine import as a regular block model. Rows in grid order (X fastest, then
 * Y, then Z); numbers in shortest round-trip form; missing values as `NaN`. Yields text chunks.
 */
export function* blockModelCsv(grid: BlockGrid, fields: NamedField[]): Generator<string> {
  checkBlockFields(grid, fields);
  yield `${csvRow(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', ...fields.map((f) => f.name)])}\n`;
  yield* blockModelCsvRows(grid, 0, blockCount(grid), fields);
}

/**
 * The rows (no header) of blocks [start, end) of the block-model CSV, in chunks; field values
 * indexed from `start` (values[s] is block start + s): a window of a streamed estimate.
 */
export function* blockModelCsvRows(grid: BlockGrid, start: number, end: number, fields: NamedField[]): Generator<string> {
  for (let b = start; b < end; b += ROWS_PER_CHUNK) {
    const m = Math.min(ROWS_PER_CHUNK, end - b), o = b - start;
    yield blockRowsCsv(grid, b, m, grid.size, fields.map((f) => f.values.subarray(o, o + m)));
  }
}
