import { z } from 'zod';

/** Embedded files are bounded by the scene size limit (200 MB, see jsonText.ts). */
const MAX_EMBEDDED_CHARS = 200 * 1024 * 1024;

/**
 * A surface or solid from an OBJ, STL or DXF file (scene.surfaces[]): a topography, pit shell, fault
 * or solid, drawn in 3D with its own colour and opacity and cut by the section plane. The file is a
 * path relative to the scene file, or embedded as gzip+base64 (the app embeds dropped files).
 * `excludeAbove` makes it a topography for the estimate: blocks whose centroid lies above it are
 * air and are not estimated (src/engine/mesh/airMask.ts).
 */
export const surfaceSchema = z.object({
  name: z.string().min(1).max(512).describe('File name (its extension, .obj, .stl or .dxf, tells the format).'),
  path: z.string().min(1).max(4096).optional().describe('Path of the OBJ/STL/DXF file relative to the scene file.'),
  gzip: z.string().max(MAX_EMBEDDED_CHARS).optional().describe('The file embedded: gzip-compressed bytes, base64.'),
  kind: z.enum(['topography', 'pit', 'fault', 'solid']).default('solid'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#b8a27a'),
  opacity: z.number().min(0).max(1).default(0.6),
  visible: z.boolean().default(true),
  excludeAbove: z.boolean().default(false).describe('Blocks whose centroid lies above this surface are air: not estimated, and counted in the report.'),
}).strict().refine((s) => (s.path === undefined) !== (s.gzip === undefined),
  { message: 'give exactly one of path or gzip', params: { code: 'surface-source' } });

export const surfacesSection = z.array(surfaceSchema).max(32);

export type SurfaceSource = z.output<typeof surfaceSchema>;
