import type { MessageParams } from '../../engine/types';

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
  /** Message code the UI translates ('scene-newer', 'schema-too-small', …) and its parameters (file included). */
  readonly code: string;
  readonly params: MessageParams;
  /** The field path, shown as the technical detail. */
  readonly detail?: string;

  constructor(file: string, message: string, where: { field?: string; line?: number; column?: number } = {},
    msg: { code: string; params?: MessageParams; detail?: string } = { code: 'scene-invalid' }) {
    super(`${file}: ${message}`);
    this.name = 'SceneError';
    this.file = file;
    this.field = where.field;
    this.line = where.line;
    this.column = where.column;
    this.code = msg.code;
    this.params = { file, ...msg.params };
    const detail = msg.detail ?? where.field;
    if (detail !== undefined) this.detail = detail;
  }
}
