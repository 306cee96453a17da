import { useTranslation } from 'react-i18next';
import { colormapGradient, type ColormapName } from './colormaps';
import { formatTick } from './ticks';
import { useGradeUnit, useSceneStore, useView } from './useSceneData';
import { useColorRanges } from './colorRanges';

export interface ColorBarProps {
  /** What the colours show, e.g. "AU" or "Kriging variance" (plain text). */
  title: string;
  unit?: string;
  range: [number, number] | null;
  colormap: ColormapName;
}

/** A horizontal colour bar with the range ends and unit (HTML). */
export function ColorBar({ title, unit, range, colormap }: ColorBarProps) {
  // Decimals enough to show a hundredth of the range.
  const step = range ? Math.abs(range[1] - range[0]) / 100 || 1 : 1;
  return (
    <div className="lode-colorbar" data-testid="color-bar" style={{ minWidth: 180, font: '11px system-ui, sans-serif', color: '#e8e8e8' }}>
      <div style={{ marginBottom: 2 }}>{title}{unit ? ` (${unit})` : ''}</div>
      <div style={{ height: 10, borderRadius: 2, background: colormapGradient(colormap), border: '1px solid rgba(255,255,255,0.25)' }} />
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 2 }}>
        <span>{range ? formatTick(range[0], step) : '—'}</span>
        <span>{range ? formatTick(range[1], step) : '—'}</span>
      </div>
    </div>
  );
}

/** Colour bars of the view: drillhole grades, and the block field when it is not the estimate. */
export function SceneColorBars() {
  const { t } = useTranslation();
  const view = useView();
  const ranges = useColorRanges();
  const unit = useGradeUnit(ranges.element);
  const hasBlocks = useSceneStore((s) => (ranges.element ? s.estimates[ranges.element] !== undefined : false));
  const colormap = view.colormap as ColormapName;
  if (!ranges.element) return null;
  const fieldTitle: Record<string, string> = {
    variance: t('scene.field.variance', 'Kriging variance'),
    slope: t('scene.field.slope', 'Slope of regression'),
    samples: t('scene.field.samples', 'Samples used'),
    pass: t('scene.field.pass', 'Search pass'),
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <ColorBar title={ranges.element} unit={unit} range={ranges.grade} colormap={colormap} />
      {hasBlocks && view.field !== 'estimate' && view.visible.blocks && (
        <ColorBar title={`${t('scene.blocks', 'Blocks')}: ${fieldTitle[view.field]}`} range={ranges.blocks} colormap={colormap} />
      )}
    </div>
  );
}
