import { downloadBlob } from '../files/download';
import { errorSentence } from '../messages/formatMessage';
import './resources.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';
import { storeResourceReport } from '../../store/resourceSlice';
import { reportCsv, type ResourceReport } from '../../pipeline';
import { CLASS_COLOURS } from '../../scene/classColours';
import { CLASS_CODE, boxRegion } from '../../engine/resources';
import { NumberField } from '../common/NumberField';
import { DEFAULT_PRICES, patchResources } from './editResources';
import { formatNumber } from './formatReport';
import { RowsTable } from './ResourceTables';
import { PriceCurveChart } from './PriceCurveChart';
import { reportHtml } from './reportHtml';
import { RegionEditor } from './RegionEditor';

const MASS_UNITS = ['oz', 'g', 'kg', 't', 'lb'];

/** Download text as a file. */
function download(name: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

/** Resources tab: prices, recoveries and costs; breakeven cutoff; classification; cutoff–price curve; region report; exports. */
export function ResourcesTab() {
  const { t, i18n } = useTranslation();
  const scene = useLode((s) => s.scene);
  const blockResources = useLode((s) => s.blockResources);
  const resourceError = useLode((s) => s.resourceError);
  const editScene = useLode((s) => s.editScene);
  const setView = useLode((s) => s.setView);
  const report = useMemo<ResourceReport | null>(() => (blockResources ? storeResourceReport(useLode.getState()) : null), [blockResources]);
  const [regionCutoff, setRegionCutoff] = useState<number | null>(null);
  if (!scene) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;
  const res = scene.resources;
  const elements = scene.estimate?.elements ?? [];
  const lang = i18n.language;
  const f = (v: number | undefined, d = 3) => formatNumber(v, lang, d);
  const edit = (p: Parameters<typeof patchResources>[0]) => editScene(patchResources(p));
  const base = report?.base;
  const be = base ? report?.breakeven[base] : undefined;
  const setCutoff = (c: number) => { useLode.getState().setCutoff(c); void useLode.getState().updateEnvelope(); };
  const all = report?.regions[0];
  const atBreakeven = be !== undefined ? all?.rows.filter((r) => r.cutoff === +be.toPrecision(6)) : undefined;
  const shownCutoff = regionCutoff !== null && report?.cutoffs.includes(regionCutoff) ? regionCutoff : be !== undefined ? +be.toPrecision(6) : report?.cutoffs[0];

  return (
    <div className="tab-body resources-tab">
      <section aria-labelledby="res-econ">
        <h2 id="res-econ">{t('resources.economics')}</h2>
        {!res?.prices && (
          <button type="button" onClick={() => edit(() => ({ prices: Object.fromEntries(elements.filter((e) => DEFAULT_PRICES[e.toUpperCase()]).map((e) => [e, DEFAULT_PRICES[e.toUpperCase()]])) }))}>
            {t('resources.addPrices')}
          </button>
        )}
        {res?.prices && elements.map((el) => {
          const p = res.prices?.[el];
          if (!p) return null;
          const [cur, mass] = p.unit.split('/');
          return (
            <div key={el} className="price-row">
              <NumberField label={`${t('resources.price', { el })} (${p.unit})`} value={p.value} min={0.000001}
                onCommit={(v) => edit((r) => ({ prices: { ...r.prices, [el]: { ...p, value: v } } }))} />
              <label className="field"><span className="visually-hidden">{t('resources.priceUnit', { el })}</span>
                <select aria-label={t('resources.priceUnit', { el })} value={mass.toLowerCase()}
                  onChange={(e) => edit((r) => ({ prices: { ...r.prices, [el]: { ...p, unit: `${cur}/${e.target.value}` } } }))}>
                  {MASS_UNITS.map((m) => <option key={m} value={m}>{cur}/{m}</option>)}
                </select>
              </label>
              <NumberField label={t('resources.recovery', { el })} value={res.recoveries?.[el] ?? 1} min={0} max={1}
                onCommit={(v) => edit((r) => ({ recoveries: { ...r.recoveries, [el]: v } }))} />
            </div>
          );
        })}
        {res?.prices && (['mining', 'processing', 'admin'] as const).map((k) => (
          <NumberField key={k} label={t(`resources.${k}`)} value={res.costs?.[k] ?? 0} min={0}
            onCommit={(v) => edit((r) => ({ costs: { mining: 0, processing: 0, admin: 0, ...r.costs, [k]: v } }))} />
        ))}
        {res?.prices && <NumberField label={t('resources.royalty')} value={res.royalty ?? 0} min={0} max={0.99} onCommit={(v) => edit(() => ({ royalty: v }))} />}
      </section>

      {resourceError && <p role="alert" className="error">{errorSentence(t, (k) => i18n.exists(k), resourceError).sentence}</p>}
      {!report && !resourceError && <p className="muted">{t('resources.noEstimate')}</p>}

      {report && base && be !== undefined && (
        <section aria-labelledby="res-be">
          <h2 id="res-be">{t('resources.breakeven')}</h2>
          <p className="breakeven">
            <strong data-testid="breakeven-cutoff" data-value={be}>{f(be)} {report.units[base]} {base}</strong>
            {' · '}{t('resources.marginal')} <span data-testid="marginal-cutoff">{f(report.marginal[base])} {report.units[base]}</span>
            {' '}<button type="button" className="small" onClick={() => setCutoff(be)}>{t('resources.useCutoff')}</button>
          </p>
          <ul className="compact-list">
            {Object.keys(report.breakeven).filter((e) => e !== base).map((e) => (
              <li key={e}>{e}: {f(report.breakeven[e])} {report.units[e]} ({t('resources.marginal')} {f(report.marginal[e])})</li>
            ))}
          </ul>
          <p className="muted formula">{t('resources.breakevenFormula')}</p>
          {report.equivalent && (
            <p className="formula" data-testid="equivalent-formula">{t('resources.equivalent')}: {t('resources.equivalentFormula', {
              formula: `${report.equivalent.name} = ${Object.entries(report.equivalent.factors).map(([e, k]) => (e === base ? e : `${formatNumber(k, lang, 5)} × ${e}`)).join(' + ')}`,
              base,
            })}</p>
          )}
          <p className="muted formula">{t('resources.valueFormula')}</p>
          <div data-testid="resource-at-breakeven">
            <h3>{t('resources.atBreakeven', { cutoff: f(be), unit: report.cutUnit, el: report.cutElement })}</h3>
            {atBreakeven && <RowsTable report={report} rows={atBreakeven} />}
          </div>
        </section>
      )}

      {report?.classified && (
        <section aria-labelledby="res-class">
          <h2 id="res-class">{t('resources.classification')}</h2>
          <ul className="legend" data-testid="classification-legend">
            {(['measured', 'indicated', 'inferred', 'unclassified'] as const).map((c) => (
              <li key={c} data-class={c}><span className="swatch" style={{ background: CLASS_COLOURS[CLASS_CODE[c]] }} />{t(`resources.class.${c}`)}</li>
            ))}
          </ul>
          <p className="muted">{t('resources.classNote')}</p>
          <div className="button-row">
            <button type="button" className="small" onClick={() => setView({ field: 'class' })}>{t('resources.showClasses')}</button>
            {report.regions[0].rows[0].value === report.regions[0].rows[0].value && (
              <button type="button" className="small" onClick={() => setView({ field: 'ore' })}>{t('resources.showOre')}</button>
            )}
          </div>
        </section>
      )}

      {report && report.priceCurve.length > 0 && (
        <section aria-labelledby="res-curve">
          <h2 id="res-curve">{t('resources.curve')}</h2>
          <PriceCurveChart report={report} title={t('resources.curve')} />
          <p className="muted">{t('resources.curveNote')}</p>
          <table className="data-table" data-testid="price-curve">
            <thead><tr><th>{t('resources.col.price', { currency: report.currency })}</th><th>{t('resources.col.cutoff')}</th><th>{t('resources.col.class')}</th><th>{t('resources.col.tonnes')}</th><th>{t('resources.col.metal', { el: report.base, unit: report.metalUnits[report.base] })}</th></tr></thead>
            <tbody>
              {report.priceCurve.flatMap((p) => p.rows.filter((r) => r.class !== 'unclassified' || r.blocks > 0).map((r) => (
                <tr key={`${p.price}-${r.class}`} className="pickable" onClick={() => setCutoff(p.cutoff)} data-price={p.price}>
                  <td>{f(p.price)}</td><td>{f(p.cutoff)}</td><td>{t(`resources.class.${r.class}`)}</td><td>{f(r.tonnes, 0)}</td><td>{f(r.metal[report.base], 0)}</td>
                </tr>
              )))}
            </tbody>
          </table>
        </section>
      )}

      {report && (
        <section aria-labelledby="res-regions" data-testid="region-report">
          <h2 id="res-regions">{t('resources.regions')}</h2>
          <p className="muted">{t(report.regionRule === 'proportion' ? 'resources.regionRuleProportion' : 'resources.regionRule')}</p>
          <label className="field"><span>{t('resources.regionRuleLabel')}</span>
            <select value={report.regionRule} onChange={(e) => edit(() => ({ regionRule: e.target.value as 'centroid' | 'proportion' }))} data-testid="region-rule">
              {(['centroid', 'proportion'] as const).map((k) => <option key={k} value={k}>{t(`resources.regionRules.${k}`)}</option>)}
            </select>
          </label>
          <label className="field"><span>{t('resources.col.cutoff')} ({report.cutElement})</span>
            <select value={shownCutoff} onChange={(e) => setRegionCutoff(Number(e.target.value))}>
              {report.cutoffs.map((c) => <option key={c} value={c}>{f(c)}</option>)}
            </select>
          </label>
          {report.regions.map((g) => (
            <div key={g.name} className="region" data-region={g.name}>
              <RowsTable report={report} caption={`${g.name === 'All blocks' ? t('resources.allBlocks') : g.name} (${f(g.blocks, 0)} ${t('resources.col.blocks')})`}
                rows={g.rows.filter((r) => r.cutoff === shownCutoff)} />
            </div>
          ))}
          <RegionEditor regions={res?.regions ?? []} onChange={(regions) => edit(() => ({ regions }))} newBox={boxRegion} />
          <div className="button-row">
            <button type="button" className="small" onClick={() => download('resources.csv', reportCsv(report), 'text/csv')}>{t('resources.csv')}</button>
            <button type="button" className="small" onClick={() => {
              const image = document.querySelector<HTMLCanvasElement>('.lode-viewport canvas')?.toDataURL('image/png');
              const svg = document.querySelector('.price-curve')?.outerHTML;
              download('resources.html', reportHtml(report, t, lang, { title: `${t('resources.report')} — ${scene.name ?? ''}`, image, curveSvg: svg }), 'text/html');
            }}>{t('resources.html')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
