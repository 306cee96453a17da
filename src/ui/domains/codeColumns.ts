import type { IntervalTable } from '../../engine/types';

/** Most distinct codes a numeric column may have to be offered as a domain column. */
const MAX_CODES = 64;

/** True when every finite value is an integer and there are at most MAX_CODES of them (1, 2, 100 — codes, not grades). */
function looksLikeCodes(values: Float64Array): boolean {
  const seen = new Set<number>();
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (!Number.isInteger(v)) return false;
    seen.add(v);
    if (seen.size > MAX_CODES) return false;
  }
  return seen.size > 0;
}

/**
 * Columns the Domains section offers as the domain code: every text column of the tables, and the
 * numeric ones holding integer codes (the pipeline reads those as text, see loadDrillholes).
 */
export function domainColumnCandidates(tables: (IntervalTable | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const t of tables) {
    if (!t) continue;
    for (const c of Object.keys(t.categories)) out.add(c);
    for (const [c, v] of Object.entries(t.values)) if (looksLikeCodes(v)) out.add(c);
  }
  return [...out];
}
