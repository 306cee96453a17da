import { useTranslation } from 'react-i18next';
import type { ViewSection } from '../../io/scene/schema';
import { useLode, viewOf } from '../../store';
import { sectionExtent } from './sectionExtent';

const FIELDS: ViewSection['field'][] = ['estimate', 'variance', 'slope', 'samples', 'pass'];
/** Resource fields, listed when the scene's resources give what they need. */
const RESOURCE_FIELDS: ViewSection['field'][] = ['class', 'ore', 'value', 'equivalent'];
const COLORMAPS: ViewSection['colormap'][] = ['viridis', 'magma', 'inferno', 'plasma', 'cividis', 'turbo'];
const LAYERS = ['drillholes', 'blocks', 'envelope', 'labels', 'axes'] as const;
const PRESETS = ['fit', 'iso', 'plan', 'sectionNS', 'sectionEW'] as const;

/** View tab: field and colours, layers, section plane, vertical exaggeration, camera presets. */
export function ViewTab() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const elements = useLode((s) => s.elements);
  const setView = useLode((s) => s.setView);
  const command = useLode((s) => s.command);
  const grid = useLode((s) => s.grid);
  const samples = useLode((s) => s.samples);
  if (!scene) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;
  const view = viewOf(scene);
  const section = view.section ?? { enabled: false, axis: 'x' as const, position: 0 };
  const [smin, smax] = sectionExtent(section.axis, grid, samples);
  const shownList = scene.estimate?.elements ?? elements;

  return (
    <div className="tab-body">
      <section>
        <h2>{t('view.camera')}</h2>
        <div className="button-row">
          {PRESETS.map((p) => <button key={p} type="button" className="small" onClick={() => command(p)}>{t(`preset.${p}`)}</button>)}
        </div>
      </section>

      <section>
        <h2>{t('view.colouring')}</h2>
        <label className="field">
          <span>{t('view.element')}</span>
          <select value={view.element ?? ''} onChange={(e) => setView({ element: e.target.value })}>
            {shownList.map((el) => <option key={el} value={el}>{el}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('view.field')}</span>
          <select value={view.field} onChange={(e) => setView({ field: e.target.value as ViewSection['field'] })}>
            {FIELDS.map((f) => <option key={f} value={f}>{t(`field.${f}`)}</option>)}
            {RESOURCE_FIELDS.filter((f) => f === 'class' ? scene.resources?.classification : f === 'equivalent' ? scene.resources?.equivalent : scene.resources?.prices)
              .map((f) => <option key={f} value={f}>{t(`resources.field.${f}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('view.colormap')}</span>
          <select value={view.colormap} onChange={(e) => setView({ colormap: e.target.value as ViewSection['colormap'] })}>
            {COLORMAPS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </section>

      <section>
        <h2>{t('view.layers')}</h2>
        <div className="checks">
          {LAYERS.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={view.visible[k]} onChange={(e) => setView({ visible: { ...view.visible, [k]: e.target.checked } })} />
              {t(`layer.${k}`)}
            </label>
          ))}
        </div>
        <label className="field">
          <span>{t('view.envelopeOpacity')}</span>
          <input type="range" min={0} max={1} step={0.05} value={view.envelopeOpacity}
            onChange={(e) => setView({ envelopeOpacity: Number(e.target.value) })} />
        </label>
        <label className="field">
          <span>{t('view.envelopeColor')}</span>
          <input type="color" value={view.envelopeColor} onChange={(e) => setView({ envelopeColor: e.target.value })} />
        </label>
      </section>

      <section>
        <h2>{t('view.section')}</h2>
        <label className="check">
          <input type="checkbox" checked={section.enabled}
            onChange={(e) => setView({ section: { ...section, enabled: e.target.checked, position: clamp(section.position, smin, smax) } })} />
          {t('view.sectionOn')}
        </label>
        <div className="segmented" role="radiogroup" aria-label={t('view.sectionAxis')}>
          {(['x', 'y', 'z'] as const).map((a) => (
            <label key={a} className={section.axis === a ? 'seg active' : 'seg'}>
              <input type="radio" name="section-axis" checked={section.axis === a} onChange={() => {
                const [lo, hi] = sectionExtent(a, grid, samples);
                setView({ section: { ...section, axis: a, position: (lo + hi) / 2 } });
              }} />
              {a.toUpperCase()}
            </label>
          ))}
        </div>
        <label className="field">
          <span>{t('view.sectionPosition', { value: Math.round(section.position) })}</span>
          <input type="range" aria-label={t('view.sectionSlider')} min={smin} max={smax} step={(smax - smin) / 200 || 1}
            value={clamp(section.position, smin, smax)} disabled={!section.enabled}
            onChange={(e) => setView({ section: { ...section, position: Number(e.target.value) } })} />
        </label>
      </section>

      <section>
        <h2>{t('view.exaggeration')}</h2>
        <label className="field">
          <span>{t('view.exaggerationValue', { value: view.verticalExaggeration })}</span>
          <input type="range" min={1} max={10} step={0.5} value={view.verticalExaggeration}
            aria-label={t('view.exaggeration')}
            onChange={(e) => setView({ verticalExaggeration: Number(e.target.value) })} />
        </label>
      </section>
    </div>
  );
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
