import { readGeoTiff } from '../../io/geoTiff/readGeoTiff';
import type { WorldFile } from '../../io/worldFile';

/**
 * A GeoTIFF chosen in the map panel as the scene keeps map images: its first image re-encoded as
 * a PNG data URL (a canvas), its size, and its georeferencing (the file's tags, else the world file
 * chosen with it; null when neither).
 */
export async function geoTiffMapImage(file: File, worldFile: WorldFile | null): Promise<{ image: string; width: number; height: number; world: WorldFile | null }> {
  const r = await readGeoTiff(await file.arrayBuffer(), file.name);
  const canvas = document.createElement('canvas');
  canvas.width = r.width;
  canvas.height = r.height;
  canvas.getContext('2d')!.putImageData(new ImageData(r.rgba as Uint8ClampedArray<ArrayBuffer>, r.width, r.height), 0, 0);
  return { image: canvas.toDataURL('image/png'), width: r.width, height: r.height, world: r.world ?? worldFile };
}
