import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode, shownBasis } from '../store';
import { formatNumber } from './format';
import { SLIDER_STEPS, cutoffToPosition, positionToCutoff } from './cutoffScale';

/**
 * The cutoff of the element shown: a slider (accessible name "Cutoff", scale of cutoffScale.ts, up to
 * the element's largest value) and a number box (exact). Moving the slider updates the
 * summary at once (prepared curve, O(log n)); releasing it recomputes the envelope in a worker.
 */
export function CutoffControl() {
  const { t, i18n } = useTranslation();
  const cutoff = useLode((s) => s.cutoff);
  const [lo, hiRange] = useLode((s) => s.cutoffRange);
  const scene = useLode((s) => s.scene);
  const setCutoff = useLode((s) => s.setCutoff);
  const updateEnvelope = useLode((s) => s.updateEnvelope);
  const [draft, setDraft] = useState(shortText(cutoff));
  useEffect(() => setDraft(shortText(cutoff)), [cutoff]);
  const el = useLode((s) => shownBasis(s)?.element);
  const unit = useLode((s) => shownBasis(s)?.unit) ?? '';
  // The slider's positions follow a scale fine near 0 and reaching the element's maximum; the number box is exact.
  const hi = Math.max(hiRange, cutoff);
  const step = niceStep((hi - lo) / 200);
  const position = Math.round(cutoffToPosition(cutoff - lo, hi - lo));
  const release = () => void updateEnvelope();
  const commitDraft = () => {
    const v = Number(draft.replace(',', '.'));
    if (Number.isFinite(v) && v >= 0) { setCutoff(v); release(); } else setDraft(shortText(cutoff));
  };
  return (
    <div className="cutoff">
      <label htmlFor="cutoff-slider" className="cutoff-label">
        {t('cutoff.label')}{el ? ` · ${el}` : ''}{unit ? ` (${unit})` : ''}
      </label>
      <div className="cutoff-row">
        <input id="cutoff-slider" type="range" aria-label={t('cutoff.label')} min={0} max={SLIDER_STEPS} step={1}
          value={position} disabled={!scene}
          aria-valuetext={`${formatNumber(cutoff, i18n.language)} ${unit}`}
          onChange={(e) => setCutoff(lo + positionToCutoff(Number(e.target.value), hi - lo))}
          onPointerUp={release} onKeyUp={release} onTouchEnd={release} />
        <input type="number" className="cutoff-number" aria-label={t('cutoff.number')} min={0} step={step}
          value={draft} disabled={!scene}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitDraft} onKeyDown={(e) => { if (e.key === 'Enter') commitDraft(); }} />
      </div>
    </div>
  );
}

/** A number without float noise (0.30000000000000004 → "0.3"). */
function shortText(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/** A step of 1, 2 or 5 × 10^k close to x. */
function niceStep(x: number): number {
  if (!(x > 0)) return 0.01;
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : 5) * p;
}
