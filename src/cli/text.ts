/** Plain-text tables for the report and validate commands. */

/** Number with a fixed count of significant digits, or '-' for NaN. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '-' : String(v);
  if (v !== 0 && (Math.abs(v) >= 1e7 || Math.abs(v) < 1e-4)) return v.toExponential(digits - 1);
  return Number(v.toPrecision(digits)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Whole number with thousands separators. */
export function int(v: number): string {
  return Math.round(v).toLocaleString('en-US');
}

/** Columns padded to their widest cell; numbers right-aligned (columns listed in `right`). */
export function table(header: string[], rows: string[][], right: Set<number> = new Set(header.map((_, i) => i).slice(1))): string[] {
  const w = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((s, c) => (right.has(c) ? s.padStart(w[c]) : s.padEnd(w[c]))).join('  ').trimEnd();
  return [line(header), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)];
}
