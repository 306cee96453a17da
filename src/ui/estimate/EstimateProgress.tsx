import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';

/** Progress of a running estimate (role="progressbar") with a Cancel button. */
export function EstimateProgress() {
  const { t } = useTranslation();
  const status = useLode((s) => s.status);
  const cancel = useLode((s) => s.cancelEstimate);
  if (!status.running) return null;
  const pct = Math.round(status.progress * 100);
  return (
    <div className="progress-card">
      <span>{t('estimate.running')}</span>
      <div className="progress" role="progressbar" aria-label={t('estimate.progress')}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-pct">{pct}%</span>
      <button type="button" onClick={cancel}>{t('estimate.cancel')}</button>
    </div>
  );
}
