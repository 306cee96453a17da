import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationReport } from '../../engine/types';
import { formatInteger } from '../format';
import { FindingList } from './FindingList';

/** The validation report: rows read and excluded per table, values per element, then every finding (rendered again only when the report changes). */
export const ValidationReportView = memo(function ValidationReportView({ report }: { report: ValidationReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  return (
    <section className="report" aria-label={t('report.title')}>
      <h2>{t('report.title')}</h2>
      <p className="muted">{t('report.findingCounts', { errors, warnings, total: report.findings.length })}</p>
      <table className="grid-table">
        <caption>{t('report.tables')}</caption>
        <thead><tr><th>{t('report.kind')}</th><th>{t('report.file')}</th><th className="num">{t('report.rows')}</th><th className="num">{t('report.excluded')}</th></tr></thead>
        <tbody>
          {report.tables.map((tb) => (
            <tr key={`${tb.kind}:${tb.file}`} title={Object.entries(tb.columns).map(([k, v]) => `${k} ← ${v}`).join('\n')}>
              <td>{t(`kind.${tb.kind}`)}</td><td className="file">{tb.file}</td>
              <td className="num">{formatInteger(tb.rows, lang)}</td><td className="num">{formatInteger(tb.excluded, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.elements.length > 0 && (
        <table className="grid-table">
          <caption>{t('report.elements')}</caption>
          <thead><tr><th>{t('report.element')}</th><th className="num">{t('report.values')}</th><th className="num">{t('report.missing')}</th><th className="num">{t('report.bdl')}</th></tr></thead>
          <tbody>
            {report.elements.map((e) => (
              <tr key={e.name} title={e.column}>
                <td>{e.name}</td><td className="num">{formatInteger(e.values, lang)}</td>
                <td className="num">{formatInteger(e.missing, lang)}</td><td className="num">{formatInteger(e.belowDetection, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FindingList findings={report.findings} />
    </section>
  );
});
