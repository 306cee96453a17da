import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { SwathTable } from '../../engine/stats/swathTable';
import { ChartActions } from '../charts/ChartActions';
import { AXIS, gaps, useUPlot } from '../charts/useUPlot';

const COMP = '#4fa3e0', BLOCK = '#f07b5f', COUNT = '#5b6675';

/** Swath plot: per slice (midpoint on x) the composites' length-weighted mean (data), the blocks' mean (estimate) and the composite count. */
export function SwathChart({ table, element, axis, unit, lengthUnit }: { table: SwathTable; element: string; axis: 'X' | 'Y' | 'Z'; unit: string; lengthUnit: string }) {
  const { t } = useTranslation();
  const s = table.swaths[axis]?.[element];
  const title = t('validation.swath', { axis, element });
  const { host, plot } = useUPlot(() => {
    if (!s) return null;
    const mid = Array.from(s.from, (f, k) => (f + s.to[k]) / 2);
    const series: uPlot.Series[] = [
      {},
      { label: t('validation.compCount'), scale: 'n', stroke: COUNT, width: 1, fill: 'rgba(91,102,117,0.25)', points: { show: false } },
      { label: t('validation.compMean'), stroke: COMP, width: 2, points: { show: true, size: 5, fill: COMP } },
      { label: t('validation.blockMean'), stroke: BLOCK, width: 2, points: { show: false } },
    ];
    return {
      opts: {
        height: 220, legend: { show: false }, cursor: { show: false },
        scales: { x: { time: false }, n: { range: (_u, _min, max) => [0, (max || 1) * 3] } },
        axes: [
          { ...AXIS, label: t('validation.position', { axis, unit: lengthUnit }), size: 36 },
          { ...AXIS, label: t('validation.grade', { unit }), size: 44 },
          { ...AXIS, scale: 'n', side: 1, label: t('validation.count'), size: 60, grid: { show: false } },
        ],
        series,
      },
      data: [mid, Array.from(s.sampleCount), gaps(s.sampleMean), gaps(s.blockMean)] as uPlot.AlignedData,
    };
  }, [s, axis, unit, lengthUnit, t]);
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <div ref={host} className="chart-host" role="img" aria-label={t('validation.swathAlt')} data-testid="swath-chart" />
      <div className="chart-legend">
        <span className="legend-item"><span className="swatch" style={{ background: COMP }} />{t('validation.compMean')}</span>
        <span className="legend-item"><span className="swatch" style={{ background: BLOCK }} />{t('validation.blockMean')}</span>
        <span className="legend-item"><span className="swatch" style={{ background: COUNT }} />{t('validation.compCount')}</span>
      </div>
      <ChartActions chart={() => plot.current} csv={{ header: table.header, rows: table.rows }} fileName={`swath-${axis}-${element}`} title={title} />
    </figure>
  );
}
