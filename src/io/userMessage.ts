import type { MessageParams } from '../engine/types';

/**
 * A message for the user: a stable `code` the UI translates (filling `params`), the same
 * sentence in English (`text`, what the CLI prints and the UI's fallback), and a technical
 * `detail` shown small beside it (a field path such as "estimate.elements").
 */
export interface UserMessage { code: string; params: MessageParams; text: string; detail?: string }

/** The code given to errors that carry none (the UI shows a generic sentence and the English text as detail). */
export const GENERIC_CODE = 'generic';

/**
 * An error with a message code: `message` stays the one English line (CLI), `code` and
 * `params` let the UI say the same in the user's language; `detail` is the field path.
 */
export class CodedError extends Error {
  readonly code: string;
  readonly params: MessageParams;
  readonly detail?: string;

  constructor(message: string, code: string, params: MessageParams = {}, detail?: string) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    this.params = params;
    if (detail !== undefined) this.detail = detail;
  }
}

/** The code, params and detail of anything thrown that carries them (CodedError, ImportError, InputError, SceneError), else null. */
export function codeOf(e: unknown): { code: string; params: MessageParams; detail?: string } | null {
  if (typeof e !== 'object' || e === null) return null;
  const { code, params, detail } = e as { code?: unknown; params?: unknown; detail?: unknown };
  if (typeof code !== 'string' || typeof params !== 'object' || params === null) return null;
  return typeof detail === 'string' ? { code, params: params as MessageParams, detail } : { code, params: params as MessageParams };
}

/** A UserMessage for anything thrown; errors without a code get GENERIC_CODE with their English text. */
export function toUserMessage(e: unknown): UserMessage {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : String(e);
  const c = codeOf(e);
  return c ? { ...c, text } : { code: GENERIC_CODE, params: {}, text };
}
