/**
 * Test helper: the attributes and inline binary DataArrays of a VTK XML file Lode wrote, decoded
 * with Node's own base64 (independent of the writer's encoder). Knows only what the writer emits:
 * header_type UInt64, little-endian, uncompressed, format="binary".
 */
export interface VtkArray { type: string; components: number; values: number[] }

const CTORS: Record<string, { new (b: ArrayBuffer): ArrayLike<number> }> = {
  Float64: Float64Array, Float32: Float32Array, Int32: Int32Array, UInt8: Uint8Array,
};

/** The decoded arrays of a VTK XML text by Name (with their order), and the attributes of the first element named `tag`. */
export function vtkArrays(xml: string): { arrays: Map<string, VtkArray>; order: string[] } {
  const arrays = new Map<string, VtkArray>(), order: string[] = [];
  for (const m of xml.matchAll(/<DataArray type="(\w+)" Name="([^"]*)" NumberOfComponents="(\d+)" format="binary">([^<]*)<\/DataArray>/g)) {
    const bytes = Buffer.from(m[4], 'base64');
    const n = Number(bytes.readBigUInt64LE(0));
    if (n !== bytes.length - 8) throw new Error(`${m[2]}: header says ${n} bytes, ${bytes.length - 8} follow`);
    const buf = bytes.buffer.slice(bytes.byteOffset + 8, bytes.byteOffset + bytes.length);
    arrays.set(m[2], { type: m[1], components: Number(m[3]), values: Array.from(new CTORS[m[1]](buf)) });
    order.push(m[2]);
  }
  return { arrays, order };
}

/** Attributes of the first element `tag` in an XML text. */
export function xmlAttributes(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}

/** Text inside the first element `tag` (e.g. the CellData of a file), to read only its arrays. */
export function xmlSection(xml: string, tag: string): string {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>…</${tag}>`);
  return m[1];
}
