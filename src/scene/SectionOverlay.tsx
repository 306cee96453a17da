import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { labelWidth, sectionTicks } from './sectionTicks';
import { BOTTOM_LABEL_ROW, TOP_CAPTION_ROW } from './sectionInsets';
import { isTyping, stepKey, steppedSection } from './sectionStep';
import { useSectionViewport } from './sectionViewport';
import { useSceneStoreApi, useUnits } from './useSceneData';
import { useSection } from './useSection';
import { useSlabContent } from './useSlabContent';

const num = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 1 });
const LOOKING = { x: 'W', y: 'N', z: 'down', azimuth: 'az' } as const;
const GRID = 'rgba(200, 215, 230, 0.22)';
const TICK_TEXT = { fontSize: 11, fill: '#d8dde3', paintOrder: 'stroke', stroke: '#000', strokeWidth: 2.5 } as const;

/**
 * HTML over the canvas while a section is shown: the coordinate grid with labelled ticks that never
 * overlap (sectionTicks), the section's name, position, slab and viewing direction, what lies in
 * the slab, and back/forward buttons (keys [ and ], PageDown/PageUp) stepping by the section's step.
 */
export function SectionOverlay() {
  const { t } = useTranslation();
  const api = useSceneStoreApi();
  const section = useSection();
  const content = useSlabContent();
  const viewport = useSectionViewport((s) => s.viewport);
  const unit = useUnits();

  const step = (dir: number) => {
    if (!section) return;
    api.getState().setView({ section: steppedSection(section.view, section.step, dir) });
  };
  useEffect(() => {
    if (!section) return;
    const onKey = (e: KeyboardEvent) => {
      const dir = stepKey(e.key);
      if (!dir || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      step(dir);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!section) return null;

  const v = section.view;
  const az = Math.round(v.azimuth);
  const title = t(`section.kind.${v.axis}`, { azimuth: String(az).padStart(3, '0') });
  const at = t(`section.at.${v.axis}`, { value: num(v.position), unit, normal: String((az + 90) % 360).padStart(3, '0') });
  const dir = v.axis === 'azimuth' ? t('section.dirs.az', { azimuth: String((az + 270) % 360).padStart(3, '0') }) : t(`section.dirs.${LOOKING[v.axis]}`);
  const stepText = { step: num(section.step), unit };

  let grid = null;
  if (viewport) {
    const h = viewport.height, w = viewport.width;
    const us = sectionTicks(viewport.uMin, viewport.uMax, w, 'width');
    const vs = sectionTicks(viewport.vMin, viewport.vMax, h, 'height');
    // The corner belongs to the left column: bottom labels that would run into it are left out.
    const vColumn = 6 + Math.max(0, ...vs.labels.map(labelWidth)) + 4;
    grid = (
      <svg width={w} height={h} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }} aria-label={t('section.grid')} data-testid="section-grid">
        {us.px.map((x, i) => <line key={`u${i}`} x1={x} x2={x} y1={0} y2={h} stroke={GRID} />)}
        {vs.px.map((y, i) => <line key={`v${i}`} x1={0} x2={w} y1={h - y} y2={h - y} stroke={GRID} />)}
        {us.px.map((x, i) => (x - labelWidth(us.labels[i]) / 2 > vColumn ? <text key={`ut${i}`} x={x} y={h - 6} textAnchor="middle" {...TICK_TEXT}>{us.labels[i]}</text> : null))}
        {vs.px.map((y, i) => (y > BOTTOM_LABEL_ROW && y < h - TOP_CAPTION_ROW ? <text key={`vt${i}`} x={6} y={h - y - 3} {...TICK_TEXT}>{vs.labels[i]}</text> : null))}
        <text x={w - 12} y={h - 22} textAnchor="end" {...TICK_TEXT}>{t(`section.uAxis.${v.axis}`, { unit, azimuth: String(az).padStart(3, '0') })} →</text>
        <text x={6} y={14} {...TICK_TEXT}>↑ {t(`section.vAxis.${v.axis}`, { unit })}</text>
      </svg>
    );
  }
  return (
    <>
      {grid}
      <div className="lode-section-info" data-testid="section-info" data-intervals={content?.intervals ?? 0} data-holes={content?.holes.length ?? 0}
        style={{ position: 'absolute', right: 12, top: 10, padding: '6px 10px', background: 'rgba(20, 24, 30, 0.82)', borderRadius: 6, color: '#e8e8e8', font: '12px system-ui, sans-serif', lineHeight: 1.45 }}>
        <div style={{ fontWeight: 600 }}>
          <span data-testid="section-title">{title}</span> · <span data-testid="section-position">{at}</span>
        </div>
        <div className="muted">
          {t('section.slab', { half: num(section.width / 2), unit })} · {t('section.looking', { dir })}
        </div>
        {content && <div className="muted" data-testid="section-content">{t('section.content', { holes: content.holes.length, intervals: content.intervals })}</div>}
        <div className="button-row" style={{ marginTop: 4 }} title={t('section.keys')}>
          <button type="button" className="small" onClick={() => step(-1)} aria-label={t('section.back', stepText)}>◀ −{num(section.step)}</button>
          <button type="button" className="small" onClick={() => step(1)} aria-label={t('section.forward', stepText)}>+{num(section.step)} ▶</button>
        </div>
      </div>
    </>
  );
}
