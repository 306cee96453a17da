import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { ChartActions } from '../charts/ChartActions';
import { AXIS, useUPlot } from '../charts/useUPlot';
import type { ElementDistributions } from './useDistributions';

export const RAW_COLOUR = '#93a0b0';
export const COMP_COLOUR = '#4fa3e0';
export const CAP_COLOUR = '#f5b342';

/** Percent of weight per bin, repeated at the last edge for a stepped line. */
function percent(f: Float64Array): number[] {
  const out = Array.from(f, (x) => 100 * x);
  out.push(out[out.length - 1] ?? 0);
  return out;
}

/**
 * Length-weighted histograms (log bins) of raw assays and composites, with the cap as a vertical line
 * that can be dragged: onCapPreview while dragging, onCapCommit on release.
 */
export function HistogramChart({ result, unit, cap, onCapPreview, onCapCommit, canCap }: {
  result: ElementDistributions; unit: string; cap: number | undefined;
  onCapPreview(cap: number): void; onCapCommit(cap: number): void; canCap: boolean;
}) {
  const { t } = useTranslation();
  const capRef = useRef(cap);
  capRef.current = cap;
  const h = result.composites.histogram;
  const edges = Array.from(h.edges);
  const title = t('stats.histogram', { element: result.element });
  const gradeLabel = t('stats.grade', { element: result.element, unit });
  const { host, plot } = useUPlot(() => {
    if (!edges.every(Number.isFinite)) return null;
    const series: uPlot.Series[] = [{}];
    const data: (number | null)[][] = [edges];
    if (result.raw) {
      series.push({ label: t('stats.raw'), stroke: RAW_COLOUR, width: 1.5, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } });
      data.push(percent(result.raw.histogram.fractions));
    }
    series.push({ label: t('stats.composites'), stroke: COMP_COLOUR, width: 2, fill: 'rgba(79,163,224,0.15)', paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } });
    data.push(percent(h.fractions));
    const capLine = (u: uPlot) => {
      const c = capRef.current;
      if (c === undefined || !(c > 0)) return;
      const x = u.valToPos(c, 'x', true);
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
      const ctx = u.ctx;
      ctx.save();
      ctx.strokeStyle = CAP_COLOUR; ctx.lineWidth = 2 * devicePixelRatio; ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
      ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke();
      ctx.restore();
    };
    return {
      opts: {
        height: 220, legend: { show: false }, cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false, distr: 3 }, y: { range: (_u, _min, max) => [0, max * 1.1 || 1] } },
        axes: [{ ...AXIS, label: gradeLabel, size: 36 }, { ...AXIS, label: t('stats.frequency'), size: 44 }],
        series, hooks: { draw: [capLine] },
      },
      data: data as uPlot.AlignedData,
    };
  }, [result, gradeLabel, t]);

  // Redraw when the cap moves (no data change); drag the line with the mouse.
  useEffect(() => { plot.current?.redraw(false, false); }, [cap, plot]);
  useEffect(() => {
    const u = plot.current;
    if (!u || !canCap) return;
    let dragging = false;
    const valueAt = (e: MouseEvent) => u.posToVal(e.clientX - u.over.getBoundingClientRect().left, 'x');
    const near = (e: MouseEvent) => {
      const c = capRef.current;
      return c !== undefined && Math.abs(u.valToPos(c, 'x') - (e.clientX - u.over.getBoundingClientRect().left)) < 8;
    };
    const down = (e: MouseEvent) => { dragging = true; e.preventDefault(); onCapPreview(round3(valueAt(e))); };
    const move = (e: MouseEvent) => {
      u.over.style.cursor = dragging || near(e) ? 'ew-resize' : 'crosshair';
      if (dragging) onCapPreview(round3(valueAt(e)));
    };
    const up = (e: MouseEvent) => { if (!dragging) return; dragging = false; onCapCommit(round3(valueAt(e))); };
    u.over.addEventListener('mousedown', down);
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
    return () => { u.over.removeEventListener('mousedown', down); window.removeEventListener('mousemove', move); window.removeEventListener('mouseup', up); };
  }, [plot, result, canCap, onCapPreview, onCapCommit]);

  const csv = () => ({
    header: ['FROM', 'TO', ...(result.raw ? ['RAW_PCT'] : []), 'COMP_PCT'],
    rows: edges.slice(0, -1).map((f, k) => [f, edges[k + 1], ...(result.raw ? [100 * result.raw.histogram.fractions[k]] : []), 100 * h.fractions[k]]),
  });
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title} · {t('stats.lengthWeighted')}</figcaption>
      <div ref={host} className="chart-host" role="img" aria-label={t('stats.histogramAlt')} data-testid="stats-histogram" />
      <div className="chart-legend">
        {result.raw && <><span className="legend-item"><span className="swatch" style={{ background: RAW_COLOUR }} />{t('stats.raw')}</span></>}
        <span className="legend-item"><span className="swatch" style={{ background: COMP_COLOUR }} />{t('stats.composites')}</span>
        {cap !== undefined && <><span className="legend-item"><span className="swatch" style={{ background: CAP_COLOUR }} />{t('stats.capLine')} {cap}</span></>}
      </div>
      <ChartActions chart={() => plot.current} csv={csv} fileName={`histogram-${result.element}`} title={title} />
    </figure>
  );
}

/** A cap value to 3 significant digits. */
function round3(v: number): number {
  return Number(v.toPrecision(3));
}
