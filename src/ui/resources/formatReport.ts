/** A number for the tables: d decimals below 1000, whole numbers with grouping above; '—' for NaN/null. */
export function formatNumber(v: number | null | undefined, lang: string, d = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const digits = Math.abs(v) >= 1000 ? 0 : d;
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
