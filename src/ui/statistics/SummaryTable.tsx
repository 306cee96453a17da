import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../engine/stats/distribution';
import type { ElementDistributions } from './useDistributions';

/** A number to 4 significant digits (the precision the table shows). */
export function sig4(v: number): string {
  return String(Number(v.toPrecision(4)));
}

type Row = [label: string, pick: (d: Distribution) => number, integer?: boolean];

/** The summary rows, in order (quantiles length-weighted, see weightedQuantiles). */
function rows(t: (k: string, o?: Record<string, unknown>) => string): Row[] {
  return [
    [t('stats.count'), (d) => d.summary.count, true],
    [t('stats.mean'), (d) => d.summary.mean],
    [t('stats.declustered'), (d) => d.declustered.mean],
    [t('stats.variance'), (d) => d.summary.variance],
    [t('stats.cv'), (d) => d.summary.cv],
    [t('stats.min'), (d) => d.summary.min],
    [t('stats.quantile', { p: 10 }), (d) => d.summary.quantiles.p10],
    [t('stats.quantile', { p: 25 }), (d) => d.summary.quantiles.p25],
    [t('stats.median'), (d) => d.summary.quantiles.p50],
    [t('stats.quantile', { p: 75 }), (d) => d.summary.quantiles.p75],
    [t('stats.quantile', { p: 90 }), (d) => d.summary.quantiles.p90],
    [t('stats.quantile', { p: 95 }), (d) => d.summary.quantiles.p95],
    [t('stats.quantile', { p: 99 }), (d) => d.summary.quantiles.p99],
    [t('stats.max'), (d) => d.summary.max],
  ];
}

/** Columns of the table: label and distribution. */
export function summaryColumns(r: ElementDistributions, t: (k: string) => string): [string, Distribution][] {
  const cols: [string, Distribution][] = [];
  if (r.raw) cols.push([t('stats.raw'), r.raw]);
  cols.push([t('stats.composites'), r.composites]);
  if (r.capped) cols.push([t('stats.capped'), r.capped]);
  return cols;
}

/** The summary as CSV rows (statistic, then one column per set). */
export function summaryCsv(r: ElementDistributions, t: (k: string, o?: Record<string, unknown>) => string) {
  const cols = summaryColumns(r, t);
  return { header: ['STATISTIC', ...cols.map(([l]) => l)], rows: rows(t).map(([l, pick]) => [l, ...cols.map(([, d]) => pick(d))]) };
}

/** Summary table: count, mean, declustered mean, variance, CV and quantiles of raw assays, composites and capped composites. */
export function SummaryTable({ result, unit }: { result: ElementDistributions; unit: string }) {
  const { t } = useTranslation();
  const cols = summaryColumns(result, t);
  return (
    <table className="grid-table" data-testid="stats-summary">
      <caption>{t('stats.summary', { element: result.element, unit })} · {t('stats.lengthWeighted')}</caption>
      <thead><tr><th scope="col">{t('stats.statistic')}</th>{cols.map(([l]) => <th key={l} scope="col" className="num">{l}</th>)}</tr></thead>
      <tbody>
        {rows(t).map(([label, pick, integer]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {cols.map(([l, d]) => {
              const v = pick(d);
              return <td key={l} className="num">{Number.isFinite(v) ? (integer ? String(v) : sig4(v)) : '—'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
