import type { BlockGrid, Vec3 } from '../types';
import { blockCentroid, blockCount } from '../grid/blockGrid';
import { checkBlockFields, codeTable, linesInChunks, type NamedField } from './fields';

/** Value written for a missing (NaN) value: GSLIB's UNEST, as kt3d writes unestimated nodes. */
export const GSLIB_MISSING = -999;

/**
 * Block model as a GSLIB / GEO-EAS file: a title line (holding the grid definition, nx ny nz,
 * xmn ymn zmn, xsiz ysiz zsiz in GSLIB's order), the number of variables, one name per line, then
 * one row per block in GSLIB order (X fastest, then Y, then Z): X Y Z (centroid) and the fields.
 * Missing values are written as -999 (GSLIB_MISSING), which GSLIB programs trim (Deutsch & Journel
 * 1998, GSLIB 2nd ed., §II.1.2 and the UNEST of kt3d). A code field (DOMAIN) is written as its
 * code's 1-based index, 0 for none, its code table at the end of the title line (GSLIB's only free
 * text: a reader of GEO-EAS takes line 2 as the number of variables).
 */
export function* blockModelGslib(grid: BlockGrid, fields: NamedField[], title = 'Lode block model'): Generator<string> {
  checkBlockFields(grid, fields);
  const { count: [nx, ny, nz], origin: [ox, oy, oz], size: [sx, sy, sz] } = grid;
  const tables = fields.filter((f) => f.codes).map((f) => `; ${codeTable(f)}`).join('');
  const def = `grid ${nx} ${ox} ${sx} ${ny} ${oy} ${sy} ${nz} ${oz} ${sz} (nx xmn xsiz ny ymn ysiz nz zmn zsiz); missing ${GSLIB_MISSING}${tables}`;
  const names = ['X', 'Y', 'Z', ...fields.map((f) => f.name.replace(/\s+/g, '_'))];
  yield `${`${title}: ${def}`.replace(/[\r\n]+/g, ' ')}\n${names.length}\n${names.join('\n')}\n`;
  const num = (v: number) => (Number.isNaN(v) ? String(GSLIB_MISSING) : String(v));
  const code = (v: number) => (v >= 1 ? String(v) : '0');
  yield* linesInChunks((function* rows() {
    const c: Vec3 = [0, 0, 0];
    const n = blockCount(grid);
    for (let b = 0; b < n; b++) {
      blockCentroid(grid, b, c);
      let line = `${c[0]} ${c[1]} ${c[2]}`;
      for (const f of fields) line += ` ${f.codes ? code(f.values[b]) : num(f.values[b])}`;
      yield line;
    }
  })());
}
