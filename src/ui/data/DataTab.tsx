import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';
import { openSample } from '../../store/boot';
import { OpenFilesButton } from '../files/OpenFilesButton';
import { ValidationReportView } from './ValidationReportView';

/** Data tab: sample scenes, opening files, and the validation report of the data. */
export function DataTab() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh';
  const samples = useLode((s) => s.sampleScenes);
  const report = useLode((s) => s.report);
  const scene = useLode((s) => s.scene);
  return (
    <div className="tab-body">
      <section>
        <h2>{t('data.openSample')}</h2>
        {samples.length === 0 ? <p className="muted">{t('data.noSamples')}</p> : (
          <ul className="sample-list">
            {samples.map((s) => (
              <li key={s.id}>
                <button type="button" className="sample" onClick={() => void openSample(s)}>
                  <span className="sample-name">{(zh && s.nameZh) || s.name}</span>
                  {s.description && <span className="sample-desc">{(zh && s.descriptionZh) || s.description}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('data.openFiles')}</h2>
        <p className="muted">{t('data.dropHint')}</p>
        <OpenFilesButton label={t('data.pickFiles')} accept=".csv,.txt,.dat,.gslib,.json,.lode" />
      </section>
      {scene?.attribution && (
        <section>
          <h2>{t('data.attribution')}</h2>
          <p className="attribution">{scene.attribution}</p>
        </section>
      )}
      {report && <ValidationReportView report={report} />}
    </div>
  );
}
