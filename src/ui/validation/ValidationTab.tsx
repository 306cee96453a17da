import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SWATH_AXES, defaultSwathWidth, type SwathAxis } from '../../engine/stats/swathTable';
import type { ViewSection } from '../../io/scene/schema';
import { shownElement, useLode } from '../../store';
import { gradeUnitOf } from '../../pipeline/gradeUnits';
import { ScatterChart } from './ScatterChart';
import { SwathChart } from './SwathChart';
import { XvalStats, sig } from './XvalStats';
import { useGlobalComparison, useSwath } from './useSwath';
import { useValidation } from './validationState';

const WEAK_FIELDS: ViewSection['field'][] = ['variance', 'slope', 'samples'];

/** Validation tab: cross-validation (statistics and scatter), swath plots, global comparison, and block colouring by estimate quality. */
export function ValidationTab() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const report = useLode((s) => s.report);
  const data = useLode((s) => s.data);
  const grid = useLode((s) => s.grid);
  const elements = useLode((s) => s.elements);
  const setView = useLode((s) => s.setView);
  const v = useValidation();
  const [picked, setPicked] = useState<string | undefined>();
  const [axis, setAxis] = useState<SwathAxis>('X');
  const [width, setWidth] = useState<number | undefined>();
  const listed = scene?.estimate?.elements ?? elements;
  const element = picked && listed.includes(picked) ? picked : (scene && shownElement(scene)) ?? listed[0];
  const [leaveHoleOut, setLeaveHoleOut] = useState<boolean>(scene?.estimate?.crossValidation?.leaveHoleOut ?? false);
  const swath = useSwath(element, axis, width);
  const global = useGlobalComparison(element);
  if (!scene || !data || !element) return <div className="tab-body"><p className="muted">{t('validation.noScene')}</p></div>;
  const unit = gradeUnitOf(scene.gradeUnits, element, report ?? undefined);
  const lengthUnit = scene.units ?? 'm';
  const run = v.run && v.run.element === element && v.run.data === data ? v.run : null;
  const max = scene.estimate?.crossValidation?.max;

  return (
    <div className="tab-body">
      <label className="field">
        <span>{t('validation.element')}</span>
        <select value={element} onChange={(e) => setPicked(e.target.value)}>
          {listed.map((el) => <option key={el} value={el}>{el}</option>)}
        </select>
      </label>

      <section>
        <h2>{t('validation.xval')}</h2>
        <label className="check"><input type="checkbox" checked={leaveHoleOut} onChange={(e) => setLeaveHoleOut(e.target.checked)} /> {t('validation.leaveHoleOut')}</label>
        <div className="button-row">
          <button type="button" disabled={v.running} onClick={() => void v.crossValidate(scene, data, element, leaveHoleOut)}>{t('validation.run')}</button>
          {v.running && <span role="status">{t('validation.running', { pct: Math.round(100 * v.progress) })}</span>}
        </div>
        {v.error && <p role="alert">{v.error}</p>}
        {run && (
          <>
            <p className="muted">{run.leaveHoleOut ? t('validation.leaveHoleOutShort') : t('validation.leaveOneOut')}{run.max ? ` · ${t('validation.limited', { max: run.max })}` : ''}</p>
            <XvalStats summary={run.result.summary} />
            <ScatterChart result={run.result} element={element} unit={unit} />
          </>
        )}
        {!run && max ? <p className="muted">{t('validation.limited', { max })}</p> : null}
      </section>

      <section>
        <h2>{t('validation.global')}</h2>
        {global ? (
          <table className="grid-table" data-testid="global-comparison">
            <tbody>
              <tr><th scope="row">{t('validation.declustered')}</th><td className="num">{sig(global.declustered)} {unit}</td></tr>
              <tr><th scope="row">{t('validation.blockMeanGlobal')}</th><td className="num">{sig(global.blocks)} {unit}</td></tr>
              <tr><th scope="row">{t('validation.difference')}</th><td className="num">{sig(100 * (global.blocks / global.declustered - 1))} %</td></tr>
            </tbody>
          </table>
        ) : <p className="muted">{t('validation.needEstimate')}</p>}
      </section>

      <section>
        <div className="button-row">
          <label className="field">
            <span>{t('validation.axis')}</span>
            <select value={axis} onChange={(e) => setAxis(e.target.value as SwathAxis)}>
              {SWATH_AXES.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          </label>
          {grid && (
            <label className="field">
              <span>{t('validation.width', { unit: lengthUnit })}</span>
              <input type="number" min={0} step="any" value={width ?? defaultSwathWidth(grid, axis)}
                onChange={(e) => { const w = Number(e.target.value); setWidth(w > 0 ? w : undefined); }} />
            </label>
          )}
        </div>
        {swath ? <SwathChart table={swath} element={element} axis={axis} unit={unit} lengthUnit={lengthUnit} /> : <p className="muted">{t('validation.needEstimate')}</p>}
      </section>

      <section>
        <h2>{t('validation.weak')}</h2>
        <div className="button-row" role="group" aria-label={t('validation.colourBy')}>
          {WEAK_FIELDS.map((f) => (
            <button key={f} type="button" className="small" aria-pressed={scene.view?.field === f} onClick={() => setView({ field: f, element })}>{t(`field.${f}`)}</button>
          ))}
          <button type="button" className="small" aria-pressed={(scene.view?.field ?? 'estimate') === 'estimate'} onClick={() => setView({ field: 'estimate' })}>{t('field.estimate')}</button>
        </div>
      </section>
    </div>
  );
}
