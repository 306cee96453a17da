import { SceneError } from '../io/scene';
import { isImportError } from '../io/csv';
import { isInputError } from '../pipeline';
import { UsageError } from './args';

/** Exit status of a failure: 2 for bad input (scene, file, column, arguments), 1 for anything else. */
export function exitCodeOf(e: unknown): 1 | 2 {
  if (e instanceof SceneError || e instanceof UsageError || isImportError(e) || isInputError(e)) return 2;
  return 1;
}

/** The one-line reason printed for a failure. */
export function reasonOf(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const line = msg.split('\n')[0];
  return exitCodeOf(e) === 2 ? `lode: ${line}` : `lode: internal error: ${line}`;
}
