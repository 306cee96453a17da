import { useTranslation } from 'react-i18next';
import type { ResourceReportRow as ReportRow, ResourceReport } from '../../pipeline';
import { formatNumber } from './formatReport';

/** A resource table by class and cutoff: grade and metal per element, value. */
export function RowsTable({ report, rows, caption, onPick }: { report: ResourceReport; rows: ReportRow[]; caption?: string; onPick?: (row: ReportRow) => void }) {
  const { t, i18n } = useTranslation();
  const els = Object.keys(report.units);
  const f = (v: number, d = 3) => formatNumber(v, i18n.language, d);
  return (
    <table className="data-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th>{t('resources.col.class')}</th><th>{t('resources.col.cutoff')}</th><th>{t('resources.col.tonnes')}</th>
          {els.map((e) => <th key={e}>{t('resources.col.grade', { el: e, unit: report.units[e] })}</th>)}
          {els.map((e) => <th key={`m${e}`}>{t('resources.col.metal', { el: e, unit: report.metalUnits[e] })}</th>)}
          <th>{t('resources.col.value', { currency: report.currency })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-class={r.class} data-cutoff={r.cutoff} onClick={onPick ? () => onPick(r) : undefined}>
            <td>{t(`resources.class.${r.class}`)}</td><td>{f(r.cutoff)}</td><td data-field="tonnes">{f(r.tonnes, 0)}</td>
            {els.map((e) => <td key={e} data-field={`grade-${e}`}>{f(r.grade[e])}</td>)}
            {els.map((e) => <td key={`m${e}`} data-field={`metal-${e}`}>{f(r.metal[e], 0)}</td>)}
            <td data-field="value">{f(r.value, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
