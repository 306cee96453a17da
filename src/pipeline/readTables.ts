import { readTableSource, type ReadFile, type TableText } from '../io/scene/tableSource';
import type { TableSource } from '../io/scene/schema';
import { codeOf } from '../io/userMessage';
import { InputError } from './inputError';

/**
 * Reads one table of the scene. Any failure (missing file, unreadable embedded data) is an
 * InputError naming the scene field and the file: "data.assays: assay.csv: file not found".
 */
export async function readSceneTable(src: TableSource, key: string, readFile: ReadFile): Promise<TableText> {
  try {
    return await readTableSource(src, readFile, key);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const c = codeOf(e);
    const text = msg.startsWith(key) ? msg : `${key}: ${msg}`;
    throw c ? new InputError(text, c.code, c.params, key) : new InputError(text, 'table-unreadable', { file: src.name ?? src.path ?? key }, `${key}: ${msg}`);
  }
}
