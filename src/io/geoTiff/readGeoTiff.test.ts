import { describe, expect, it } from 'vitest';
import { geoTiff } from '../../../tests/geoTiffFixture';
import { imageCorners } from '../worldFile';
import { worldFromGeoTiffTags } from './geoTiffWorld';
import { readGeoTiff } from './readGeoTiff';

const buffer = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

describe('GeoTIFF georeferencing → world file', () => {
  it('tiepoint + scale, pixel is area: the top-left pixel centre is half a pixel in from the tiepoint', () => {
    // 2 m pixels, raster corner (0, 0) at (1000, 5000): pixel (0, 0) centred at (1001, 4999).
    expect(worldFromGeoTiffTags({ pixelScale: [2, 2, 0], tiepoint: [0, 0, 0, 1000, 5000, 0] })).toEqual([2, 0, 0, -2, 1001, 4999]);
    // Same, pixel is point: the tiepoint is the pixel's centre.
    expect(worldFromGeoTiffTags({ pixelScale: [2, 2, 0], tiepoint: [0, 0, 0, 1000, 5000, 0], pixelIsPoint: true })).toEqual([2, 0, 0, -2, 1000, 5000]);
    // A tiepoint at raster (10, 4): corner (0, 0) at (1000 − 20, 5000 + 8).
    expect(worldFromGeoTiffTags({ pixelScale: [2, 2, 0], tiepoint: [10, 4, 0, 1000, 5000, 0] })).toEqual([2, 0, 0, -2, 981, 5007]);
  });

  it('transformation matrix (rotated), and none', () => {
    const m = [3, 1, 0, 100, 0.5, -2, 0, 200, 0, 0, 0, 0, 0, 0, 0, 1];
    // Pixel (0, 0) centre = M·(0.5, 0.5): x = 1.5 + 0.5 + 100, y = 0.25 − 1 + 200.
    expect(worldFromGeoTiffTags({ transformation: m })).toEqual([3, 0.5, 1, -2, 102, 199.25]);
    expect(worldFromGeoTiffTags({})).toBeNull();
    expect(worldFromGeoTiffTags({ pixelScale: [2, 2, 0] })).toBeNull();
  });
});

describe('readGeoTiff', () => {
  it('reads the pixels and tags of a hand-written GeoTIFF', async () => {
    const tif = geoTiff(4, 3, (x, y) => [x * 60, y * 100, 7], { pixelScale: [10, 5, 0], tiepoint: [0, 0, 0, 500, 800, 0] });
    const r = await readGeoTiff(buffer(tif), 'map.tif');
    expect([r.width, r.height]).toEqual([4, 3]);
    expect(Array.from(r.rgba.slice(0, 8))).toEqual([0, 0, 7, 255, 60, 0, 7, 255]);
    const last = (2 * 4 + 3) * 4;
    expect(Array.from(r.rgba.slice(last, last + 4))).toEqual([180, 200, 7, 255]);
    expect(r.world).toEqual([10, 0, 0, -5, 505, 797.5]);
    // The image covers x 500–540, y 785–800.
    expect(imageCorners(r.world!, 4, 3)).toEqual([[500, 800], [540, 800], [540, 785], [500, 785]]);
  });

  it('pixel-is-point key; a TIFF without tags has no world; garbage is refused by name', async () => {
    const point = await readGeoTiff(buffer(geoTiff(2, 2, () => [1, 2, 3], { pixelScale: [1, 1, 0], tiepoint: [0, 0, 0, 10, 20, 0], rasterType: 2 })), 'p.tif');
    expect(point.world).toEqual([1, 0, 0, -1, 10, 20]);
    expect((await readGeoTiff(buffer(geoTiff(2, 2, () => [1, 2, 3], {})), 'plain.tif')).world).toBeNull();
    await expect(readGeoTiff(new TextEncoder().encode('not a tiff at all').buffer as ArrayBuffer, 'bad.tif')).rejects.toMatchObject({ code: 'map-bad-tiff', params: { file: 'bad.tif' } });
  });
});
