import type { BlockGrid } from '../types';
import { blockCount } from '../grid/blockGrid';

/** Typed arrays a writer accepts as one value per block, sample or point. */
export type FieldArray = Float64Array | Float32Array | Int32Array | Uint8Array;

/**
 * One named column of values (one per block of a grid, or per point/cell of a drillhole file).
 * A code field (`codes` given) holds per value the 1-based index of its code in `codes`, 0 (or NaN)
 * for none: text writers (CSV) write the code itself, numeric ones (GSLIB, VTK) the index and the
 * code table alongside (see codeTable).
 */
export interface NamedField { name: string; values: FieldArray; codes?: readonly string[] }

/** The code table of a code field as one line of text: `DOMAIN codes: 1=lode 2=waste; 0=none`. */
export function codeTable(f: NamedField): string {
  return `${f.name} codes: ${(f.codes ?? []).map((c, i) => `${i + 1}=${c}`).join(' ')}; 0=none`;
}

/** Text of value `v` of code field `f`: its code, empty for none. */
export function codeText(f: NamedField, v: number): string {
  return (v >= 1 && f.codes?.[v - 1]) || '';
}

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
