import type { BlockGrid } from '../types';
import { checkBlockFields, type NamedField } from './fields';
import { vtkDataArray, vtkFileStart, xmlAttr } from './vtkXml';

/**
 * Block model as VTK ImageData (`.vti`, XML): one cell per block, one cell-data array per field
 * (values as given, NaN kept), binary base64 inline (see vtkXml.ts). The image's points are the
 * block corners: Origin = the first block's centroid − half a block, Spacing = the block size,
 * extent 0..n along each axis. VTK numbers cells X fastest, then Y, then Z: Lode's grid order, so
 * arrays are written as they are. ParaView opens the file directly. Yields text pieces.
 */
export function* blockModelVti(grid: BlockGrid, fields: NamedField[]): Generator<string> {
  checkBlockFields(grid, fields);
  const [nx, ny, nz] = grid.count;
  const extent = `0 ${nx} 0 ${ny} 0 ${nz}`;
  const corner = grid.origin.map((o, a) => o - grid.size[a] / 2).join(' ');
  yield vtkFileStart('ImageData');
  yield `  <ImageData WholeExtent="${extent}" Origin="${corner}" Spacing="${grid.size.join(' ')}">\n`;
  yield `    <Piece Extent="${extent}">\n      <PointData>\n      </PointData>\n`;
  yield `      <CellData${fields.length ? ` Scalars="${xmlAttr(fields[0].name)}"` : ''}>\n`;
  for (const f of fields) yield* vtkDataArray(f.name, f.values);
  yield '      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n';
}
