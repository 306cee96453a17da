import { useTranslation } from 'react-i18next';
import { useLode, shownBasis } from '../store';
import { DiagnosticsStatus } from './EstimateDiagnostics';
import { formatGrade, formatInteger, formatMetal, formatTonnes } from './format';

/** Tonnes, mean grade and metal above the cutoff (data-testid="resource-summary"). */
export function ResourceSummary() {
  const { t, i18n } = useTranslation();
  const summary = useLode((s) => s.summary);
  const running = useLode((s) => s.status.running);
  // Unit and metal by the pipeline's rules, as `lode report` prints them.
  const unit = useLode((s) => shownBasis(s)?.unit) ?? '';
  const el = useLode((s) => shownBasis(s)?.element) ?? '';
  const lang = i18n.language;
  return (
    <div className="summary" data-testid="resource-summary" aria-live="polite">
      {summary ? (
        <dl>
          <div><dt>{t('summary.tonnes')}</dt><dd data-field="tonnes">{formatTonnes(summary.tonnes, lang)}</dd></div>
          <div><dt>{t('summary.grade')}</dt><dd data-field="grade">{formatGrade(summary.grade, unit, lang)}</dd></div>
          <div><dt>{t('summary.metal')}</dt><dd data-field="metal">{formatMetal(summary.metal, unit, el, lang)}</dd></div>
          <div><dt>{t('summary.blocks')}</dt><dd data-field="blocks">{formatInteger(summary.blocks, lang)}</dd></div>
        </dl>
      ) : (
        <p className="muted">{running ? t('summary.running') : t('summary.none')}</p>
      )}
      <DiagnosticsStatus />
    </div>
  );
}
