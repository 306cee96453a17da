import type { Finding, ValidationReport } from '../../engine/types.ts';

/** One table's entry in the validation report. */
export type TableSummary = ValidationReport['tables'][number];
/** One grade column's counts in the validation report. */
export type ElementSummary = ValidationReport['elements'][number];

/** A non-role column of an interval or point table. */
export interface ValueColumnInfo {
  /** Key in `values` / `categories`: element symbol ('AU'), or the column name for other columns. */
  key: string;
  /** Column name in the file. */
  column: string;
  /** 0-based position of the column in the file. */
  index: number;
  kind: 'value' | 'category';
  /** Element symbol or formula when the name reads as one ('Au_ppm' → 'AU'). */
  element?: string;
  /** Unit hint from the name: 'ppm' | 'ppb' | 'pct' | 'gpt' | 'opt' | 'ppt'. */
  unit?: string;
}

/** What every import function returns: the typed table, the row-level findings and the counts. */
export interface ImportResult<T> {
  table: T;
  /** Import findings; every row left out of `table` has one with excluded: true. */
  findings: Finding[];
  summary: TableSummary;
  /** Grade columns with their counts (interval and point tables; empty otherwise). */
  elements: ElementSummary[];
  /** Value and category columns (interval and point tables; empty otherwise). */
  valueColumns: ValueColumnInfo[];
}
