import type { Scene } from './schema';
import { parseJsonText } from './jsonText';
import { restoreScene } from './restore';

/**
 * Reads a scene file from its text. Untrusted input: size-bounded, prototype keys refused,
 * nothing interpreted. Throws SceneError (syntax: line/column; schema: field path; version).
 */
export function parseScene(text: string, fileName: string): Scene {
  return restoreScene(parseJsonText(text, fileName), fileName);
}
