import { checkFieldLengths, type NamedField } from './fields';
import { vtkDataArray, vtkFileStart } from './vtkXml';

/** Points and cells of a VTK PolyData file. */
export interface PolyData {
  /** Point coordinates X,Y,Z interleaved (float64: real-world coordinates keep their precision). */
  points: Float64Array;
  /** 'lines': each cell a polyline through consecutive points; 'verts': each cell one point. */
  kind: 'lines' | 'verts';
  /** Lines only: index of the first point of each line, and the point count at the end (length lines + 1). */
  lineStarts?: Int32Array;
  pointData: NamedField[];
  cellData: NamedField[];
}

/**
 * VTK PolyData (`.vtp`, XML): points in float64, polylines (or vertices) with VTK 9's
 * connectivity/offsets cell arrays (offsets are the end of each cell), point and cell data arrays
 * as given (NaN kept); binary base64 inline (see vtkXml.ts). Yields text pieces.
 */
export function* polyDataVtp(pd: PolyData): Generator<string> {
  const nPoints = pd.points.length / 3;
  if (!Number.isInteger(nPoints)) throw new Error(`export: ${pd.points.length} point coordinates is not a multiple of 3`);
  let connectivity: Int32Array, offsets: Int32Array;
  if (pd.kind === 'lines') {
    const s = pd.lineStarts;
    if (!s || s.length < 1 || s[0] !== 0 || s[s.length - 1] !== nPoints) throw new Error('export: lineStarts must run from 0 to the number of points');
    connectivity = Int32Array.from({ length: nPoints }, (_, i) => i);
    offsets = s.slice(1);
  } else {
    connectivity = Int32Array.from({ length: nPoints }, (_, i) => i);
    offsets = Int32Array.from({ length: nPoints }, (_, i) => i + 1);
  }
  const nCells = offsets.length;
  checkFieldLengths(pd.pointData, nPoints, 'points');
  checkFieldLengths(pd.cellData, nCells, 'cells');
  const tag = pd.kind === 'lines' ? 'Lines' : 'Verts';
  yield vtkFileStart('PolyData');
  yield `  <PolyData>\n    <Piece NumberOfPoints="${nPoints}" NumberOfVerts="${pd.kind === 'verts' ? nCells : 0}" NumberOfLines="${pd.kind === 'lines' ? nCells : 0}" NumberOfStrips="0" NumberOfPolys="0">\n`;
  yield '      <Points>\n';
  yield* vtkDataArray('Points', pd.points, 3);
  yield '      </Points>\n';
  yield '      <PointData>\n';
  for (const f of pd.pointData) yield* vtkDataArray(f.name, f.values);
  yield '      </PointData>\n      <CellData>\n';
  for (const f of pd.cellData) yield* vtkDataArray(f.name, f.values);
  yield `      </CellData>\n      <${tag}>\n`;
  yield* vtkDataArray('connectivity', connectivity);
  yield* vtkDataArray('offsets', offsets);
  yield `      </${tag}>\n    </Piece>\n  </PolyData>\n</VTKFile>\n`;
}
