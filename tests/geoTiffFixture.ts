/**
 * A minimal GeoTIFF written by hand (TIFF 6.0 baseline: little-endian, one uncompressed RGB strip)
 * with GeoTIFF tags, independent of the `geotiff` library the app reads it with.
 */
export interface FixtureTags {
  pixelScale?: number[];
  tiepoint?: number[];
  transformation?: number[];
  /** GTRasterTypeGeoKey: 1 area, 2 point. */
  rasterType?: number;
}

/** An RGB GeoTIFF of width × height pixels, every pixel `rgb(x, y)`. */
export function geoTiff(width: number, height: number, rgb: (x: number, y: number) => [number, number, number], tags: FixtureTags): Uint8Array {
  type Entry = { tag: number; type: 3 | 4 | 12; values: number[] };
  const pixels = width * height * 3;
  const entries: Entry[] = [
    { tag: 256, type: 4, values: [width] }, { tag: 257, type: 4, values: [height] }, { tag: 258, type: 3, values: [8, 8, 8] },
    { tag: 259, type: 3, values: [1] }, { tag: 262, type: 3, values: [2] }, { tag: 273, type: 4, values: [0] },
    { tag: 277, type: 3, values: [3] }, { tag: 278, type: 4, values: [height] }, { tag: 279, type: 4, values: [pixels] },
    { tag: 284, type: 3, values: [1] },
  ];
  if (tags.pixelScale) entries.push({ tag: 33550, type: 12, values: tags.pixelScale });
  if (tags.tiepoint) entries.push({ tag: 33922, type: 12, values: tags.tiepoint });
  if (tags.transformation) entries.push({ tag: 34264, type: 12, values: tags.transformation });
  if (tags.rasterType) entries.push({ tag: 34735, type: 3, values: [1, 1, 0, 1, 1025, 0, 1, tags.rasterType] });
  const size = { 3: 2, 4: 4, 12: 8 } as const;
  const ifdBytes = 2 + entries.length * 12 + 4;
  let extra = 8 + ifdBytes;
  const outOfLine = entries.map((e) => {
    const n = e.values.length * size[e.type];
    if (n <= 4) return -1;
    const at = extra;
    extra += n + (n % 2);
    return at;
  });
  const stripAt = extra;
  entries.find((e) => e.tag === 273)!.values[0] = stripAt;
  const buf = new ArrayBuffer(stripAt + pixels);
  const v = new DataView(buf);
  v.setUint8(0, 0x49); v.setUint8(1, 0x49); v.setUint16(2, 42, true); v.setUint32(4, 8, true);
  v.setUint16(8, entries.length, true);
  const put = (at: number, type: 3 | 4 | 12, x: number) => {
    if (type === 3) v.setUint16(at, x, true); else if (type === 4) v.setUint32(at, x, true); else v.setFloat64(at, x, true);
  };
  entries.forEach((e, k) => {
    const at = 10 + 12 * k;
    v.setUint16(at, e.tag, true); v.setUint16(at + 2, e.type, true); v.setUint32(at + 4, e.values.length, true);
    if (outOfLine[k] < 0) e.values.forEach((x, i) => put(at + 8 + i * size[e.type], e.type, x));
    else { v.setUint32(at + 8, outOfLine[k], true); e.values.forEach((x, i) => put(outOfLine[k] + i * size[e.type], e.type, x)); }
  });
  v.setUint32(10 + 12 * entries.length, 0, true);
  const px = new Uint8Array(buf, stripAt);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) px.set(rgb(x, y), (y * width + x) * 3);
  return new Uint8Array(buf);
}
