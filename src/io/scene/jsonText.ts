import { SceneError } from './sceneError';

/** Largest scene file accepted, in characters (embedded tables included). */
export const MAX_SCENE_CHARS = 200 * 1024 * 1024;

/** Keys that could reach an object's prototype if a consumer copied them with assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** 1-based line and column of a 0-based character offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  }
  return { line, column: end - start + 1 };
}

/** Where a JSON.parse error points: V8 says "at position N" (and some builds "(line L column C)"). */
function errorPlace(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return lineColumn(text, pos ? Number(pos[1]) : text.length);
}

/**
 * Parses untrusted JSON text: bounded size, no prototype-reaching keys, plain data only.
 * Errors name the file and the line/column.
 */
export function parseJsonText(text: string, file: string, maxChars = MAX_SCENE_CHARS): unknown {
  if (text.length > maxChars) {
    throw new SceneError(file, `file is too large (${(text.length / 1048576).toFixed(1)} MB; at most ${(maxChars / 1048576).toFixed(1)} MB)`, {},
      { code: 'file-too-large', params: { mb: (text.length / 1048576).toFixed(1), max: (maxChars / 1048576).toFixed(1) } });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new SceneError(file, 'file is empty (expected a JSON scene)', {}, { code: 'scene-empty' });
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(body, (key, v) => {
      if (FORBIDDEN_KEYS.has(key) && forbidden === null) forbidden = key;
      return v;
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const { line, column } = errorPlace(body, msg);
    const reason = msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    throw new SceneError(file, `invalid JSON at line ${line}, column ${column}: ${reason}`, { line, column },
      { code: 'scene-json', params: { line, column }, detail: reason });
  }
  if (forbidden !== null) throw new SceneError(file, `the key "${forbidden}" is not allowed in a scene file`, {}, { code: 'scene-forbidden-key', params: { key: forbidden } });
  return value;
}
