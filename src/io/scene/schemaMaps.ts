import { z } from 'zod';

/** Largest embedded map image, in characters of its data URL (≈ 12 MB of PNG/JPEG). */
export const MAX_MAP_IMAGE_CHARS = 16 * 1024 * 1024;

/**
 * A georeferenced image (geological map, air photo) draped on a horizontal plane under the holes,
 * or on one of the scene's surfaces (`surface`, e.g. the topography).
 * `world` is the world file's six numbers in its order: A (pixel width), D, B (rotation terms),
 * E (pixel height, negative for north-up), C, F (x, y of the centre of the top-left pixel).
 */
export const mapImage = z.object({
  name: z.string().min(1).max(512),
  /** The image as a data URL (data:image/png;base64,… or data:image/jpeg;base64,…). */
  image: z.string().max(MAX_MAP_IMAGE_CHARS).regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'must be a PNG or JPEG data URL'),
  /** Pixel size of the image. */
  width: z.number().int().positive().max(65536),
  height: z.number().int().positive().max(65536),
  world: z.tuple([z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite()]),
  /** Elevation of the plane, in scene units. */
  elevation: z.number().finite(),
  /** Name of a scene surface (e.g. the topography) to drape the image on instead of the plane. */
  surface: z.string().min(1).max(512).optional().describe('Name of a scene surface (e.g. the topography) the image is draped on, instead of the plane at elevation.'),
  opacity: z.number().min(0).max(1).default(0.8),
  visible: z.boolean().default(true),
}).strict();

export const mapsSection = z.array(mapImage).max(8);

export type MapImage = z.output<typeof mapImage>;
