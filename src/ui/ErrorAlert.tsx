import { useTranslation } from 'react-i18next';
import { useLode } from '../store';
import { errorSentence } from './messages/formatMessage';

/** Longest text shown (messages may quote untrusted files). */
const MAX_CHARS = 2000;
const cut = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS)}…` : s);

/**
 * The last error (role="alert"), dismissible: the sentence in the user's language, and the
 * technical detail (field path, parser text) smaller beside it. Text only, never HTML.
 */
export function ErrorAlert() {
  const { t, i18n } = useTranslation();
  const error = useLode((s) => s.error);
  const setError = useLode((s) => s.setError);
  if (!error) return null;
  const { sentence, detail } = errorSentence(t, (k) => i18n.exists(k), error);
  return (
    <div className="error" role="alert" data-code={error.code}>
      <span className="error-title">{t('error.title')}</span>
      <span className="error-text">
        {cut(sentence)}
        {detail && <small className="msg-detail">{t('messages.details')}: <code>{cut(detail)}</code></small>}
      </span>
      <button type="button" className="icon" onClick={() => setError(null)} aria-label={t('error.dismiss')}>×</button>
    </div>
  );
}
