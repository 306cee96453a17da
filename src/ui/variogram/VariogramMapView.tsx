import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { VariogramMap } from '../../engine/variogram/variogramMap';
import { elementData } from '../../pipeline/estimationData';
import { useLode } from '../../store';
import { getPool } from '../../store/engineClient';
import { ChartActions } from '../charts/ChartActions';

const SIZE = 220;
/** Cells on each side of the map centre, at most. */
const MAX_CELLS = 20;

/**
 * Horizontal variogram map (engine variogramMap, in a worker): γ of the pairs whose horizontal
 * offset falls in each cell of one lag, pairs within one lag of each other in Z; north up. The
 * line is the model's major-axis azimuth, to compare with the low-γ (continuous) direction.
 */
export function VariogramMapView({ element, lag, lagCount, major }: { element: string; lag: number; lagCount: number; major?: number }) {
  const { t } = useTranslation();
  const samples = useLode((s) => s.samples);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [map, setMap] = useState<VariogramMap | null>(null);
  const cells = Math.min(lagCount, MAX_CELLS);
  useEffect(() => {
    if (!samples) return;
    let live = true;
    const { data: d } = elementData(samples, element);
    getPool().call((api) => api.variogramMap(d.x, d.y, d.z, d.v, { cell: lag, cells, maxDz: lag }))
      .then((m) => { if (live) setMap(m); }, () => { if (live) setMap(null); });
    return () => { live = false; };
  }, [samples, element, lag, cells]);
  useEffect(() => {
    const c = canvas.current;
    if (!c || !map) return;
    const ctx = c.getContext('2d')!;
    ctx.clearRect(0, 0, SIZE, SIZE);
    let hi = 0;
    for (let i = 0; i < map.gamma.length; i++) if (map.pairs[i] >= 10 && map.gamma[i] > hi) hi = map.gamma[i];
    const px = SIZE / map.size;
    for (let iy = 0; iy < map.size; iy++) {
      for (let ix = 0; ix < map.size; ix++) {
        const k = iy * map.size + ix;
        if (!(map.pairs[k] >= 10)) continue;
        ctx.fillStyle = interpolateViridis(Math.min(1, map.gamma[k] / (hi || 1)));
        ctx.fillRect(ix * px, SIZE - (iy + 1) * px, Math.ceil(px), Math.ceil(px));
      }
    }
    if (major !== undefined) {
      const a = (major * Math.PI) / 180, r = SIZE / 2;
      ctx.strokeStyle = '#f07b5f';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(r - Math.sin(a) * r, r + Math.cos(a) * r);
      ctx.lineTo(r + Math.sin(a) * r, r - Math.cos(a) * r);
      ctx.stroke();
    }
    ctx.fillStyle = '#d8dee6';
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillText('N', SIZE / 2 + 4, 12);
  }, [map, major]);
  const csv = () => map && {
    header: ['DX', 'DY', 'PAIRS', 'GAMMA'],
    rows: Array.from(map.gamma.keys()).filter((k) => map.pairs[k] > 0).map((k) => {
      const c = (map.size - 1) / 2;
      return [((k % map.size) - c) * map.cell, (Math.floor(k / map.size) - c) * map.cell, map.pairs[k], map.gamma[k]];
    }),
  };
  return (
    <figure className="chart">
      <figcaption>{t('variogramPanel.mapTitle')}</figcaption>
      <canvas ref={canvas} width={SIZE} height={SIZE} role="img" aria-label={t('variogramPanel.mapAlt')} data-testid="variogram-map" />
      <p className="muted small">{t('variogramPanel.mapLegend')} · ±{Math.round(cells * lag)}</p>
      <ChartActions chart={() => canvas.current} csv={csv} fileName={`variogram-map-${element}`} title={t('variogramPanel.mapTitle')} />
    </figure>
  );
}
