import { useTranslation } from 'react-i18next';
import { formatSignificant } from '../format';
import { useCurveLabel } from './VariogramChart';
import type { PanelCurve } from './useVariogramData';
import { FEW_PAIRS } from './variogramSeries';

/** Pair count and γ of every lag of every curve (lags with few pairs marked), folded away by default. */
export function PairsTable({ curves }: { curves: PanelCurve[] }) {
  const { t } = useTranslation();
  const label = useCurveLabel();
  return (
    <details className="pairs">
      <summary>{t('variogramPanel.pairsTitle')}</summary>
      {curves.map((c, i) => {
        const e = c.variogram;
        const ks = Array.from(e.lags.keys()).filter((k) => e.pairs[k] > 0);
        return (
          <table key={i} className="pairs-table" data-testid="variogram-pairs">
            <caption>{label(c)}</caption>
            <thead><tr><th>{t('variogramPanel.lag')}</th><th>{t('variogramPanel.pairs')}</th><th>γ</th></tr></thead>
            <tbody>
              {ks.map((k) => (
                <tr key={k} className={e.pairs[k] < FEW_PAIRS ? 'few' : undefined}>
                  <td>{formatSignificant(e.lags[k], 4)}</td><td>{e.pairs[k]}{e.pairs[k] < FEW_PAIRS ? ' *' : ''}</td><td>{formatSignificant(e.gamma[k], 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </details>
  );
}
