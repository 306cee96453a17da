import type { BlockGrid } from '../types';
import type { NamedField } from './fields';
import { blockModelCsv } from './blockCsv';
import { blockModelGslib } from './gslib';
import { blockModelVti } from './vti';

/** Block-model export formats, by file extension. */
export const BLOCK_FORMATS = {
  csv: blockModelCsv,
  dat: blockModelGslib,
  gslib: blockModelGslib,
  vti: blockModelVti,
} as const satisfies Record<string, (grid: BlockGrid, fields: NamedField[]) => Generator<string>>;

export type BlockFormat = keyof typeof BLOCK_FORMATS;

/** The block-model format of a file name by its extension (case-insensitive), or null when none applies. */
export function blockFormatOf(fileName: string): BlockFormat | null {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext && ext in BLOCK_FORMATS ? ext as BlockFormat : null;
}
