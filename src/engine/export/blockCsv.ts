import type { BlockGrid } from '../types';
import { blockCount } from '../grid/blockGrid';
import { checkBlockFields, codeText, type NamedField } from './fields';
import { csvCell, csvRow } from './csvText';
import { blockRowsCsv } from './blockRows';

/** Rows per chunk of text the block-model CSV yields. */
const ROWS_PER_CHUNK = 4096;

/**
 * Block model as CSV with centroid and size columns, `XC,YC,ZC,XINC,YINC,ZINC,<fields>`: the form
 * Leapfrog Geo and Micromine import as a regular block model. Rows in grid order (X fastest, then
 * Y, then Z); numbers in shortest round-trip form; missing values as `NaN`. Code fields (DOMAIN)
 * are written as their code text (empty for none) after the numeric fields. Yields text chunks.
 */
export function* blockModelCsv(grid: BlockGrid, fields: NamedField[]): Generator<string> {
  checkBlockFields(grid, fields);
  yield `${csvRow(['XC', 'YC', 'ZC', 'XINC', 'YINC', 'ZINC', ...csvFieldOrder(fields).map((f) => f.name)])}\n`;
  yield* blockModelCsvRows(grid, 0, blockCount(grid), fields);
}

/** The fields in the order of the CSV's columns: the numeric ones as given, then the code fields. */
export function csvFieldOrder(fields: NamedField[]): NamedField[] {
  return [...fields.filter((f) => !f.codes), ...fields.filter((f) => f.codes)];
}

/**
 * The rows (no header) of blocks [start, end) of the block-model CSV, in chunks; field values
 * indexed from `start` (values[s] is block start + s): a window of a streamed estimate.
 */
export function* blockModelCsvRows(grid: BlockGrid, start: number, end: number, fields: NamedField[]): Generator<string> {
  const numeric = fields.filter((f) => !f.codes), coded = fields.filter((f) => f.codes);
  for (let b = start; b < end; b += ROWS_PER_CHUNK) {
    const m = Math.min(ROWS_PER_CHUNK, end - b), o = b - start;
    const text = blockRowsCsv(grid, b, m, grid.size, numeric.map((f) => f.values.subarray(o, o + m)));
    yield coded.length ? withCodes(text, coded, o) : text;
  }
}

/** Rows of `text` (one per value from `o`) with each code field's text appended. */
function withCodes(text: string, coded: NamedField[], o: number): string {
  const lines = text.split('\n');
  lines.pop();
  return `${lines.map((l, s) => `${l},${coded.map((f) => csvCell(codeText(f, f.values[o + s]))).join(',')}`).join('\n')}\n`;
}
