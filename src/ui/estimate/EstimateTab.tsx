import { useTranslation } from 'react-i18next';
import type { EstimateSection } from '../../io/scene/schema';
import { useLode } from '../../store';
import { blockCount } from '../../engine/grid/blockGrid';
import { densityOf } from '../../pipeline/resourceBasis';
import { formatInteger } from '../format';
import { NumberField, Vec3Field } from '../common/NumberField';
import { VariogramEditor } from '../variogram/VariogramEditor';
import { SearchEditor } from './SearchEditor';
import { GradeTonnageChart } from '../charts/GradeTonnageChart';
import { discretizationFor } from '../../pipeline/planEstimate';
import { modelWarnings } from '../../pipeline/estimateDiagnostics';
import { MissingGrades } from './MissingGrades';
import { DomainsSection } from '../domains/DomainsSection';

/** Estimate tab: the scene's estimate parameters (editable) and the Estimate button. */
export function EstimateTab() {
  const { t, i18n } = useTranslation();
  const scene = useLode((s) => s.scene);
  const elements = useLode((s) => s.elements);
  const running = useLode((s) => s.status.running);
  const stale = useLode((s) => s.estimateStale);
  const grid = useLode((s) => s.grid);
  const plan = useLode((s) => s.plan);
  const run = useLode((s) => s.runEstimate);
  const cancel = useLode((s) => s.cancelEstimate);
  const editScene = useLode((s) => s.editScene);
  const est = scene?.estimate;
  // The simple-kriging mean each element uses: the plan's (as `lode estimate` prints it).
  const skMeans = est?.kriging.type === 'simple' ? (plan?.elements ?? []).map((p) => ({ el: p.element, kriging: p.kriging, source: p.meanSource })) : [];
  if (scene && elements.length === 0) return <MissingGrades scene={scene} />;
  if (!scene || !est) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;

  const edit = (patch: Partial<EstimateSection>) => editScene((s) => ({ ...s, estimate: { ...s.estimate!, ...patch } }));
  const listed = est.elements ?? elements;
  const toggle = (el: string, on: boolean) => {
    const next = on ? [...listed.filter((e) => e !== el), el] : listed.filter((e) => e !== el);
    if (next.length > 0) edit({ elements: elements.filter((e) => next.includes(e)) });
  };

  return (
    <div className="tab-body">
      <div className="estimate-actions">
        <button type="button" className="primary" onClick={() => void run()} disabled={running}>{t('estimate.run')}</button>
        {running && <button type="button" onClick={cancel}>{t('estimate.cancel')}</button>}
        {grid && <span className="muted">{t('estimate.blocks', { count: blockCount(grid), n: formatInteger(blockCount(grid), i18n.language) })}</span>}
      </div>
      {stale && <p className="note">{t('estimate.stale')}</p>}

      <section>
        <h2>{t('estimate.resources')}</h2>
        <NumberField label={t('estimate.density')} value={densityOf(scene)} min={0.01} max={30}
          onCommit={(density) => editScene((s) => ({ ...s, resources: { ...s.resources, density } }))} />
        <GradeTonnageChart />
      </section>

      <section>
        <h2>{t('estimate.elements')}</h2>
        <div className="checks">
          {elements.map((el) => (
            <label key={el} className="check">
              <input type="checkbox" checked={listed.includes(el)} disabled={running} onChange={(e) => toggle(el, e.target.checked)} />
              {el}
            </label>
          ))}
        </div>
      </section>

      <DomainsSection />

      <section>
        <h2>{t('estimate.method')}</h2>
        <div className="row">
          <label className="field">
            <span>{t('estimate.method')}</span>
            <select value={est.method} disabled={running} onChange={(e) => edit({ method: e.target.value as EstimateSection['method'] })}>
              <option value="kriging">{t('estimate.kriging')}</option>
              <option value="idw">{t('estimate.idw')}</option>
            </select>
          </label>
          {est.method === 'kriging' ? (
            <label className="field">
              <span>{t('estimate.krigingType')}</span>
              <select value={est.kriging.type} disabled={running}
                onChange={(e) => edit({ kriging: e.target.value === 'simple' ? { type: 'simple' } : { type: 'ordinary' } })}>
                <option value="ordinary">{t('estimate.ordinary')}</option>
                <option value="simple">{t('estimate.simple')}</option>
              </select>
            </label>
          ) : (
            <NumberField label={t('estimate.idwPower')} value={est.idwPower} min={0.1} onCommit={(v) => edit({ idwPower: v })} disabled={running} />
          )}
        </div>
        {est.method === 'kriging' && skMeans.map((k) => {
          const el = k.el;
          const mean = k.kriging.type === 'simple' ? Number(k.kriging.mean.toPrecision(6)) : NaN;
          const given = est.kriging.type === 'simple' ? est.kriging.mean : undefined;
          const setMean = (v: number) => edit({ kriging: { type: 'simple', mean: { ...(typeof given === 'number' ? Object.fromEntries(listed.map((e) => [e, given])) : given), [el]: v } } });
          return (
            <div className="row" key={el} data-testid={`sk-mean-${el}`}>
              <NumberField label={t('diagnostics.skMeanOf', { element: el })} value={mean} onCommit={setMean} disabled={running} />
              <span className="muted">{k.source === 'declustered' ? t('diagnostics.skMeanDeclustered') : t('diagnostics.skMeanScene')}</span>
            </div>
          );
        })}
      </section>

      {est.method === 'kriging' && listed.map((el) => {
        const model = est.variograms[el];
        return model ? modelWarnings(model).map((w) => (
          <p className="note" role="note" key={`${el}-${w.code}`}>{t('diagnostics.gaussianNugget', { element: el, share: `${(100 * w.nuggetShare).toPrecision(2)} %` })}</p>
        )) : null;
      })}
      {listed.map((el) => <VariogramEditor key={el} element={el} disabled={running} />)}
      <SearchEditor disabled={running} />

      <section>
        <h2>{t('estimate.grid')}</h2>
        {grid ? (
          <>
            <Vec3Field label={t('estimate.origin')} names={['X', 'Y', 'Z']} value={grid.origin} disabled={running}
              onCommit={(origin) => edit({ grid: { ...grid, origin } })} />
            <Vec3Field label={t('estimate.blockSize')} names={['X', 'Y', 'Z']} value={grid.size} min={1e-6} disabled={running}
              onCommit={(size) => edit({ grid: { ...grid, size } })} />
            <Vec3Field label={t('estimate.blockCount')} names={['X', 'Y', 'Z']} value={grid.count} min={1} integer disabled={running}
              onCommit={(count) => edit({ grid: { ...grid, count } })} />
          </>
        ) : <p className="muted">{t('estimate.noGrid')}</p>}
        <Vec3Field label={t('estimate.discretization')} names={['X', 'Y', 'Z']} value={plan?.elements[0]?.discretization ?? (grid ? discretizationFor(scene, grid) : [1, 1, 1])} min={1} integer disabled={running}
          onCommit={(discretization) => edit({ discretization })} />
        {!est.discretization && <p className="muted">{t('diagnostics.discretizationDerived')}</p>}
      </section>

    </div>
  );
}
