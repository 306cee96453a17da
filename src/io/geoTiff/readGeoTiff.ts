import { CodedError } from '../userMessage';
import type { WorldFile } from '../worldFile';
import { worldFromGeoTiffTags } from './geoTiffWorld';

/** Largest GeoTIFF raster decoded (pixels): 64 Mpixel, 256 MB of RGBA. */
export const MAX_GEOTIFF_PIXELS = 64 * 1024 * 1024;

/** The first image of a GeoTIFF as RGBA pixels (row by row from the top), and its georeferencing as a world file (null: none in the file). */
export interface GeoTiffRaster { width: number; height: number; rgba: Uint8ClampedArray; world: WorldFile | null }

/**
 * Reads a GeoTIFF with the `geotiff` library (loaded on first use): the first image decoded to
 * RGB(A) (palette, greyscale, CMYK, YCbCr converted by the library), and the world file of its
 * ModelPixelScale / ModelTiepoint / ModelTransformation tags and raster type (worldFromGeoTiffTags).
 */
export async function readGeoTiff(buffer: ArrayBuffer, fileName: string): Promise<GeoTiffRaster> {
  const { fromArrayBuffer } = await import('geotiff');
  let tiff;
  try { tiff = await fromArrayBuffer(buffer); } catch (e) {
    throw new CodedError(`${fileName}: not a TIFF image (${(e as Error).message})`, 'map-bad-tiff', { file: fileName });
  }
  const image = await tiff.getImage();
  const width = image.getWidth(), height = image.getHeight();
  if (width * height > MAX_GEOTIFF_PIXELS) {
    throw new CodedError(`${fileName}: ${width} × ${height} pixels is more than ${MAX_GEOTIFF_PIXELS / 1048576} Mpixel`, 'map-tiff-too-large', { file: fileName, width, height, max: MAX_GEOTIFF_PIXELS / 1048576 });
  }
  const dir = image.fileDirectory;
  const tag = async (name: 'ModelPixelScale' | 'ModelTiepoint' | 'ModelTransformation') => (await dir.loadValue(name)) as ArrayLike<number> | undefined;
  const world = worldFromGeoTiffTags({
    pixelScale: await tag('ModelPixelScale'), tiepoint: await tag('ModelTiepoint'), transformation: await tag('ModelTransformation'),
    pixelIsPoint: image.getGeoKeys()?.GTRasterTypeGeoKey === 2,
  });
  let rgb;
  try { rgb = await image.readRGB({ interleave: true, enableAlpha: true }); } catch (e) {
    throw new CodedError(`${fileName}: its pixels cannot be decoded (${(e as Error).message})`, 'map-bad-tiff', { file: fileName });
  }
  const channels = rgb.length / (width * height);
  // 16-bit (or other) samples are scaled to 0–255; 8-bit ones pass through.
  const bits = image.getBitsPerSample();
  const k = bits > 8 && image.getSampleFormat() === 1 ? 255 / (2 ** bits - 1) : 1;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 3; c++) rgba[4 * p + c] = (rgb[channels * p + c] as number) * k;
    rgba[4 * p + 3] = channels === 4 ? (rgb[channels * p + 3] as number) * k : 255;
  }
  return { width, height, rgba, world };
}
