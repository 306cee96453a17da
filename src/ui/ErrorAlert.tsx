import { useTranslation } from 'react-i18next';
import { useLode } from '../store';

/** The last error (role="alert"), dismissible. Text only: messages may quote untrusted files. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useLode((s) => s.error);
  const setError = useLode((s) => s.setError);
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <span className="error-title">{t('error.title')}</span>
      <span className="error-text">{error.length > 2000 ? `${error.slice(0, 2000)}…` : error}</span>
      <button type="button" className="icon" onClick={() => setError(null)} aria-label={t('error.dismiss')}>×</button>
    </div>
  );
}
