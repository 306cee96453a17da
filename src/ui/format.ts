/** Number formatting for the UI (locale-aware; Chinese uses 万 for ten-thousands as reports do). */

import { GRAMS_PER_TROY_OUNCE } from '../engine/resources/gradeTonnage';
import { metalAmount } from '../pipeline/gradeUnits';

function nf(lang: string, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A number with about 3 significant digits. */
export function formatNumber(x: number, lang: string): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  const d = a === 0 ? 0 : a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(a)));
  return nf(lang, d).format(x);
}

/** Tonnes: t, kt, Mt (en) or 吨, 万吨, 亿吨 (zh). */
export function formatTonnes(t: number, lang: string): string {
  if (!Number.isFinite(t)) return '—';
  if (lang === 'zh') {
    if (t >= 1e8) return `${formatNumber(t / 1e8, lang)} 亿吨`;
    if (t >= 1e4) return `${formatNumber(t / 1e4, lang)} 万吨`;
    return `${formatNumber(t, lang)} 吨`;
  }
  if (t >= 1e6) return `${formatNumber(t / 1e6, lang)} Mt`;
  if (t >= 1e3) return `${formatNumber(t / 1e3, lang)} kt`;
  return `${formatNumber(t, lang)} t`;
}

/** A grade with its unit. */
export function formatGrade(g: number, unit: string, lang: string): string {
  return Number.isFinite(g) ? `${formatNumber(g, lang)} ${unit}` : '—';
}

/**
 * Contained metal from tonnes·grade (as the grade–tonnage curve gives it), converted by the
 * pipeline's rule (metalAmount, the one `lode report` uses): troy ounces for precious metals, shown
 * with their mass in kg or t; tonnes for the rest; otherwise the raw product with its unit.
 */
export function formatMetal(tonnesTimesGrade: number, unit: string, element: string, lang: string): string {
  if (!Number.isFinite(tonnesTimesGrade)) return '—';
  const m = metalAmount(tonnesTimesGrade, unit, element);
  if (m.unit === 't') return formatTonnes(m.amount, lang);
  if (m.unit !== 'oz') return `${formatNumber(m.amount, lang)} ${m.unit}`;
  const oz = m.amount;
  const g = oz * GRAMS_PER_TROY_OUNCE;
  const mass = g >= 1e6 ? formatTonnes(g / 1e6, lang) : `${formatNumber(g / 1e3, lang)} ${lang === 'zh' ? '千克' : 'kg'}`;
  const ozText = lang === 'zh'
    ? (oz >= 1e4 ? `${formatNumber(oz / 1e4, lang)} 万盎司` : `${formatNumber(oz, lang)} 盎司`)
    : oz >= 1e6 ? `${formatNumber(oz / 1e6, lang)} Moz` : oz >= 1e3 ? `${formatNumber(oz / 1e3, lang)} koz` : `${formatNumber(oz, lang)} oz`;
  return `${mass} (${ozText})`;
}

/** An integer with grouping. */
export function formatInteger(x: number, lang: string): string {
  return Number.isFinite(x) ? nf(lang, 0).format(x) : '—';
}
