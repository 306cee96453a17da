/**
 * A scene file that cannot be used: not JSON, not a Lode scene, a version this build
 * cannot read, or a field that fails the schema. `message` is one line naming the file
 * and the place (line/column for syntax, field path for the schema).
 */
export class SceneError extends Error {
  /** File name as the user gave it. */
  readonly file: string;
  /** Field path such as "estimate.search.ranges[1]", when the problem is one field. */
  readonly field?: string;
  /** 1-based line and column of a JSON syntax error. */
  readonly line?: number;
  readonly column?: number;

  constructor(file: string, message: string, where: { field?: string; line?: number; column?: number } = {}) {
    super(`${file}: ${message}`);
    this.name = 'SceneError';
    this.file = file;
    this.field = where.field;
    this.line = where.line;
    this.column = where.column;
  }
}
