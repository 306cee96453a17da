/** Text of a number in CSV: shortest round-trip form (exact), NaN as "NaN". */
export function csvNumber(v: number): string {
  return Number.isNaN(v) ? 'NaN' : String(v);
}

/** A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') return csvNumber(v);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV row. */
export function csvRow(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',');
}
