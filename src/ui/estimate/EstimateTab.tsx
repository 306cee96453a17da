import { useTranslation } from 'react-i18next';
import type { EstimateSection } from '../../io/scene/schema';
import { useLode, shownElement } from '../../store';
import { blockCount } from '../../engine/grid/blockGrid';
import { formatInteger } from '../format';
import { NumberField, Vec3Field } from '../common/NumberField';
import { VariogramEditor } from './VariogramEditor';
import { SearchEditor } from './SearchEditor';
import { GradeTonnageChart } from '../charts/GradeTonnageChart';
import { MissingGrades } from './MissingGrades';

/** Estimate tab: the scene's estimate parameters (editable) and the Estimate button. */
export function EstimateTab() {
  const { t, i18n } = useTranslation();
  const scene = useLode((s) => s.scene);
  const elements = useLode((s) => s.elements);
  const running = useLode((s) => s.status.running);
  const stale = useLode((s) => s.estimateStale);
  const grid = useLode((s) => s.grid);
  const run = useLode((s) => s.runEstimate);
  const cancel = useLode((s) => s.cancelEstimate);
  const editScene = useLode((s) => s.editScene);
  const est = scene?.estimate;
  if (scene && !est && elements.length === 0) return <MissingGrades scene={scene} />;
  if (!scene || !est) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;

  const edit = (patch: Partial<EstimateSection>) => editScene((s) => ({ ...s, estimate: { ...s.estimate!, ...patch } }));
  const listed = est.elements ?? elements;
  const shown = shownElement(scene);
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
        <NumberField label={t('estimate.density')} value={scene.resources?.density ?? 2.7} min={0.01} max={30}
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
                onChange={(e) => edit({ kriging: e.target.value === 'simple' ? { type: 'simple', mean: meanOf(shown) } : { type: 'ordinary' } })}>
                <option value="ordinary">{t('estimate.ordinary')}</option>
                <option value="simple">{t('estimate.simple')}</option>
              </select>
            </label>
          ) : (
            <NumberField label={t('estimate.idwPower')} value={est.idwPower} min={0.1} onCommit={(v) => edit({ idwPower: v })} disabled={running} />
          )}
          {est.method === 'kriging' && est.kriging.type === 'simple' && (
            <NumberField label={t('estimate.skMean')} value={est.kriging.mean} onCommit={(v) => edit({ kriging: { type: 'simple', mean: v } })} disabled={running} />
          )}
        </div>
      </section>

      {listed.map((el) => <VariogramEditor key={el} element={el} disabled={running} />)}
      <SearchEditor disabled={running} />

      <section>
        <h2>{t('estimate.grid')}</h2>
        {est.grid ? (
          <>
            <Vec3Field label={t('estimate.origin')} names={['X', 'Y', 'Z']} value={est.grid.origin} disabled={running}
              onCommit={(origin) => edit({ grid: { ...est.grid!, origin } })} />
            <Vec3Field label={t('estimate.blockSize')} names={['X', 'Y', 'Z']} value={est.grid.size} min={1e-6} disabled={running}
              onCommit={(size) => edit({ grid: { ...est.grid!, size } })} />
            <Vec3Field label={t('estimate.blockCount')} names={['X', 'Y', 'Z']} value={est.grid.count} min={1} integer disabled={running}
              onCommit={(count) => edit({ grid: { ...est.grid!, count } })} />
          </>
        ) : <p className="muted">{t('estimate.noGrid')}</p>}
        <Vec3Field label={t('estimate.discretization')} names={['X', 'Y', 'Z']} value={est.discretization} min={1} integer disabled={running}
          onCommit={(discretization) => edit({ discretization })} />
      </section>

    </div>
  );
}

/** Mean of an element's samples (starting value for simple kriging). */
function meanOf(element: string | undefined): number {
  const v = element ? useLode.getState().samples?.values[element] : undefined;
  if (!v) return 0;
  let s = 0, n = 0;
  for (const x of v) if (Number.isFinite(x)) { s += x; n++; }
  return n ? Number((s / n).toPrecision(4)) : 0;
}
