import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../engine/types';
import { formatInteger } from '../format';

/** Findings per page (the list may hold many thousands of rows). */
export const PAGE_SIZE = 100;

/** File, row and hole of a finding. */
const where = (f: Finding) => `${f.file}${f.row !== undefined ? `:${f.row}` : ''}${f.holeId ? ` · ${f.holeId}` : ''}`;

/** Row-level findings, filterable by severity, paginated. */
export function FindingList({ findings }: { findings: Finding[] }) {
  const { t, i18n } = useTranslation();
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [page, setPage] = useState(0);
  const shown = useMemo(() => severity === 'all' ? findings : findings.filter((f) => f.severity === severity), [findings, severity]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const p = Math.min(page, pages - 1);
  const rows = shown.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  if (findings.length === 0) return <p className="ok">{t('report.noFindings')}</p>;
  return (
    <div className="findings">
      <div className="findings-bar">
        <label>
          {t('report.show')}{' '}
          <select value={severity} onChange={(e) => { setSeverity(e.target.value as Severity | 'all'); setPage(0); }}>
            <option value="all">{t('report.all')}</option>
            <option value="error">{t('severity.error')}</option>
            <option value="warning">{t('severity.warning')}</option>
            <option value="info">{t('severity.info')}</option>
          </select>
        </label>
        <span className="pager">
          <button type="button" className="small" disabled={p === 0} onClick={() => setPage(p - 1)} aria-label={t('report.prev')}>‹</button>
          {t('report.page', { page: p + 1, pages, count: formatInteger(shown.length, i18n.language) })}
          <button type="button" className="small" disabled={p >= pages - 1} onClick={() => setPage(p + 1)} aria-label={t('report.next')}>›</button>
        </span>
      </div>
      <table className="grid-table findings-table">
        <thead><tr><th>{t('report.severity')}</th><th>{t('report.where')}</th><th>{t('report.message')}</th></tr></thead>
        <tbody>
          {rows.map((f, i) => (
            <tr key={p * PAGE_SIZE + i} className={`sev-${f.severity}`}>
              <td><span className={`sev sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{f.excluded && <span className="excl" title={t('report.excludedRow')}>✕</span>}</td>
              <td className="file" title={where(f)}>{where(f)}</td>
              <td>{i18n.exists(`finding.${f.code}`) && <strong className="finding-kind">{t(`finding.${f.code}`)}: </strong>}{f.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
