import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode } from '../store';
import { blockCount } from '../engine/grid/blockGrid';
import { estimateDiagnostics, type EstimateDiagnostics as Diagnostics } from '../pipeline/estimateDiagnostics';
import { formatInteger } from './format';

/** Per-element diagnostics of the current estimates (elements in the scene's order). */
function useDiagnostics(): Diagnostics[] {
  const estimates = useLode((s) => s.estimates);
  const grid = useLode((s) => s.grid);
  useLode((s) => s.estimatesVersion);
  if (!grid) return [];
  const n = blockCount(grid);
  return Object.entries(estimates).filter(([, r]) => r.estimate.length === n).map(([el, r]) => estimateDiagnostics(el, r, n));
}

/**
 * A status line under the resource summary (role="status") saying how many blocks failed or are
 * weak (unestimated, singular, ill-conditioned), which opens a panel with the counts per element.
 */
export function DiagnosticsStatus() {
  const { t, i18n } = useTranslation();
  const running = useLode((s) => s.status.running);
  const diags = useDiagnostics();
  const [open, setOpen] = useState(false);
  if (running || diags.length === 0) return null;
  const weak = diags.reduce((a, d) => a + d.unestimated + d.singular + d.illConditioned, 0);
  const label = weak > 0 ? t('diagnostics.status', { count: weak, n: formatInteger(weak, i18n.language) }) : t('diagnostics.statusOk');
  return (
    <div role="status" className="diagnostics-status" data-testid="estimate-diagnostics-status">
      <button type="button" className="link" onClick={() => setOpen(true)} aria-haspopup="dialog">{label}</button>
      {open && <DiagnosticsPanel diags={diags} onClose={() => setOpen(false)} />}
    </div>
  );
}

/** The table of per-element counts (data-testid="estimate-diagnostics"). */
function DiagnosticsPanel({ diags, onClose }: { diags: Diagnostics[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const int = (v: number) => formatInteger(v, lang);
  const pct = (v: number) => `${(100 * v).toLocaleString(lang, { maximumFractionDigits: 1 })} %`;
  const rows: [string, (d: Diagnostics) => string][] = [
    ['blocks', (d) => int(d.blocks)],
    ['estimated', (d) => int(d.estimated)],
    ['unestimated', (d) => int(d.unestimated)],
    ...(diags.some((d) => d.outside > 0) ? [['outside', (d: Diagnostics) => int(d.outside)] as [string, (d: Diagnostics) => string]] : []),
    ['singular', (d) => int(d.singular)],
    ['illConditioned', (d) => int(d.illConditioned)],
    ['negativeWeights', (d) => `${int(d.negativeWeights)} (${t('diagnostics.share', { pct: pct(d.negativeShare) })})`],
    ['maxCondition', (d) => (d.maxCondition > 0 ? d.maxCondition.toExponential(1) : '–')],
  ];
  return (
    <div className="modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="diagnostics-title" data-testid="estimate-diagnostics">
        <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
        <table className="diagnostics-table">
          <thead><tr><th scope="col">{t('diagnostics.element')}</th>{diags.map((d) => <th scope="col" key={d.element}>{d.element}</th>)}</tr></thead>
          <tbody>
            {rows.map(([key, cell]) => (
              <tr key={key} data-row={key}>
                <th scope="row">{t(`diagnostics.${key}`)}</th>
                {diags.map((d) => <td key={d.element} data-element={d.element}>{cell(d)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('diagnostics.conditionNote', { limit: diags[0].conditionLimit.toExponential(0) })}</p>
        <div className="modal-actions"><button type="button" autoFocus onClick={onClose}>{t('diagnostics.close')}</button></div>
      </div>
    </div>
  );
}
