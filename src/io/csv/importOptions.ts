import type { z } from 'zod';
import type { importSection } from '../scene/schema.ts';
import type { TableFormat } from './readTable.ts';

/** The scene's `import` section with defaults filled (what `scene.import` is after parsing). */
export type ImportSettings = z.output<typeof importSection>;

/**
 * Options of the import functions: the scene's `import` section (any part may be left out,
 * defaults as in the schema), plus the per-table `columns` mapping and `format` of the data entry.
 * `importCollars(text, name, { ...scene.import, columns: entry.columns, format: entry.format })`.
 */
export interface ImportOptions {
  missingCodes?: ImportSettings['missingCodes'];
  belowDetection?: Partial<ImportSettings['belowDetection']>;
  dipSign?: ImportSettings['dipSign'];
  /** Canonical column (X, HOLEID, FROM, …) or element name → column name in the file. */
  columns?: Record<string, string>;
  format?: TableFormat;
}

/** Fully resolved options (defaults of the scene schema applied). */
export interface ResolvedImportOptions {
  missingCodes: (string | number)[];
  belowDetection: { rule: ImportSettings['belowDetection']['rule']; value?: number; negativeIsBelowDetection: boolean };
  dipSign: ImportSettings['dipSign'];
  columns: Record<string, string>;
  format?: TableFormat;
}

/** Scene-schema defaults (kept equal to src/io/scene/schema.ts importSection). */
export const DEFAULT_MISSING_CODES: readonly string[] = ['NA', 'N/A', '-', '-99', '-999', '-9999'];

/** Fill defaults. */
export function resolveImportOptions(o: ImportOptions = {}): ResolvedImportOptions {
  return {
    missingCodes: o.missingCodes ? [...o.missingCodes] : [...DEFAULT_MISSING_CODES],
    belowDetection: {
      rule: o.belowDetection?.rule ?? 'half',
      value: o.belowDetection?.value,
      negativeIsBelowDetection: o.belowDetection?.negativeIsBelowDetection ?? true,
    },
    dipSign: o.dipSign ?? 'auto',
    columns: o.columns ?? {},
    format: o.format,
  };
}
