import { z } from 'zod';

/**
 * The section of the 3D view (scene.view.section). `axis` x = a N–S section (plane of constant X,
 * looking west), y = an E–W section (constant Y, looking north), z = a plan (constant Z, looking
 * down), azimuth = a vertical section whose line runs along `azimuth` (clockwise from north).
 * `position` is the plane's coordinate: X, Y or Z, or for an azimuth section its offset along the
 * horizontal normal (azimuth + 90°). `width` (slab around the plane) and `step` (stepping increment)
 * are derived from the block size when absent (src/pipeline/sectionDefaults.ts).
 */
export const sectionViewSchema = z.object({
  enabled: z.boolean().default(false),
  axis: z.enum(['x', 'y', 'z', 'azimuth']).default('x'),
  position: z.number().finite().default(0),
  azimuth: z.number().finite().min(0).max(360).default(45).describe('Azimuth of the section line of an azimuth section, degrees clockwise from north.'),
  width: z.number().finite().positive().optional().describe('Slab width around the plane (full width, scene length unit); derived from the block size when absent.'),
  step: z.number().finite().positive().optional().describe('Increment of the forward/back steps; the slab width when absent.'),
}).strict();

export type SectionView = z.output<typeof sectionViewSchema>;
