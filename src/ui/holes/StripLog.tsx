import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { describeIntercept } from '../../engine/drillholes/intercepts';
import { INTERCEPT_COLOR } from '../../scene/HoleMarks';
import { gradeScale, type StripLogData } from './stripLogData';
import { saveSvgAsPng } from './svgPng';

/** Pixels per unit of depth (the log scrolls with depth). */
const PX_PER_UNIT = 3;
const HEAD = 34;
const AXIS = 62;
const CODE_W = 16;
const GRADE_W = 86;
const GAP = 6;

/** Tick step of the depth axis: 1, 2 or 5 × 10ⁿ giving ~40 px between ticks. */
function tickStep(pxPerUnit: number): number {
  const raw = 40 / pxPerUnit;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

export interface StripLogProps {
  log: StripLogData;
  lengthUnit: string;
  gradeUnits: Record<string, string>;
  logScale: boolean;
  /** Called with the depth under the pointer, or null when it leaves. */
  onProbe(depth: number | null): void;
}

/**
 * A downhole strip log (SVG): depth axis, text columns (lithology, domains) as coloured columns,
 * assay grades of each element as bars (linear or log scale) with composite grades as a line,
 * significant intercepts as brackets; the depth under the pointer is reported and drawn.
 */
export function StripLog({ log, lengthUnit, gradeUnits, logScale, onProbe }: StripLogProps) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<number | null>(null);
  const y = (d: number) => HEAD + (d - log.top) * PX_PER_UNIT;
  const height = Math.ceil(y(log.bottom)) + 8;
  const codeX0 = AXIS;
  const gradeX0 = codeX0 + log.codes.length * (CODE_W + 2) + GAP;
  const width = gradeX0 + log.grades.length * (GRADE_W + GAP) + 4;
  const palette = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of log.codes) for (const v of c.track.value) if (v && !m.has(v)) m.set(v, schemeTableau10[m.size % 10]);
    return m;
  }, [log]);
  const step = tickStep(PX_PER_UNIT);
  const ticks: number[] = [];
  for (let d = Math.ceil(log.top / step) * step; d <= log.bottom; d += step) ticks.push(d);

  const move = (e: MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const d = log.top + (e.clientY - r.top - HEAD) / PX_PER_UNIT;
    const depth = d >= log.top && d <= log.bottom ? d : null;
    setHover(depth);
    onProbe(depth);
  };
  const leave = () => { setHover(null); onProbe(null); };

  return (
    <div className="strip-log">
      <button type="button" className="small" onClick={() => svg.current && void saveSvgAsPng(svg.current, `${log.holeId}-strip-log.png`)}>
        {t('holes.strip.savePng')}
      </button>
      <div className="strip-scroll">
        <svg ref={svg} xmlns="http://www.w3.org/2000/svg" width={width} height={height} role="img" data-testid="strip-log"
          aria-label={t('holes.strip.chart', { hole: log.holeId })} onMouseMove={move} onMouseLeave={leave}
          style={{ background: '#14181e', font: '10px system-ui, sans-serif' }}>
          <text x={4} y={12} fill="#ccc">{t('holes.strip.depth', { unit: lengthUnit })}</text>
          {ticks.map((d) => (
            <g key={d}>
              <line x1={AXIS - 5} x2={width} y1={y(d)} y2={y(d)} stroke="#2c333d" />
              <text x={AXIS - 7} y={y(d) + 3} fill="#aaa" textAnchor="end">{d}</text>
            </g>
          ))}
          {log.codes.map((c, k) => (
            <g key={c.name}>
              <title>{c.name}</title>
              {c.track.value.map((v, i) => v && (
                <rect key={i} x={codeX0 + k * (CODE_W + 2)} y={y(c.track.from[i])} width={CODE_W} height={Math.max(0.5, (c.track.to[i] - c.track.from[i]) * PX_PER_UNIT)} fill={palette.get(v)}>
                  <title>{`${c.name} ${c.track.from[i]}–${c.track.to[i]}: ${v}`}</title>
                </rect>
              ))}
            </g>
          ))}
          {log.grades.map((g, k) => {
            const x0 = gradeX0 + k * (GRADE_W + GAP);
            const comp = log.composites[g.element];
            const w = (v: number) => gradeScale(v, g.max, g.minPositive, logScale) * (GRADE_W - 8);
            return (
              <g key={g.element} data-element={g.element}>
                <text x={x0} y={12} fill="#ddd">{`${g.element} (${gradeUnits[g.element] ?? ''})`}</text>
                <text x={x0} y={25} fill="#888">{g.max > 0 ? `0–${Number(g.max.toPrecision(3))}${logScale ? ' log' : ''}` : '—'}</text>
                <rect x={x0} y={HEAD} width={GRADE_W} height={height - HEAD - 8} fill="none" stroke="#39414c" />
                {g.track.value.map((v, i) => (
                  <rect key={i} x={x0 + 6} y={y(g.track.from[i])} width={w(v)} height={Math.max(0.5, (g.track.to[i] - g.track.from[i]) * PX_PER_UNIT)}
                    fill={Number.isFinite(v) ? '#5fa8d3' : 'none'} />
                ))}
                {comp && (
                  <polyline fill="none" stroke="#f5b342" strokeWidth={1.5}
                    points={comp.value.flatMap((v, i) => Number.isFinite(v) ? [`${x0 + 6 + w(v)},${y(comp.from[i])}`, `${x0 + 6 + w(v)},${y(comp.to[i])}`] : []).join(' ')} />
                )}
                {k === 0 && log.intercepts.map((x, i) => (
                  <g key={i}>
                    <path d={`M${x0 + 4},${y(x.from)} h-3 V${y(x.to)} h3`} stroke={INTERCEPT_COLOR} strokeWidth={2} fill="none" />
                    <title>{describeIntercept(x, lengthUnit)}</title>
                  </g>
                ))}
              </g>
            );
          })}
          {hover !== null && (
            <g pointerEvents="none">
              <line x1={AXIS} x2={width} y1={y(hover)} y2={y(hover)} stroke="#fff" strokeDasharray="3 2" />
              <text x={AXIS + 2} y={y(hover) - 3} fill="#fff">{t('holes.strip.at', { depth: hover.toFixed(1), unit: lengthUnit })}</text>
            </g>
          )}
        </svg>
      </div>
      <ul className="strip-legend">
        <li><span className="swatch" style={{ background: '#5fa8d3' }} />{t('holes.strip.assays')}</li>
        <li><span className="swatch" style={{ background: '#f5b342' }} />{t('holes.strip.composites')}</li>
        <li><span className="swatch" style={{ background: INTERCEPT_COLOR }} />{t('holes.strip.intercepts')}</li>
        {[...palette].map(([code, color]) => <li key={code}><span className="swatch" style={{ background: color }} />{code}</li>)}
      </ul>
    </div>
  );
}
