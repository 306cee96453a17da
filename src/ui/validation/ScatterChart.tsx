import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { ElementCrossValidation } from '../../pipeline';
import { ChartActions } from '../charts/ChartActions';
import { AXIS, useUPlot } from '../charts/useUPlot';

const POINT = '#4fa3e0', REG = '#f07b5f', ONE = '#93a0b0';

/** Scatter of cross-validation estimates (x) against sample values (y), the regression of sample on estimate and the 1:1 line. */
export function ScatterChart({ result, element, unit }: { result: ElementCrossValidation; element: string; unit: string }) {
  const { t } = useTranslation();
  const title = t('validation.scatter', { element });
  const { host, plot } = useUPlot(() => {
    const k = Array.from(result.estimate.keys()).filter((i) => Number.isFinite(result.estimate[i])).sort((a, b) => result.estimate[a] - result.estimate[b]);
    if (k.length < 2) return null;
    const x = k.map((i) => result.estimate[i]), y = k.map((i) => result.value[i]);
    const { slope, n } = result.summary;
    let mx = 0, my = 0;
    for (let j = 0; j < n; j++) { mx += x[j]; my += y[j]; }
    mx /= n; my /= n;
    const reg = x.map((v) => my + slope * (v - mx));
    const series: uPlot.Series[] = [
      {},
      { label: t('validation.points'), stroke: POINT, paths: () => null, points: { show: true, size: 3, fill: POINT, stroke: POINT } },
      { label: t('validation.regression'), stroke: REG, width: 2, points: { show: false } },
      { label: t('validation.oneToOne'), stroke: ONE, width: 1, dash: [5, 4], points: { show: false } },
    ];
    return {
      opts: {
        height: 220, legend: { show: false }, cursor: { show: false },
        scales: { x: { time: false } },
        axes: [{ ...AXIS, label: t('validation.estimate', { unit }), size: 36 }, { ...AXIS, label: t('validation.sample', { unit }), size: 44 }],
        series,
      },
      data: [x, y, reg, x] as uPlot.AlignedData,
    };
  }, [result, unit, t]);
  const csv = () => ({
    header: ['SAMPLE_INDEX', element, `${element}_EST`, `${element}_VAR`, 'N_SAMPLES'],
    rows: Array.from(result.sample, (s, j) => [s, result.value[j], result.estimate[j], result.variance[j], result.nSamples[j]]),
  });
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <div ref={host} className="chart-host" role="img" aria-label={t('validation.scatterAlt')} data-testid="xval-scatter" />
      <div className="chart-legend">
        <span className="legend-item"><span className="swatch" style={{ background: POINT }} />{t('validation.points')}</span>
        <span className="legend-item"><span className="swatch" style={{ background: REG }} />{t('validation.regression')}</span>
        <span className="legend-item"><span className="swatch" style={{ background: ONE }} />{t('validation.oneToOne')}</span>
      </div>
      <ChartActions chart={() => plot.current} csv={csv} fileName={`xval-${element}`} title={title} />
    </figure>
  );
}
