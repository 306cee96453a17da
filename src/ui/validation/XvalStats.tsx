import { useTranslation } from 'react-i18next';
import type { CrossValidationSummary } from '../../engine/kriging/crossValidate';

/** A statistic to 4 significant digits. */
export function sig(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '—';
}

/** The cross-validation summary (data-testid="xval-stats"): each value in a cell with data-stat=<field>. */
export function XvalStats({ summary }: { summary: CrossValidationSummary }) {
  const { t } = useTranslation();
  const rows: [keyof CrossValidationSummary, string, boolean][] = [
    ['n', t('validation.n'), true], ['unestimated', t('validation.unestimated'), true],
    ['meanError', t('validation.meanError'), false], ['meanSquaredError', t('validation.mse'), false],
    ['correlation', t('validation.correlation'), false], ['slope', t('validation.slope'), false],
    ['meanStandardizedSquaredError', t('validation.msse'), false],
  ];
  return (
    <table className="grid-table" data-testid="xval-stats">
      <tbody>
        {rows.map(([k, label, integer]) => (
          <tr key={k}><th scope="row">{label}</th><td className="num" data-stat={k}>{integer ? String(summary[k]) : sig(summary[k])}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
