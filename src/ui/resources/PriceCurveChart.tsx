import type { ResourceReport } from '../../pipeline';
import { CLASS_COLOURS } from '../../scene/classColours';
import { CLASS_CODE } from '../../engine/resources/classification';

/** Tonnes above the breakeven cutoff against the base price, one line per class (SVG; the cutoff is in the table). */
export function PriceCurveChart({ report, title }: { report: ResourceReport; title: string }) {
  const pts = report.priceCurve;
  if (pts.length < 2) return null;
  const W = 300, H = 150, P = 34;
  const classes = [...new Set(pts[0].rows.map((r) => r.class))];
  const maxT = Math.max(1, ...pts.flatMap((p) => p.rows.map((r) => r.tonnes)));
  const p0 = pts[0].price, p1 = pts[pts.length - 1].price;
  const x = (p: number) => P + ((p - p0) / (p1 - p0 || 1)) * (W - P - 8);
  const y = (t: number) => H - 20 - (t / maxT) * (H - 30);
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${W} ${H}`} width="100%" className="price-curve">
      <line x1={P} y1={H - 20} x2={W - 8} y2={H - 20} stroke="currentColor" strokeOpacity={0.4} />
      <line x1={P} y1={10} x2={P} y2={H - 20} stroke="currentColor" strokeOpacity={0.4} />
      <text x={P} y={H - 6} fontSize={9} fill="currentColor">{p0}</text>
      <text x={W - 8} y={H - 6} fontSize={9} fill="currentColor" textAnchor="end">{p1} {report.currency}</text>
      <text x={2} y={14} fontSize={9} fill="currentColor">{(maxT / 1e6).toPrecision(3)} Mt</text>
      {classes.map((c) => (
        <polyline key={c} fill="none" strokeWidth={2}
          stroke={c === 'all' ? '#f5b342' : CLASS_COLOURS[CLASS_CODE[c as keyof typeof CLASS_CODE]]}
          points={pts.map((p) => `${x(p.price)},${y(p.rows.find((r) => r.class === c)?.tonnes ?? 0)}`).join(' ')} />
      ))}
    </svg>
  );
}
