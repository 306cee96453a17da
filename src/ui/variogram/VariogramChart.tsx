import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { VariogramModel } from '../../engine/types';
import { ChartActions } from '../charts/ChartActions';
import { formatSignificant } from '../format';
import type { PanelCurve } from './useVariogramData';
import { chartSeries, FEW_PAIRS } from './variogramSeries';

/** Colour of each curve, by position (major, semi-major, minor, downhole or the scene's directions). */
export const CURVE_COLORS = ['#f07b5f', '#4fa3e0', '#7bd389', '#c79bf2', '#f5b342', '#93a0b0'];
const HEIGHT = 240;

/** A curve's label: its axis name and direction. */
export function useCurveLabel() {
  const { t } = useTranslation();
  return (c: PanelCurve) => {
    const name = c.kind === 'direction' ? '' : t(`variogramPanel.${c.kind}`);
    const dir = c.direction ? t('variogramPanel.direction', { azimuth: formatSignificant(c.direction.azimuth, 4), dip: formatSignificant(c.direction.dip, 3) }) : '';
    return name && dir ? `${name} (${dir})` : name || dir;
  };
}

/**
 * Experimental variogram points (hollow where a lag has fewer than FEW_PAIRS pairs) and the
 * model along each direction, one colour per direction. The model curve is redrawn at once when
 * the model changes (setData, no re-creation).
 */
export function VariogramChart({ curves, model, element, lengthUnit, gradeUnit }: {
  curves: PanelCurve[]; model: VariogramModel | undefined; element: string; lengthUnit: string; gradeUnit: string;
}) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const label = useCurveLabel();
  const series = useMemo(() => chartSeries(curves, model), [curves, model]);
  const xLabel = t('variogramPanel.distance', { unit: lengthUnit });
  const yLabel = t('variogramPanel.gamma', { unit: gradeUnit });
  const aligned = useMemo(() => [series.x, ...series.curves.flatMap((c) => [c.solid, c.hollow, c.model ?? series.x.map(() => null)])] as uPlot.AlignedData, [series]);
  const shape = JSON.stringify([curves.map((c) => c.kind), xLabel, yLabel]);

  useEffect(() => {
    if (!host.current) return;
    const axis = { stroke: '#93a0b0', grid: { stroke: '#2b3440', width: 1 }, ticks: { stroke: '#2b3440', width: 1 } };
    const s: uPlot.Series[] = [{}];
    curves.forEach((c, i) => {
      const color = CURVE_COLORS[i % CURVE_COLORS.length];
      const name = label(c);
      s.push({ label: `${name}: γ`, stroke: color, paths: () => null, points: { show: true, size: 7, fill: color, stroke: color } });
      s.push({ label: `${name}: γ (<${FEW_PAIRS})`, stroke: color, paths: () => null, points: { show: true, size: 7, fill: '#11161c', stroke: color, width: 1.5 } });
      s.push({ label: `${name}: model`, stroke: color, width: 2, spanGaps: true, points: { show: false } });
    });
    const u = new uPlot({
      width: host.current.clientWidth || 340,
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: (_u, _min, max) => [0, max || 1] }, y: { range: (_u, _min, max) => [0, max * 1.08 || 1] } },
      axes: [
        { ...axis, label: xLabel, labelSize: 18, size: 36 },
        { ...axis, label: yLabel, labelSize: 18, size: 52, values: (_u, v) => v.map((x) => formatSignificant(x, 3)) },
      ],
      series: s,
    }, aligned, host.current);
    plot.current = u;
    const ro = new ResizeObserver(() => { if (host.current) u.setSize({ width: host.current.clientWidth, height: HEIGHT }); });
    ro.observe(host.current);
    return () => { ro.disconnect(); u.destroy(); plot.current = null; };
    // Re-created only when the set of curves or the labels change; data updates go through setData below.
  }, [shape]);

  useEffect(() => { plot.current?.setData(aligned); }, [aligned]);

  const csv = () => ({
    header: ['CURVE', 'DISTANCE', 'PAIRS', 'GAMMA', 'MODEL'],
    rows: curves.flatMap((c, i) => {
      const e = c.variogram;
      const m = series.curves[i].model;
      return Array.from(e.lags.keys()).filter((k) => e.pairs[k] > 0).map((k) => {
        const h = e.lags[k];
        return [label(c), h, e.pairs[k], e.gamma[k], m && model ? modelAtLag(i, h) : null];
      });
    }),
  });
  const modelAtLag = (i: number, h: number) => {
    const xi = series.x.indexOf(h);
    const m = series.curves[i].model;
    return m && xi >= 0 ? m[xi] : null;
  };
  return (
    <figure className="chart" aria-label={t('variogramPanel.chartTitle', { element })}>
      <figcaption>{t('variogramPanel.chartTitle', { element })}</figcaption>
      <div ref={host} className="chart-host" role="img" aria-label={t('variogramPanel.chartAlt')} data-testid="variogram-chart"
        data-points={series.points} data-model-series={series.curves.filter((c) => c.model).length}
        data-model-mid={series.mid === null ? '' : String(series.mid)} />
      <div className="chart-legend">
        {curves.map((c, i) => (
          <span key={i} className="legend-item"><span className="swatch" style={{ background: CURVE_COLORS[i % CURVE_COLORS.length] }} />{label(c)}</span>
        ))}
      </div>
      <p className="muted small">{t('variogramPanel.experimental')} · {t('variogramPanel.model')} · {t('variogramPanel.fewPairs', { n: FEW_PAIRS })}</p>
      <ChartActions chart={() => plot.current} csv={csv} fileName={`variogram-${element}`} title={t('variogramPanel.chartTitle', { element })} />
    </figure>
  );
}
