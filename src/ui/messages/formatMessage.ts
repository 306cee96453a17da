import type { TFunction } from 'i18next';
import type { Finding, MessageParams, MessagePart } from '../../engine/types';
import type { UserMessage } from '../../io/userMessage';

/** Params whose values are words of the app, translated before filling a template: key → where their translations live. */
const WORD_PARAMS: Record<string, string> = { role: 'role', kind: 'kind', type: 'messages.type', rule: 'messages.rule' };

/** Params with app words translated (a canonical role 'DEPTH' → 'End of hole' / '终孔深度'); data values stay as they are. */
function translateParams(t: TFunction, params: MessageParams): MessageParams {
  const out: MessageParams = { ...params };
  for (const [k, v] of Object.entries(params)) {
    const base = WORD_PARAMS[k];
    if (base && typeof v === 'string') out[k] = t(`${base}.${v}`, { defaultValue: v });
  }
  return out;
}

/** Translated text of one finding part, or null when the code has no template in this build. */
function partText(t: TFunction, exists: (k: string) => boolean, p: MessagePart): string | null {
  const key = `messages.finding.${p.code}`;
  if (!exists(key)) return null;
  const variant = p.variant && exists(`${key}_${p.variant}`) ? `${key}_${p.variant}` : key;
  return t(variant, translateParams(t, p.params));
}

/**
 * A finding's detail in the UI language: the code's template filled with its params (and the
 * further problems of the same row), or the English message when the finding carries no params
 * or its code has no template.
 */
export function findingDetail(t: TFunction, exists: (k: string) => boolean, f: Finding): string {
  if (!f.params) return f.message;
  const parts = [{ code: f.code, variant: f.variant, params: f.params }, ...(f.also ?? [])].map((p) => partText(t, exists, p));
  return parts.every((p) => p !== null) ? parts.join(t('messages.separator')) : f.message;
}

/** An error's sentence in the UI language and its detail (field path or technical text), for the alert. */
export function errorSentence(t: TFunction, exists: (k: string) => boolean, m: UserMessage): { sentence: string; detail?: string } {
  const key = `messages.error.${m.code}`;
  if (!exists(key)) return { sentence: m.text };
  const { others, ...params } = m.params;
  let sentence = t(key, translateParams(t, params));
  if (typeof others === 'number' && others > 0) sentence += ` ${t('messages.more', { n: others })}`;
  // A generic error has only its English text to show: it becomes the detail.
  const detail = m.code === 'generic' ? m.text : m.detail;
  return detail ? { sentence, detail } : { sentence };
}
