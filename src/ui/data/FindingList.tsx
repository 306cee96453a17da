import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../engine/types';
import { formatInteger } from '../format';
import { findingDetail } from '../messages/formatMessage';

/** Rows shown per page inside one group (a group may hold many thousands of rows). */
export const PAGE_SIZE = 100;

/**
 * Rows of a page rendered at once; the rest follow as many more per frame. A page of 100 rows
 * rendered and laid out in one go held the page's thread for 100+ ms when Copper Creek opened.
 */
export const ROW_CHUNK = 10;

/** The symbol of each severity (the legend explains them; colours come from .sev-*). */
export const SEVERITY_ICON: Record<Severity, string> = { error: '●', warning: '▲', info: '◆' };
const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Findings of one code and severity. */
interface Group { severity: Severity; code: string; findings: Finding[]; excluded: number }

/** Groups by severity and code: errors first, then warnings, then info; larger groups first within a severity. */
export function groupFindings(findings: Finding[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.code}`;
    let g = byKey.get(key);
    if (!g) { g = { severity: f.severity, code: f.code, findings: [], excluded: 0 }; byKey.set(key, g); }
    g.findings.push(f);
    if (f.excluded) g.excluded++;
  }
  return [...byKey.values()].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity)
    || b.findings.length - a.findings.length || a.code.localeCompare(b.code));
}

/** File, row and hole of a finding. */
const where = (f: Finding) => `${f.file}${f.row !== undefined ? `:${f.row}` : ''}`;

/** The findings grouped by code with counts: errors and warnings open, information collapsed; a legend of the symbols. */
export function FindingList({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  if (findings.length === 0) return <p className="ok">{t('report.noFindings')}</p>;
  return (
    <div className="findings">
      <p className="legend" aria-label={t('messages.report.legend')}>
        {ORDER.map((s) => (
          <span key={s} className={`legend-item sev-${s}`}><span className="sev-icon" aria-hidden="true">{SEVERITY_ICON[s]}</span> {t(`messages.report.${s}`)}</span>
        ))}
        <span className="legend-item"><span className="excl" aria-hidden="true">✕</span> {t('messages.report.excluded')}</span>
      </p>
      {groups.map((g) => <FindingGroup key={`${g.severity}:${g.code}`} group={g} />)}
    </div>
  );
}

/** One code's findings: a summary line (symbol, headline, count) over its rows, paginated. */
const FindingGroup = memo(function FindingGroup({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(group.severity !== 'info');
  const [page, setPage] = useState(0);
  const lang = i18n.language;
  const exists = (k: string) => i18n.exists(k);
  const n = group.findings.length;
  const pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
  const p = Math.min(page, pages - 1);
  const headline = exists(`finding.${group.code}`) ? t(`finding.${group.code}`) : group.code;
  return (
    <details className={`finding-group sev-${group.severity}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-code={group.code}>
      <summary>
        <span className="sev-icon" aria-hidden="true">{SEVERITY_ICON[group.severity]}</span>
        <span className="visually-hidden">{t(`severity.${group.severity}`)}: </span>
        <span className="finding-kind">{headline}</span>
        <span className="finding-count">{formatInteger(n, lang)}</span>
      </summary>
      {open && (
        <>
          {pages > 1 && (
            <div className="findings-bar">
              <span className="pager">
                <button type="button" className="small" disabled={p === 0} onClick={() => setPage(p - 1)} aria-label={t('report.prev')}>‹</button>
                {t('report.page', { page: p + 1, pages, count: formatInteger(n, lang) })}
                <button type="button" className="small" disabled={p >= pages - 1} onClick={() => setPage(p + 1)} aria-label={t('report.next')}>›</button>
              </span>
            </div>
          )}
          <FindingRows key={p} findings={group.findings.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE)} />
        </>
      )}
    </details>
  );
});

/** How many of `total` rows to render: ROW_CHUNK at first, ROW_CHUNK more each frame (at transition priority) until all. */
function useGrowingCount(total: number): number {
  const [n, setN] = useState(ROW_CHUNK);
  useEffect(() => {
    if (n >= total) return;
    const id = requestAnimationFrame(() => startTransition(() => setN((m) => m + ROW_CHUNK)));
    return () => cancelAnimationFrame(id);
  }, [n, total]);
  return Math.min(n, total);
}

/** The rows of one page of a group, rendered a few at a time (useGrowingCount). */
function FindingRows({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const shown = useGrowingCount(findings.length);
  return (
    <table className="grid-table findings-table">
      <thead><tr><th>{t('report.where')}</th><th>{t('report.message')}</th></tr></thead>
      <tbody>
        {findings.slice(0, shown).map((f, i) => <FindingRow key={i} finding={f} />)}
      </tbody>
    </table>
  );
}

/** One finding: file:row (and hole) and its sentence in the UI language; ✕ when its row was excluded. */
const FindingRow = memo(function FindingRow({ finding: f }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const exists = (k: string) => i18n.exists(k);
  return (
    <tr>
      <td className="where">
        <span className="file">{where(f)}</span>
        {f.holeId && <span className="hole">{f.holeId}</span>}
      </td>
      <td>
        {f.excluded && <span className="excl" title={t('report.excludedRow')} aria-label={t('report.excludedRow')}>✕ </span>}
        {findingDetail(t, exists, f)}
      </td>
    </tr>
  );
});
