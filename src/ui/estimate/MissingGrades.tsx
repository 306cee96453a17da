import { useTranslation } from 'react-i18next';
import type { Scene } from '../../io/scene/schema';

/** Shown instead of the estimate when the data hold no grades: names the table that is missing. */
export function MissingGrades({ scene }: { scene: Scene }) {
  const { t } = useTranslation();
  const d = scene.data;
  return (
    <div className="tab-body">
      <div className="estimate-actions">
        <button type="button" className="primary" disabled>{t('estimate.run')}</button>
      </div>
      <section role="note" aria-label={t('importing.noGrades.title')} className="note">
        <h2>{t('importing.noGrades.title')}</h2>
        <p>{t(d.assays ? 'importing.noGrades.numeric' : 'importing.noGrades.assays')}</p>
        {!d.assays && !d.surveys && d.collars && <p>{t('importing.noGrades.surveys')}</p>}
      </section>
    </div>
  );
}
