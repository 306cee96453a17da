import { CodedError } from '../userMessage.ts';

/**
 * A mesh file (OBJ, STL) that cannot be read: the file, the 1-based line (absent for binary
 * files) and what is wrong. The UI translates `code` ('mesh-…'); the CLI prints `message`.
 */
export class MeshError extends CodedError {
  readonly file: string;
  readonly line?: number;

  constructor(file: string, line: number | undefined, reason: string, code: string, params: Record<string, string | number> = {}) {
    super(`${file}${line !== undefined ? ` line ${line}` : ''}: ${reason}`, code,
      { file, ...(line !== undefined ? { line } : {}), ...params });
    this.name = 'MeshError';
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}
