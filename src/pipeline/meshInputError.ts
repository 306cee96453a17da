import { codeOf } from '../io/userMessage';
import { InputError } from './inputError';

/**
 * A failure to read a mesh file of the scene (a surface or a domain solid) as bad input (CLI exit 2):
 * the message names the scene field `key`, and the mesh error's code and parameters are kept for the UI.
 */
export function meshInputError(e: unknown, key: string, file: string): InputError {
  const msg = e instanceof Error ? e.message : String(e);
  const c = codeOf(e);
  return c ? new InputError(`${key}: ${msg}`, c.code, c.params, key) : new InputError(`${key}: ${file}: ${msg}`, 'table-unreadable', { file }, key);
}
