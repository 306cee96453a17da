/**
 * Finds English left in text meant to be Chinese: every ASCII word that is not a data value
 * (file name, hole id, column, element, number), not quoted, and not an allowed token (format
 * names, the app's name, units, axis letters). Used on the visible text of the UI.
 */

/** Tokens that stay as they are in Chinese text: the app, file formats, units, axis letters. */
export const ALLOWED_TOKENS = ['Lode', 'GEO-EAS', 'GEO', 'EAS', 'JSON', 'CSV', 'MB', 'X', 'Y', 'Z', 'm', 'ft', 'g/t', 'ppm', 'Mt', 't'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * ASCII words of `text` left after removing the `data` values (as whole tokens: not inside a
 * longer word), quoted text (“…”, "…"), file names and numbers; `allowed` tokens are not reported.
 */
export function englishWords(text: string, data: Iterable<string>, allowed: Iterable<string> = ALLOWED_TOKENS): string[] {
  let s = text;
  const values = [...new Set([...data].map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) => b.length - a.length);
  for (const v of values) s = s.replace(new RegExp(`(?<![A-Za-z0-9_])${escape(v)}(?![A-Za-z0-9_])`, 'g'), ' ');
  s = s.replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
  s = s.replace(/[\w./-]+\.(?:csv|json|dat|txt|gz|lode\.json)\b/gi, ' ');
  const ok = new Set(allowed);
  const words = s.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  return [...new Set(words.filter((w) => !ok.has(w)))];
}
