import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { Vec3 } from '../../engine/types';
import type { VariogramMap } from '../../engine/variogram/variogramMap';
import { MAP_PLANES, majorOnMap, mapPlaneAxes, type MapPlane } from '../../engine/variogram/mapPlanes';
import { elementData } from '../../pipeline/estimationData';
import { useLode } from '../../store';
import { getPool } from '../../store/engineClient';
import { ChartActions } from '../charts/ChartActions';

const SIZE = 220;
/** Cells on each side of the map centre, at most. */
const MAX_CELLS = 20;
const deg = (a: number) => Math.round(((a % 360) + 360) % 360);

/**
 * Variogram map (engine variogramMap, in a worker) in a chosen plane: horizontal, the plane of the
 * lode (the model's major and semi-major axes) or vertical along / across the major azimuth (engine
 * mapPlanes). γ of the pairs whose offset in the plane falls in each cell of one lag, pairs within
 * one lag of the plane. The line is the model's major axis projected on the plane, to compare with
 * the low-γ (continuous) direction.
 */
export function VariogramMapView({ element, lag, lagCount, angles }: { element: string; lag: number; lagCount: number; angles?: Vec3 }) {
  const { t } = useTranslation();
  const samples = useLode((s) => s.samples);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [plane, setPlane] = useState<MapPlane>('horizontal');
  const [map, setMap] = useState<VariogramMap | null>(null);
  const cells = Math.min(lagCount, MAX_CELLS);
  const a0 = angles?.[0] ?? 0, a1 = angles?.[1] ?? 0, a2 = angles?.[2] ?? 0;
  const axes = useMemo(() => mapPlaneAxes(plane, [a0, a1, a2]), [plane, a0, a1, a2]);
  useEffect(() => {
    if (!samples) return;
    let live = true;
    const { data: d } = elementData(samples, element);
    getPool().call((api) => api.variogramMap(d.x, d.y, d.z, d.v, { cell: lag, cells, plane: axes, maxAcross: lag }))
      .then((m) => { if (live) setMap(m); }, () => { if (live) setMap(null); });
    return () => { live = false; };
  }, [samples, element, lag, cells, axes]);
  const azimuthOf = (u: Vec3) => deg((Math.atan2(u[0], u[1]) * 180) / Math.PI);
  const labels = plane === 'horizontal'
    ? { up: t('variogramPanel.mapAxes.north'), right: t('variogramPanel.mapAxes.east') }
    : plane === 'dip'
      ? { up: t('variogramPanel.mapAxes.upDip'), right: t('variogramPanel.mapAxes.strike', { az: azimuthOf(axes.u) }) }
      : { up: t('variogramPanel.mapAxes.up'), right: t('variogramPanel.mapAxes.azimuth', { az: azimuthOf(axes.u) }) };
  const hasAngles = angles !== undefined;
  const major = useMemo(() => (hasAngles ? majorOnMap(axes, [a0, a1, a2]) : null), [hasAngles, axes, a0, a1, a2]);
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
    if (major) {
      const r = SIZE / 2;
      ctx.strokeStyle = '#f07b5f';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(r - major[0] * r, r + major[1] * r);
      ctx.lineTo(r + major[0] * r, r - major[1] * r);
      ctx.stroke();
    }
    ctx.fillStyle = '#d8dee6';
    ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.fillText(`↑ ${labels.up}`, SIZE / 2, 12);
    ctx.textAlign = 'right';
    ctx.fillText(`${labels.right} →`, SIZE - 2, SIZE / 2 - 6);
  }, [map, major, labels.up, labels.right]);
  const csv = () => map && {
    header: ['DU', 'DV', 'PAIRS', 'GAMMA', 'UX', 'UY', 'UZ', 'VX', 'VY', 'VZ'],
    rows: Array.from(map.gamma.keys()).filter((k) => map.pairs[k] > 0).map((k) => {
      const c = (map.size - 1) / 2;
      return [((k % map.size) - c) * map.cell, (Math.floor(k / map.size) - c) * map.cell, map.pairs[k], map.gamma[k], ...axes.u, ...axes.v];
    }),
  };
  return (
    <figure className="chart">
      <figcaption>{t('variogramPanel.mapTitle')} — {t(`variogramPanel.mapPlanes.${plane}`)}</figcaption>
      <label className="field">
        <span>{t('variogramPanel.mapPlane')}</span>
        <select value={plane} onChange={(e) => setPlane(e.target.value as MapPlane)} data-testid="variogram-map-plane">
          {MAP_PLANES.map((p) => <option key={p} value={p}>{t(`variogramPanel.mapPlanes.${p}`)}</option>)}
        </select>
      </label>
      <canvas ref={canvas} width={SIZE} height={SIZE} role="img" aria-label={t('variogramPanel.mapAlt')} data-testid="variogram-map" />
      <p className="muted small">{t('variogramPanel.mapLegend')} · ±{Math.round(cells * lag)} · {t('variogramPanel.mapAcross', { tol: Math.round(lag * 100) / 100 })}</p>
      <ChartActions chart={() => canvas.current} csv={csv} fileName={`variogram-map-${element}-${plane}`} title={t('variogramPanel.mapTitle')} />
    </figure>
  );
}
