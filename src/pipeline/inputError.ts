/**
 * Bad input that stops a run (the CLI's exit 2): a missing file, an element the data does not
 * have, a section a command needs. The message is one line naming the file/field.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** True for an InputError (also across bundles, where instanceof may fail). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'InputError');
}
