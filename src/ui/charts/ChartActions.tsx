import { downloadBlob } from '../files/download';
import { useTranslation } from 'react-i18next';
import './chartActions.css';
import type uPlot from 'uplot';
import { safeFileName, toCsv, type CsvPayload } from './chartCsv';

/** What a chart is drawn on: a uPlot instance (its canvas holds the plot and axes) or a plain canvas. */
export type ChartSource = uPlot | HTMLCanvasElement | null | undefined;

export interface ChartActionsProps {
  /** The chart now shown; read when a button is pressed (pass a getter when it lives in a ref). */
  chart: ChartSource | (() => ChartSource);
  /** The chart's data; a getter is called only when "Save CSV" is pressed. */
  csv: CsvPayload | (() => CsvPayload | null) | null;
  /** File name without extension (made file-name safe), e.g. "swath-X-Cu". */
  fileName: string;
  /** Title written above the plot in the PNG (uPlot's own title and legend are HTML, not on its canvas). */
  title?: string;
  /** Background painted under the (transparent) chart canvas in the PNG. Default the panel colour. */
  background?: string;
}

const isCanvas = (c: unknown): c is HTMLCanvasElement => typeof HTMLCanvasElement !== 'undefined' && c instanceof HTMLCanvasElement;

/** The canvas a chart source draws on. */
function canvasOf(src: ChartSource): HTMLCanvasElement | null {
  if (!src) return null;
  return isCanvas(src) ? src : src.ctx.canvas;
}

/** The chart's canvas copied onto an opaque background, with the title above it when given. */
export function chartImage(canvas: HTMLCanvasElement, title: string | undefined, background: string): HTMLCanvasElement {
  const scale = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  const titleH = title ? Math.round(24 * scale) : 0;
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height + titleH;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  if (title) {
    ctx.fillStyle = '#d8dee6';
    ctx.font = `${Math.round(13 * scale)}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.fillText(title, Math.round(8 * scale), titleH / 2);
  }
  ctx.drawImage(canvas, 0, titleH);
  return out;
}

/**
 * "Save PNG" and "Save CSV" buttons for a chart: the PNG is the chart's canvas (plot and axes) on an
 * opaque background with an optional title; the CSV is the payload given (header and rows).
 */
export function ChartActions({ chart, csv, fileName, title, background = '#161b22' }: ChartActionsProps) {
  const { t } = useTranslation();
  const base = safeFileName(fileName);
  const savePng = () => {
    const canvas = canvasOf(typeof chart === 'function' ? chart() : chart);
    if (!canvas) return;
    chartImage(canvas, title, background).toBlob((blob) => { if (blob) downloadBlob(blob, `${base}.png`); }, 'image/png');
  };
  const saveCsv = () => {
    const payload = typeof csv === 'function' ? csv() : csv;
    if (!payload) return;
    downloadBlob(new Blob([toCsv(payload)], { type: 'text/csv' }), `${base}.csv`);
  };
  return (
    <div className="chart-actions" role="group" aria-label={t('chartActions.group')}>
      <button type="button" onClick={savePng} title={t('chartActions.pngTitle')}>{t('chartActions.png')}</button>
      <button type="button" onClick={saveCsv} disabled={!csv} title={t('chartActions.csvTitle')}>{t('chartActions.csv')}</button>
    </div>
  );
}
