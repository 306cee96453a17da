/** A chart's data as a table: column names and rows (numbers or text). */
export interface CsvPayload {
  header: string[];
  rows: ReadonlyArray<ReadonlyArray<number | string | null | undefined>>;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; non-finite numbers and null are empty. */
export function csvField(v: number | string | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The CSV text of a payload: header line, one line per row, each line ended by a newline. */
export function toCsv(p: CsvPayload): string {
  for (const [i, r] of p.rows.entries()) {
    if (r.length !== p.header.length) throw new Error(`toCsv: row ${i + 1} has ${r.length} fields, the header ${p.header.length}`);
  }
  return [p.header, ...p.rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** A file-name-safe version of a text (letters, digits, dot, dash and underscore kept). */
export function safeFileName(name: string): string {
  return name.trim().replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'chart';
}
