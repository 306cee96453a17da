import { ImportError } from './importError.ts';
import { stripBom, type RawTable } from './rawTable.ts';

/**
 * Parse a GSLIB / GEO-EAS file: a title line, a line starting with the number of
 * variables n (GSLIB grid files carry more numbers after it), n lines with one variable
 * name each, then whitespace-separated data (commas are accepted as separators too).
 * Rows are line numbers (title = 1). Ref: Deutsch & Journel (1998) GSLIB, 2nd ed., §II.1.
 */
export function parseGslib(text: string, fileName: string): RawTable {
  const lines = stripBom(text).split(/\r\n|\r|\n/);
  if (lines.length < 2) throw new ImportError(fileName, '', 'not a GEO-EAS file: expected a title line and the number of variables', [], undefined, { code: 'geoeas-short' });
  const nTok = lines[1].trim().split(/[\s,]+/)[0] ?? '';
  const n = /^\d+$/.test(nTok) ? Number(nTok) : NaN;
  if (!(n >= 1)) {
    throw new ImportError(fileName, '', `not a GEO-EAS file: line 2 should start with the number of variables, found '${lines[1].slice(0, 40)}'`, [], 2,
      { code: 'geoeas-count', params: { found: lines[1].slice(0, 40) } });
  }
  if (lines.length < 2 + n) throw new ImportError(fileName, '', `not a GEO-EAS file: ${n} variable names announced, file ends first`, [], undefined, { code: 'geoeas-names', params: { n } });
  const header = lines.slice(2, 2 + n).map((s) => s.trim());
  const records: string[][] = [];
  const rows: number[] = [];
  for (let i = 2 + n; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    records.push(line.split(/[\s,]+/));
    rows.push(i + 1);
  }
  return { file: fileName, header, records, rows: Int32Array.from(rows), format: 'gslib' };
}
