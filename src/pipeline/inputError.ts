import type { MessageParams } from '../engine/types';

/**
 * Bad input that stops a run (the CLI's exit 2): a missing file, an element the data does not
 * have, a section a command needs. The message is one line naming the file/field; `code` and
 * `params` let the UI say it in the user's language, with `detail` (the scene field) beside it.
 */
export class InputError extends Error {
  readonly code: string;
  readonly params: MessageParams;
  readonly detail?: string;

  constructor(message: string, code = 'input-error', params: MessageParams = {}, detail?: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.params = params;
    if (detail !== undefined) this.detail = detail;
  }
}

/** True for an InputError (also across bundles, where instanceof may fail). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'InputError');
}
