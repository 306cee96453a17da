import { useTranslation } from 'react-i18next';
import { ELLIPSOID_ANCHORS, useEllipsoids, type EllipsoidAnchor } from '../../scene/ellipsoidState';
import { useLode } from '../../store';

/** Switches the model and search ellipsoids of the 3D view on and off, and chooses where they are drawn. */
export function EllipsoidToggle() {
  const { t } = useTranslation();
  const show = useEllipsoids((s) => s.show);
  const anchor = useEllipsoids((s) => s.anchor);
  const { setShow, setAnchor } = useEllipsoids.getState();
  const picked = useLode((s) => s.selection?.kind === 'block' || s.selection?.kind === 'sample');
  const sectionOn = useLode((s) => s.scene?.view?.section?.enabled ?? false);
  return (
    <section>
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
        {t('variogramPanel.ellipsoids')}
      </label>
      {show && (
        <>
          <label className="field">
            <span>{t('variogramPanel.ellipsoidsAt')}</span>
            <select value={anchor} onChange={(e) => setAnchor(e.target.value as EllipsoidAnchor)} data-testid="ellipsoid-anchor">
              {ELLIPSOID_ANCHORS.map((a) => <option key={a} value={a}>{t(`variogramPanel.ellipsoidsAnchors.${a}`)}</option>)}
            </select>
          </label>
          <p className="muted small">{t('variogramPanel.ellipsoidsNote')}</p>
          {anchor === 'selection' && !picked && <p className="muted small">{t('variogramPanel.ellipsoidsNoSelection')}</p>}
          {anchor === 'section' && !sectionOn && <p className="muted small">{t('variogramPanel.ellipsoidsNoSection')}</p>}
        </>
      )}
    </section>
  );
}
