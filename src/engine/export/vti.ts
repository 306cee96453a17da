import type { BlockGrid } from '../types';
import { checkBlockFields, type NamedField } from './fields';
import { vtkDataArray, vtkFileStart, xmlAttr } from './vtkXml';

/**
 * Block model as VTK ImageData (`.vti`, XML): one cell per block, one cell-data array per field
 * (values as given, NaN kept), binary base64 inline (see vtkXml.ts). The image's points are the
 * block corners: Origin = the first block's centroid − half a block, Spacing = the block size,
 * extent 0..n along each axis. VTK numbers cells X fastest, then Y, then Z: Lode's grid order, so
 * arrays are written as they are. ParaView opens the file directly. A code field (DOMAIN) is a cell
 * array of its codes' 1-based indices (0 for none) and a FieldData string array `<name>_CODES`
 * holding the codes in order (VTK's ASCII form of a string array: each string's UTF-8 bytes as
 * numbers, then 0). Yields text pieces.
 */
export function* blockModelVti(grid: BlockGrid, fields: NamedField[]): Generator<string> {
  checkBlockFields(grid, fields);
  const [nx, ny, nz] = grid.count;
  const extent = `0 ${nx} 0 ${ny} 0 ${nz}`;
  const corner = grid.origin.map((o, a) => o - grid.size[a] / 2).join(' ');
  yield vtkFileStart('ImageData');
  yield `  <ImageData WholeExtent="${extent}" Origin="${corner}" Spacing="${grid.size.join(' ')}">\n`;
  const coded = fields.filter((f) => f.codes);
  if (coded.length) yield `    <FieldData>\n${coded.map(codesArray).join('')}    </FieldData>\n`;
  yield `    <Piece Extent="${extent}">\n      <PointData>\n      </PointData>\n`;
  yield `      <CellData${fields.length ? ` Scalars="${xmlAttr(fields[0].name)}"` : ''}>\n`;
  for (const f of fields) yield* vtkDataArray(f.name, f.values);
  yield '      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n';
}

/** The FieldData string array of a code field's codes. */
function codesArray(f: NamedField): string {
  const codes = f.codes ?? [];
  const bytes = codes.flatMap((c) => [...new TextEncoder().encode(c), 0]);
  return `      <DataArray type="String" Name="${xmlAttr(`${f.name}_CODES`)}" NumberOfTuples="${codes.length}" format="ascii">${bytes.join(' ')}</DataArray>\n`;
}
