import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { ChartActions } from '../charts/ChartActions';
import { AXIS, gaps, useUPlot } from '../charts/useUPlot';
import { normalQuantile } from '../../engine/stats/normalQuantile';
import { CAP_COLOUR, COMP_COLOUR, RAW_COLOUR } from './HistogramChart';
import type { ElementDistributions } from './useDistributions';

/** Probabilities (%) labelled on the normal-score axis (not 5 and 95: on a narrow panel their labels ran into 1 and 90). */
const TICKS = [0.1, 1, 10, 25, 50, 75, 90, 99, 99.9];

/** Log-probability plot: grade (log scale) against cumulative probability on a normal-score axis, raw and composites, with the cap. */
export function ProbabilityChart({ result, unit, cap }: { result: ElementDistributions; unit: string; cap: number | undefined }) {
  const { t } = useTranslation();
  const pr = result.composites.probability;
  const title = t('stats.probability', { element: result.element });
  const gradeLabel = t('stats.grade', { element: result.element, unit });
  const positive = (a: Float64Array) => gaps(Array.from(a, (v) => (v > 0 ? v : NaN)));
  const { host, plot } = useUPlot(() => {
    const series: uPlot.Series[] = [{}];
    const data: (number | null)[][] = [Array.from(pr.score)];
    if (result.raw) { series.push({ label: t('stats.raw'), stroke: RAW_COLOUR, width: 1.5, points: { show: false } }); data.push(positive(result.raw.probability.value)); }
    series.push({ label: t('stats.composites'), stroke: COMP_COLOUR, width: 2, points: { show: false } });
    data.push(positive(pr.value));
    if (cap !== undefined) { series.push({ label: t('stats.capLine'), stroke: CAP_COLOUR, width: 1.5, dash: [6, 4], points: { show: false } }); data.push(data[0].map(() => cap)); }
    return {
      opts: {
        height: 220, legend: { show: false }, cursor: { show: false },
        scales: { x: { time: false, range: [pr.score[0], pr.score[pr.score.length - 1]] }, y: { distr: 3 } },
        axes: [
          { ...AXIS, label: t('stats.cumulative'), size: 36, splits: () => TICKS.map((p) => normalQuantile(p / 100)), values: () => TICKS.map(String) },
          { ...AXIS, label: gradeLabel, size: 48 },
        ],
        series,
      },
      data: data as uPlot.AlignedData,
    };
  }, [result, cap, gradeLabel, t]);
  const csv = () => ({
    header: ['P', ...(result.raw ? ['RAW'] : []), 'COMP'],
    rows: Array.from(pr.p, (p, k) => [p, ...(result.raw ? [result.raw.probability.value[k]] : []), pr.value[k]]),
  });
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title} · {t('stats.lengthWeighted')}</figcaption>
      <div ref={host} className="chart-host" role="img" aria-label={t('stats.probabilityAlt')} />
      <div className="chart-legend">
        {result.raw && <><span className="legend-item"><span className="swatch" style={{ background: RAW_COLOUR }} />{t('stats.raw')}</span></>}
        <span className="legend-item"><span className="swatch" style={{ background: COMP_COLOUR }} />{t('stats.composites')}</span>
        {cap !== undefined && <><span className="legend-item"><span className="swatch" style={{ background: CAP_COLOUR }} />{t('stats.capLine')}</span></>}
      </div>
      <ChartActions chart={() => plot.current} csv={csv} fileName={`probability-${result.element}`} title={title} />
    </figure>
  );
}
