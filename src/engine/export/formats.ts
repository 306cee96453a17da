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
