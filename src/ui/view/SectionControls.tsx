import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { slabFrame } from '../../engine/section/slab';
import type { SectionView } from '../../io/scene/schemaSection';
import { useLode } from '../../store';
import { dataBounds } from '../../scene/bounds';
import { steppedSection } from '../../scene/sectionStep';
import { positionRange, resolveSection } from '../../scene/useSection';

const AXES: SectionView['axis'][] = ['x', 'y', 'z', 'azimuth'];
const DEFAULT: SectionView = { enabled: false, axis: 'x', position: 0, azimuth: 45 };

/** The section a kind of section starts at: the middle of the data along its normal. */
export function centredSection(base: SectionView, axis: SectionView['axis'], bounds: Parameters<typeof positionRange>[1]): SectionView {
  const frame = slabFrame({ ...base, axis, width: 1 });
  const [lo, hi] = positionRange(frame, bounds);
  return { ...base, axis, enabled: true, position: Math.round((lo + hi) / 2) };
}

/** View tab: the section: on/off, kind (N–S, E–W, plan, azimuth), position, azimuth, slab width, step. */
export function SectionControls() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const setView = useLode((s) => s.setView);
  const grid = useLode((s) => s.grid);
  const holes = useLode((s) => s.holes);
  const samples = useLode((s) => s.samples);
  const bounds = useMemo(() => dataBounds(holes, samples, grid), [holes, samples, grid]);
  const section = scene?.view?.section ?? DEFAULT;
  const active = resolveSection({ ...section, enabled: true }, grid, bounds)!;
  const [lo, hi] = positionRange(active.frame, bounds);
  const unit = scene?.units ?? 'm';
  const set = (patch: Partial<SectionView>) => setView({ section: { ...section, ...patch } });
  const optional = (v: string) => (v.trim() === '' || !(Number(v) > 0) ? undefined : Number(v));

  return (
    <section>
      <h2>{t('view.section')}</h2>
      <label className="check">
        <input type="checkbox" checked={section.enabled} aria-label={t('section.on')}
          onChange={(e) => setView({ section: e.target.checked && !(section.position >= lo && section.position <= hi) ? centredSection(section, section.axis, bounds) : { ...section, enabled: e.target.checked } })} />
        {t('section.on')}
      </label>
      <div className="segmented" role="radiogroup" aria-label={t('view.sectionAxis')}>
        {AXES.map((a) => (
          <label key={a} className={section.axis === a ? 'seg active' : 'seg'}>
            <input type="radio" name="section-axis" checked={section.axis === a} onChange={() => setView({ section: centredSection(section, a, bounds) })} />
            {t(`section.axis.${a}`)}
          </label>
        ))}
      </div>
      {section.axis === 'azimuth' && (
        <label className="field">
          <span>{t('section.azimuth')}</span>
          <input type="number" min={0} max={360} step={5} value={section.azimuth} aria-label={t('section.azimuth')}
            onChange={(e) => { const v = Number(e.target.value); if (v >= 0 && v <= 360) setView({ section: centredSection({ ...section, azimuth: v }, 'azimuth', bounds) }); }} />
        </label>
      )}
      <label className="field">
        <span>{t('view.sectionPosition', { value: Math.round(section.position) })}</span>
        <input type="range" aria-label={t('view.sectionSlider')} min={lo} max={hi} step={(hi - lo) / 200 || 1}
          value={Math.min(hi, Math.max(lo, section.position))} disabled={!section.enabled}
          onChange={(e) => set({ position: Number(e.target.value) })} />
      </label>
      <div className="button-row">
        <button type="button" className="small" disabled={!section.enabled} onClick={() => setView({ section: steppedSection(section, active.step, -1) })}>
          {t('section.back', { step: active.step, unit })}
        </button>
        <button type="button" className="small" disabled={!section.enabled} onClick={() => setView({ section: steppedSection(section, active.step, 1) })}>
          {t('section.forward', { step: active.step, unit })}
        </button>
      </div>
      <label className="field">
        <span>{t('section.width', { unit })}</span>
        <input type="number" min={0} step="any" value={section.width ?? ''} placeholder={t('section.auto', { value: active.width })}
          aria-label={t('section.width', { unit })} onChange={(e) => set({ width: optional(e.target.value) })} />
      </label>
      <label className="field">
        <span>{t('section.step', { unit })}</span>
        <input type="number" min={0} step="any" value={section.step ?? ''} placeholder={t('section.auto', { value: active.step })}
          aria-label={t('section.step', { unit })} onChange={(e) => set({ step: optional(e.target.value) })} />
      </label>
    </section>
  );
}
