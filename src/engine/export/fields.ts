import type { BlockGrid } from '../types';
import { blockCount } from '../grid/blockGrid';

/** Typed arrays a writer accepts as one value per block, sample or point. */
export type FieldArray = Float64Array | Float32Array | Int32Array | Uint8Array;

/** One named column of values (one per block of a grid, or per point/cell of a drillhole file). */
export interface NamedField { name: string; values: FieldArray }

/** Throws when a field does not hold exactly `n` values (a writer would otherwise misalign columns). */
export function checkFieldLengths(fields: NamedField[], n: number, what: string): void {
  for (const f of fields) {
    if (f.values.length !== n) throw new Error(`export: field ${f.name} has ${f.values.length} values for ${n} ${what}`);
  }
}

/** Throws unless every field holds one value per block of the grid. */
export function checkBlockFields(grid: BlockGrid, fields: NamedField[]): void {
  checkFieldLengths(fields, blockCount(grid), 'blocks');
}

/** Joins lines into chunks of about `size` characters, each ending with a newline: few, large writes. */
export function* linesInChunks(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf: string[] = [], n = 0;
  for (const l of lines) {
    buf.push(l);
    n += l.length + 1;
    if (n >= size) { yield `${buf.join('\n')}\n`; buf = []; n = 0; }
  }
  if (buf.length) yield `${buf.join('\n')}\n`;
}
