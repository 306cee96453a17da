import { useTranslation } from 'react-i18next';
import type { ViewSection } from '../../io/scene/schema';
import { useLode, viewOf } from '../../store';
import { SectionControls, centredSection } from './SectionControls';
import { SurfacesControls } from './SurfacesControls';
import { dataBounds } from '../../scene/bounds';

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
  const holes = useLode((s) => s.holes);
  if (!scene) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;
  const view = viewOf(scene);
  const shownList = scene.estimate?.elements ?? elements;
  // Sections open an orthographic section; 3D and plan views leave it first (the 3D camera comes back, then moves).
  const preset = (p: (typeof PRESETS)[number]) => {
    const section = view.section ?? { enabled: false, axis: 'x' as const, position: 0, azimuth: 45 };
    if (p === 'sectionNS' || p === 'sectionEW') { setView({ section: centredSection(section, p === 'sectionNS' ? 'x' : 'y', dataBounds(holes, samples, grid)) }); return; }
    if (p !== 'fit' && section.enabled) { setView({ section: { ...section, enabled: false } }); setTimeout(() => command(p), 100); return; }
    command(p);
  };

  return (
    <div className="tab-body">
      <section>
        <h2>{t('view.camera')}</h2>
        <div className="button-row">
          {PRESETS.map((p) => <button key={p} type="button" className="small" onClick={() => preset(p)}>{t(`preset.${p}`)}</button>)}
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

      <SectionControls />

      <SurfacesControls />

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
