/**
 * A table as read from a file, before any column is interpreted: the header and each
 * data record as strings, with the 1-based row a spreadsheet (or, for GEO-EAS, a text
 * editor) shows for it. Blank lines are not records.
 */
export interface RawTable {
  file: string;
  /** Column names, trimmed. */
  header: string[];
  /** Data records (header excluded); a record may be shorter or longer than the header. */
  records: string[][];
  /** Row of each record: spreadsheet row for CSV (header = 1), line number for GEO-EAS. */
  rows: Int32Array;
  format: 'csv' | 'gslib';
}

/** Strip a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
