import Papa from 'papaparse';
import { ImportError } from './importError.ts';
import { stripBom, type RawTable } from './rawTable.ts';

/**
 * Parse delimited text (comma, tab, semicolon or pipe: the one most frequent in the header line) into a RawTable.
 * Tolerates a UTF-8 BOM, CRLF or LF line ends, quoted fields (with embedded delimiters,
 * quotes and line breaks) and blank lines anywhere. Row numbers are spreadsheet rows:
 * header = 1, and a blank line still takes up a row.
 */
export function parseCsv(text: string, fileName: string): RawTable {
  const body = stripBom(text);
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, dynamicTyping: false, delimiter: guessDelimiter(body) });
  const data = parsed.data;
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    const row = quote.row !== undefined ? quote.row + 1 : undefined;
    throw new ImportError(fileName, '', `unterminated quoted field (${quote.message})`, [], row, { code: 'csv-quote', detail: quote.message });
  }
  let first = 0;
  while (first < data.length && isBlank(data[first])) first++;
  if (first === data.length) throw new ImportError(fileName, '', 'the file is empty (no header line)', [], undefined, { code: 'table-empty' });
  const header = data[first].map((h) => h.trim());
  const records: string[][] = [];
  const rows: number[] = [];
  for (let i = first + 1; i < data.length; i++) {
    const rec = data[i];
    if (isBlank(rec)) continue;
    records.push(rec);
    rows.push(i + 1);
  }
  return { file: fileName, header, records, rows: Int32Array.from(rows), format: 'csv' };
}

/** An empty or whitespace-only line (a row of bare delimiters is a record, not a blank line). */
function isBlank(rec: string[]): boolean {
  return rec.length === 0 || (rec.length === 1 && rec[0].trim() === '');
}

const DELIMITERS = [',', '\t', ';', '|'];

/** The delimiter occurring most often (outside quotes) in the first non-blank line; ',' on ties or none. */
export function guessDelimiter(text: string): string {
  let i = 0;
  while (i < text.length && /[\r\n ]/.test(text[i])) i++;
  const counts = new Map<string, number>();
  let quoted = false;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && DELIMITERS.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',', most = 0;
  for (const d of DELIMITERS) { const c = counts.get(d) ?? 0; if (c > most) { best = d; most = c; } }
  return best;
}
