import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capEffect } from '../../engine/stats/distribution';
import { shownElement, useLode } from '../../store';
import { gradeUnitOf } from '../../pipeline/gradeUnits';
import { CapField } from './CapField';
import { withCap } from './withCap';
import { HistogramChart } from './HistogramChart';
import { ProbabilityChart } from './ProbabilityChart';
import { SummaryTable, sig4 } from './SummaryTable';
import { useDistributions } from './useDistributions';

/** Statistics tab: summary table, histogram and log-probability plot per element (raw beside composites), and the cap. */
export function StatisticsTab() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const report = useLode((s) => s.report);
  const elements = useLode((s) => s.elements);
  const editScene = useLode((s) => s.editScene);
  const [picked, setPicked] = useState<string | undefined>();
  const element = picked && elements.includes(picked) ? picked : (scene && shownElement(scene)) ?? elements[0];
  const { result, busy, error } = useDistributions(element);
  const cap = element ? scene?.composite?.caps?.[element] : undefined;
  const [preview, setPreview] = useState<number | undefined>(cap);
  useEffect(() => setPreview(cap), [cap, element]);
  const commit = useCallback((v: number | undefined) => {
    if (!element) return;
    setPreview(v);
    editScene((s) => withCap(s, element, v));
  }, [editScene, element]);
  const effect = useMemo(() => (result && preview !== undefined ? capEffect(result.values, result.weights, preview) : null), [result, preview]);
  if (!scene) return <div className="tab-body"><p className="muted">{t('stats.noData')}</p></div>;
  const unit = element ? gradeUnitOf(scene.gradeUnits, element, report ?? undefined) : '';
  const canCap = !!scene.composite;

  return (
    <div className="tab-body">
      <label className="field">
        <span>{t('stats.element')}</span>
        <select value={element ?? ''} onChange={(e) => setPicked(e.target.value)}>
          {elements.map((el) => <option key={el} value={el}>{el}</option>)}
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      {busy && !result && <p className="muted" role="status">{t('stats.computing')}</p>}
      {result && result.element === element && (
        <>
          <SummaryTable result={result} unit={unit} />
          <section>
            <h2>{t('stats.cap')}</h2>
            {canCap ? (
              <>
                <p className="muted">{t('stats.capHint')}</p>
                <div className="button-row">
                  <CapField label={t('stats.cap')} value={preview} onCommit={commit} />
                  <button type="button" className="small" disabled={cap === undefined} onClick={() => commit(undefined)}>{t('stats.capRemove')}</button>
                </div>
                <p data-testid="cap-effect">{effect ? t('stats.capEffect', {
                  n: effect.capped, share: (100 * effect.metalFraction).toFixed(1), before: sig4(effect.meanBefore), after: sig4(effect.meanAfter),
                }) : t('stats.capNone')}</p>
              </>
            ) : <p className="muted">{t('stats.capNeedsComposite')}</p>}
          </section>
          <HistogramChart result={result} unit={unit} cap={preview} canCap={canCap} onCapPreview={setPreview} onCapCommit={commit} />
          <ProbabilityChart result={result} unit={unit} cap={preview} />
        </>
      )}
    </div>
  );
}
