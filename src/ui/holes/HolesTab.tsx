import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';
import { InterceptsPanel } from './InterceptsPanel';
import { MapPanel } from './MapPanel';
import { StripLogPanel } from './StripLogPanel';
import './holes.css';

/** Holes tab: significant intercepts, a strip log of one hole, and map images under the holes. */
export function HolesTab() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  if (!scene) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;
  return (
    <div className="tab-body">
      <section><h2>{t('holes.intercepts.title')}</h2><InterceptsPanel /></section>
      <section><h2>{t('holes.strip.title')}</h2><StripLogPanel /></section>
      <section><h2>{t('holes.maps.title')}</h2><MapPanel /></section>
    </div>
  );
}
