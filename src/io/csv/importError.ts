import type { MessageParams } from '../../engine/types.ts';

/**
 * A table that cannot be read at all: unreadable format, or a required column that is
 * missing or ambiguous. Row-level problems are Findings, never ImportErrors.
 * The CLI maps this error to exit code 2 and prints `message` as its one-line reason.
 */
export class ImportError extends Error {
  /** File name as the user gave it (or 'scene' for a bad import option). */
  readonly file: string;
  /** The canonical column (role) concerned, e.g. 'HOLEID', or the column name in the file. */
  readonly column: string;
  /** Column names that were looked for (missing column) or that matched (ambiguous column). */
  readonly candidates: string[];
  /** 1-based row when the problem is tied to one row (e.g. a broken GEO-EAS header). */
  readonly row?: number;
  /** Message code the UI translates ('column-missing', …), with its parameters (file and row included). */
  readonly code: string;
  readonly params: MessageParams;
  /** Technical detail shown beside the translated sentence: the scene field or column mapping concerned. */
  readonly detail?: string;

  constructor(file: string, column: string, reason: string, candidates: string[] = [], row?: number,
    msg: { code: string; params?: MessageParams; detail?: string } = { code: 'import-failed' }) {
    super(`${file}${row !== undefined ? ` row ${row}` : ''}: ${reason}`);
    this.name = 'ImportError';
    this.file = file;
    this.column = column;
    this.candidates = candidates;
    this.row = row;
    this.code = msg.code;
    this.params = { file, ...(row !== undefined ? { row } : {}), ...msg.params };
    if (msg.detail !== undefined) this.detail = msg.detail;
  }
}

/** True for an ImportError (also across bundles, where instanceof may fail). */
export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ImportError');
}
