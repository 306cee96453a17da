import { base64Pieces } from './base64';
import type { FieldArray } from './fields';

/**
 * Pieces of VTK's XML file format (VTK User's Guide, "VTK File Formats", XML formats) shared by
 * the .vti and .vtp writers. Arrays are written inline as `format="binary"`: base64 of a UInt64
 * byte count followed by the raw little-endian values, encoded together (header_type="UInt64",
 * no compression). Chosen over appended raw data because the file stays well-formed XML (any XML
 * tool reads it; raw appended bytes are not) at 4/3 of the raw size; ParaView, VTK and vtk.js read it.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** VTK type name of a typed array. */
export function vtkType(a: FieldArray): string {
  if (a instanceof Float64Array) return 'Float64';
  if (a instanceof Float32Array) return 'Float32';
  if (a instanceof Int32Array) return 'Int32';
  return 'UInt8';
}

/** Text safe inside an XML attribute value. */
export function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** First line and root element of a VTK XML file of `type` (ImageData, PolyData). */
export function vtkFileStart(type: string): string {
  if (!LITTLE_ENDIAN) throw new Error('export: VTK writer needs a little-endian machine');
  return `<?xml version="1.0"?>\n<VTKFile type="${type}" version="1.0" byte_order="LittleEndian" header_type="UInt64">\n`;
}

/** A `<DataArray>` element with its values in base64 (header and data encoded together), as text pieces. */
export function* vtkDataArray(name: string, values: FieldArray, components = 1, indent = '        '): Generator<string> {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const header = new Uint8Array(new BigUint64Array([BigInt(values.byteLength)]).buffer);
  yield `${indent}<DataArray type="${vtkType(values)}" Name="${xmlAttr(name)}" NumberOfComponents="${components}" format="binary">`;
  yield* base64Pieces([header, bytes]);
  yield '</DataArray>\n';
}
