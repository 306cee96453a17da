import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLode, shownBasis } from '../../store';
import { gradeTonnage } from '../../store/cutoffSlice';

/** Cutoffs sampled for the curve. */
const STEPS = 60;

/**
 * Grade–tonnage curve of the shown estimate: tonnes (Mt) and mean grade above each cutoff, with the
 * current cutoff marked. Redrawn when the estimate changes; the marker follows the slider without a re-render.
 */
export function GradeTonnageChart() {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const summary = useLode((s) => s.summary !== null);
  const range = useLode((s) => s.cutoffRange);
  const estimatesVersion = useLode((s) => s.estimatesVersion);
  const unit = useLode((s) => shownBasis(s)?.unit) ?? '';
  const tonnesLabel = t('chart.tonnes');
  const gradeLabel = t('chart.grade', { unit });

  useEffect(() => {
    if (!host.current || !summary) return;
    const hi = range[1];
    const cutoffs = Array.from({ length: STEPS + 1 }, (_, i) => (hi * i) / STEPS);
    const series = gradeTonnage(useLode.getState(), cutoffs);
    if (!series) return;
    const cutoffLine = (u: uPlot) => {
      const x = u.valToPos(useLode.getState().cutoff, 'x', true);
      const ctx = u.ctx;
      ctx.save();
      ctx.strokeStyle = '#f5b342';
      ctx.lineWidth = 1.5 * devicePixelRatio;
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
      ctx.restore();
    };
    const axis = { stroke: '#93a0b0', grid: { stroke: '#2b3440', width: 1 }, ticks: { stroke: '#2b3440', width: 1 } };
    const u = new uPlot({
      width: host.current.clientWidth || 340,
      height: 180,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, t: { range: (_u, _min, max) => [0, max * 1.05 || 1] }, g: { range: (_u, _min, max) => [0, max * 1.05 || 1] } },
      axes: [
        { ...axis, label: t('chart.cutoff', { unit }), labelSize: 18, size: 36 },
        { ...axis, scale: 't', label: tonnesLabel, labelSize: 18, size: 48, values: (_u, v) => v.map((x) => `${+(x / 1e6).toPrecision(3)}`) },
        { ...axis, scale: 'g', side: 1, label: gradeLabel, labelSize: 18, size: 48, grid: { show: false } },
      ],
      series: [
        {},
        { label: tonnesLabel, scale: 't', stroke: '#4fa3e0', width: 2, fill: 'rgba(79,163,224,0.12)' },
        { label: gradeLabel, scale: 'g', stroke: '#f07b5f', width: 2 },
      ],
      hooks: { draw: [cutoffLine] },
    }, [cutoffs, series.tonnes, series.grade.map((g) => (Number.isFinite(g) ? g : null))] as uPlot.AlignedData, host.current);
    plot.current = u;
    // The marker follows the cutoff: redraw the plot (no data change) once per frame while the
    // cutoff changes, after the summary (not before it, in the input event's task).
    let frame = 0;
    const unsub = useLode.subscribe((s, prev) => {
      if (s.cutoff !== prev.cutoff && !frame) frame = requestAnimationFrame(() => { frame = 0; u.redraw(false, false); });
    });
    const ro = new ResizeObserver(() => { if (host.current) u.setSize({ width: host.current.clientWidth, height: 180 }); });
    ro.observe(host.current);
    return () => { unsub(); cancelAnimationFrame(frame); ro.disconnect(); u.destroy(); plot.current = null; };
  }, [summary, range, estimatesVersion, unit, tonnesLabel, gradeLabel, t]);

  if (!summary) return null;
  return (
    <figure className="chart" aria-label={t('chart.title')}>
      <figcaption>{t('chart.title')}</figcaption>
      <div ref={host} className="chart-host" role="img" aria-label={t('chart.alt')} />
      <div className="chart-legend">
        <span className="swatch" style={{ background: '#4fa3e0' }} />{tonnesLabel}
        <span className="swatch" style={{ background: '#f07b5f' }} />{gradeLabel}
        <span className="swatch" style={{ background: '#f5b342' }} />{t('chart.current')}
      </div>
    </figure>
  );
}
