import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { meshVolume } from '../engine/isosurface/meshMeasures';
import { envelopeSpec } from '../pipeline/domains/envelopeSpec';
import { BACKGROUND, colormapGradient, type ColormapName } from './colormaps';
import { cutoffOf } from '../io/scene/viewCutoffs';
import { formatTick } from './ticks';
import { useGradeUnit, useGradeUnits, useSceneStore, useView } from './useSceneData';
import { useColorRanges } from './colorRanges';
import { categoricalColours } from './classColours';

/** A legend of categorical block colours (class, ore/waste); entry i is code i (data-testid="block-legend"). */
function BlockLegend({ title, colours, labels }: { title: string; colours: string[]; labels: string[] }) {
  return (
    <div data-testid="block-legend" style={{ font: '11px system-ui, sans-serif', color: '#e8e8e8' }}>
      <div style={{ marginBottom: 2 }}>{title}</div>
      {colours.map((c, i) => (
        <div key={c} data-code={i} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <span style={{ width: 12, height: 10, background: c, display: 'inline-block', borderRadius: 2 }} />{labels[i]}
        </div>
      ))}
    </div>
  );
}

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

/** Colour bars of the view: drillhole grades, the block field when it is not the estimate, and the envelope's legend. */
export function SceneColorBars() {
  const { t, i18n } = useTranslation();
  const view = useView();
  const ranges = useColorRanges();
  const unit = useGradeUnit(ranges.element);
  const gradeUnit = useGradeUnits();
  const hasBlocks = useSceneStore((s) => (ranges.element ? s.estimates[ranges.element] !== undefined : false));
  const envelope = useSceneStore((s) => s.envelope);
  const hasEnvelope = (envelope?.indices.length ?? 0) > 0;
  const volume = useMemo(() => (envelope && envelope.indices.length > 0 ? meshVolume(envelope) : 0), [envelope]);
  const scene = useSceneStore((s) => s.scene);
  const plan = useSceneStore((s) => s.plan);
  const spec = useMemo(() => (scene ? envelopeSpec(scene, plan) : null), [scene, plan]);
  const envelopeCutoff = useSceneStore((s) => (ranges.element ? cutoffOf(s.scene?.view, ranges.element) : undefined));
  const colormap = view.colormap as ColormapName;
  if (!ranges.element) return null;
  const fieldTitle: Record<string, string> = {
    variance: t('scene.field.variance', 'Kriging variance'),
    slope: t('scene.field.slope', 'Slope of regression'),
    samples: t('scene.field.samples', 'Samples used'),
    pass: t('scene.field.pass', 'Search pass'),
    class: t('scene.field.class', 'Resource class'),
    ore: t('scene.field.ore', 'Ore / waste (value > 0)'),
    value: t('scene.field.value', 'Net value per tonne'),
    equivalent: t('scene.field.equivalent', 'Metal equivalent'),
  };
  const categories = categoricalColours(view.field);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <ColorBar title={ranges.element} unit={unit} range={ranges.grade} colormap={colormap} />
      {hasBlocks && categories && view.visible.blocks && (
        <BlockLegend title={`${t('scene.blocks', 'Blocks')}: ${fieldTitle[view.field]}`} colours={categories}
          labels={view.field === 'class' ? ['unclassified', 'measured', 'indicated', 'inferred'].map((k) => t(`scene.classes.${k}`, k))
            : [t('scene.classes.waste', 'Waste'), t('scene.classes.ore', 'Ore')]} />
      )}
      {hasBlocks && !categories && view.field !== 'estimate' && view.visible.blocks && (
        <ColorBar title={`${t('scene.blocks', 'Blocks')}: ${fieldTitle[view.field]}`} range={ranges.blocks} colormap={colormap} />
      )}
      {hasEnvelope && view.visible.envelope && (spec || envelopeCutoff !== undefined) && (
        <EnvelopeLegend color={view.envelopeColor} opacity={view.envelopeOpacity}
          text={`${spec?.kind === 'domain' ? t(spec.source === 'solids' ? 'scene.envelopeDomain' : 'scene.envelopeIndicator', { code: spec.code, p: spec.probability })
            : spec?.kind === 'gradeShell' ? t('scene.envelopeShell', { element: spec.element, threshold: spec.threshold, unit: gradeUnit(spec.element), p: spec.probability })
              : t('scene.envelope', { element: ranges.element, cutoff: Number(envelopeCutoff!.toPrecision(4)), unit, defaultValue: 'Envelope: {{element}} ≥ {{cutoff}} {{unit}}' })}`}
          volume={t('scene.envelopeVolume', { volume: Math.round(volume).toLocaleString(i18n.language), unit: scene?.units ?? 'm' })} />
      )}
    </div>
  );
}

/** The envelope's legend entry: a swatch of its colour and opacity over the view's background, and what it encloses. */
export function EnvelopeLegend({ color, opacity, text, volume }: { color: string; opacity: number; text: string; volume?: string }) {
  return (
    <div data-testid="envelope-legend" style={{ display: 'flex', alignItems: 'center', gap: 6, font: '11px system-ui, sans-serif', color: '#e8e8e8' }}>
      <span aria-hidden style={{ width: 18, height: 12, borderRadius: 2, background: BACKGROUND, border: `1px solid ${color}`, position: 'relative', overflow: 'hidden' }}>
        <span style={{ position: 'absolute', inset: 0, background: color, opacity: Math.max(opacity, 0.15) }} />
      </span>
      <span>{text}{volume && <><br /><span data-testid="envelope-legend-volume">{volume}</span></>}</span>
    </div>
  );
}
