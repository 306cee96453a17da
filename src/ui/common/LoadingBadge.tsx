import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';

/** A small badge while a scene or its data loads. */
export function LoadingBadge() {
  const { t } = useTranslation();
  const loading = useLode((s) => s.loading);
  const envelopeBusy = useLode((s) => s.envelopeBusy);
  if (!loading && !envelopeBusy) return null;
  return <div className="badge" role="status">{t(loading ?? 'loading.envelope')}</div>;
}
