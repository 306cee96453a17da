import { parseCsv } from './parseCsv.ts';
import { parseGslib } from './parseGslib.ts';
import { ImportError } from './importError.ts';
import { stripBom, type RawTable } from './rawTable.ts';

export type TableFormat = 'csv' | 'gslib';

/** The format of a file: as given, else GEO-EAS for `.dat`/`.gslib`/`.geoeas` names, else CSV. */
export function guessFormat(fileName: string, format?: TableFormat): TableFormat {
  if (format) return format;
  return /\.(dat|gslib|geoeas|gsl)$/i.test(fileName) ? 'gslib' : 'csv';
}

/** Read text as CSV or GEO-EAS (see guessFormat) into a RawTable. */
export function readTable(text: string, fileName: string, format?: TableFormat): RawTable {
  return guessFormat(fileName, format) === 'gslib' ? parseGslib(text, fileName) : parseCsv(text, fileName);
}

/** Only the header of a CSV or GEO-EAS text (cheap: for recognising a dropped file with detectTableKind). */
export function readHeader(text: string, fileName: string, format?: TableFormat): string[] {
  if (guessFormat(fileName, format) === 'gslib') return parseGslib(text.slice(0, 64 * 1024), fileName).header;
  const body = stripBom(text);
  for (let start = 0; start < body.length;) {
    const nl = body.indexOf('\n', start);
    const end = nl < 0 ? body.length : nl + 1;
    if (body.slice(start, end).trim() !== '') return parseCsv(body.slice(start, end), fileName).header;
    start = end;
  }
  throw new ImportError(fileName, '', 'the file is empty (no header line)', [], undefined, { code: 'table-empty' });
}
