import { useTranslation } from 'react-i18next';
import { useEllipsoids } from '../../scene/ellipsoidState';

/** Switches the model and search ellipsoids of the 3D view on and off. */
export function EllipsoidToggle() {
  const { t } = useTranslation();
  const show = useEllipsoids((s) => s.show);
  const setShow = useEllipsoids((s) => s.setShow);
  return (
    <section>
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
        {t('variogramPanel.ellipsoids')}
      </label>
      {show && <p className="muted small">{t('variogramPanel.ellipsoidsNote')}</p>}
    </section>
  );
}
