import { useTranslation } from 'react-i18next';
import type { Scene, VariogramSection } from '../../io/scene/schema';
import { useLode } from '../../store';
import { NumberField } from '../common/NumberField';
import { formatSignificant } from '../format';
import type { PanelCurve } from './useVariogramData';

const fmt = (x: number) => formatSignificant(x, 4);

/** Edits the scene's experimental variogram section (patch merged; the section is created when absent). */
export function editVariogramSection(patch: Partial<VariogramSection>): void {
  useLode.getState().editScene((s: Scene) => ({ ...s, variogram: { directions: [], ...s.variogram, ...patch } }));
}

/**
 * The experimental variogram settings of the scene (variogram section): lag, number of lags, lag
 * tolerance and directions. Shown with the automatic values while the scene has none.
 */
export function LagSettings({ lag, lagCount, curves }: { lag: number; lagCount: number; curves: PanelCurve[] }) {
  const { t } = useTranslation();
  const vs = useLode((s) => s.scene?.variogram);
  const dirs = vs?.directions ?? [];
  const setDir = (i: number, patch: Partial<VariogramSection['directions'][number]>) =>
    editVariogramSection({ directions: dirs.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <section>
      <h2>{t('variogramPanel.settings')}</h2>
      {vs?.lag === undefined && <p className="muted">{t('variogramPanel.autoLags', { lag: fmt(lag), count: lagCount })}</p>}
      <div className="row">
        <NumberField label={t('variogramPanel.lagSize')} value={vs?.lag ?? lag} min={1e-9} format={fmt} onCommit={(v) => editVariogramSection({ lag: v, lagCount: vs?.lagCount ?? lagCount })} />
        <NumberField label={t('variogramPanel.lagCount')} value={vs?.lagCount ?? lagCount} min={1} max={200} integer onCommit={(v) => editVariogramSection({ lag: vs?.lag ?? lag, lagCount: v })} />
        <NumberField label={t('variogramPanel.lagTolerance')} value={vs?.lagTolerance ?? (vs?.lag ?? lag) / 2} min={1e-9} format={fmt}
          onCommit={(v) => editVariogramSection({ lag: vs?.lag ?? lag, lagCount: vs?.lagCount ?? lagCount, lagTolerance: v })} />
      </div>
      <h3>{t('variogramPanel.directions')}</h3>
      {dirs.length === 0 ? (
        <>
          <p className="muted">{t('variogramPanel.axesNote')}</p>
          <button type="button" onClick={() => editVariogramSection({
            directions: curves.filter((c) => c.direction && c.kind !== 'downhole')
              .map(({ direction: d }) => ({ azimuth: d!.azimuth, dip: d!.dip, tolerance: d!.tolerance, dipTolerance: d!.dipTolerance })),
          })}>{t('variogramPanel.useAxes')}</button>
        </>
      ) : (
        <>
          {dirs.map((d, i) => (
            <div key={i} className="row direction-row">
              <NumberField label={`${t('variogramPanel.azimuth')} ${i + 1}`} value={d.azimuth} format={fmt} onCommit={(azimuth) => setDir(i, { azimuth })} />
              <NumberField label={`${t('variogramPanel.dip')} ${i + 1}`} value={d.dip} min={-90} max={90} format={fmt} onCommit={(dip) => setDir(i, { dip })} />
              <NumberField label={`${t('variogramPanel.tolerance')} ${i + 1}`} value={d.tolerance} min={0.1} max={90} format={fmt} onCommit={(tolerance) => setDir(i, { tolerance })} />
              <button type="button" aria-label={t('variogramPanel.removeDirection', { n: i + 1 })} onClick={() => editVariogramSection({ directions: dirs.filter((_, j) => j !== i) })}>×</button>
            </div>
          ))}
          <button type="button" onClick={() => editVariogramSection({ directions: [] })}>{t('variogramPanel.clearDirections')}</button>
        </>
      )}
    </section>
  );
}
