import type { BlockGrid } from '../types';
import { csvNumber } from './csvText';

/** One column of numbers, value of row s at [s]. */
export type NumberColumn = ArrayLike<number>;

/**
 * CSV rows (each ending in \n) of blocks [start, start + n) of a grid: the centroid X, Y, Z, then
 * the `lead` numbers (the same on every row, e.g. the block size), then columns[c][s] for row s.
 * Every cell is exactly csvNumber's text (shortest round-trip form, NaN as "NaN").
 *
 * Built with one JSON.stringify of the rows: it writes numbers as Number::toString does
 * (ECMA-262 SerializeJSONProperty: finite numbers go through ToString) in native code without a
 * string per cell, about three times faster than String(v) cell by cell. JSON writes NaN as null,
 * turned back into NaN here (no cell is otherwise "null"); rows with ±Infinity, which JSON also
 * writes as null, are written cell by cell instead.
 */
export function blockRowsCsv(grid: BlockGrid, start: number, n: number, lead: readonly number[], columns: readonly NumberColumn[]): string {
  if (n <= 0) return '';
  const nx = grid.count[0], nxy = nx * grid.count[1];
  const [ox, oy, oz] = grid.origin, [sx, sy, sz] = grid.size;
  const nLead = lead.length, nCols = columns.length, width = 3 + nLead + nCols;
  const rows = new Array<number[]>(n);
  let infinite = false;
  for (let s = 0; s < n; s++) {
    const b = start + s;
    const k = Math.floor(b / nxy), r = b - k * nxy, j = Math.floor(r / nx), i = r - j * nx;
    const row = new Array<number>(width);
    row[0] = ox + i * sx; row[1] = oy + j * sy; row[2] = oz + k * sz;
    for (let c = 0; c < nLead; c++) row[3 + c] = lead[c];
    for (let c = 0; c < nCols; c++) {
      const v = columns[c][s];
      if (v === Infinity || v === -Infinity) infinite = true;
      row[3 + nLead + c] = v;
    }
    rows[s] = row;
  }
  if (infinite || !Number.isFinite(ox + oy + oz + sx + sy + sz) || lead.some((v) => !Number.isFinite(v))) return cellByCell(rows);
  const json = JSON.stringify(rows);
  return `${json.slice(2, -2).replaceAll('],[', '\n').replaceAll('null', 'NaN')}\n`;
}

function cellByCell(rows: number[][]): string {
  let text = '';
  for (const row of rows) text += `${row.map(csvNumber).join(',')}\n`;
  return text;
}
