import { z } from 'zod';

const name = z.string().min(1).max(128);
/** Embedded solids are bounded by the scene size limit (200 MB, see jsonText.ts). */
const MAX_EMBEDDED_CHARS = 200 * 1024 * 1024;

/** A closed solid of one domain: an OBJ/STL file by path (relative to the scene file), or embedded like a table. */
export const solidSource = z.object({
  /** The domain code of the blocks inside this solid. */
  code: name.describe('The domain code of the blocks inside this solid.'),
  path: z.string().min(1).max(4096).optional(),
  /** Embedded OBJ (or ASCII STL or DXF) text. */
  text: z.string().max(MAX_EMBEDDED_CHARS).optional().describe('Embedded OBJ (or ASCII STL or DXF) text.'),
  /** Embedded gzip-compressed file bytes (OBJ, STL or DXF), base64. */
  gzip: z.string().max(MAX_EMBEDDED_CHARS).optional().describe('Embedded gzip-compressed file bytes (OBJ, STL or DXF), base64.'),
  /** File name (its extension tells the format) when embedded. */
  name: z.string().max(512).optional().describe('File name (its extension tells the format) when embedded.'),
}).strict().refine((t) => [t.path, t.text, t.gzip].filter((v) => v !== undefined).length === 1,
  { message: 'give exactly one of path, text or gzip', params: { code: 'table-source' } })
  .refine((t) => t.path !== undefined || t.name !== undefined, { message: 'an embedded solid needs a name (e.g. "lode.obj") that tells its format', path: ['name'], params: { code: 'solid-name' } });

/**
 * The domains section, built from the scene's variogram and search schemas (passed in so that
 * this file and schema.ts do not import each other).
 */
export function makeDomainsSection<V extends z.ZodType, S extends z.ZodType>(variogram: V, search: S) {
  return z.object({
    /** Interval column (assays, or an extra interval table such as lithology) whose text is each sample's domain code; composites break where it changes. */
    column: name.describe("Interval column (assays, or an extra interval table such as lithology) whose text is each sample's domain code; composites break where it changes."),
    /** Codes whose blocks are estimated (each from its own composites only); every code when absent. Other blocks stay unestimated. */
    estimate: z.array(name).min(1).max(64).optional().describe('Codes whose blocks are estimated (each from its own composites only); every code when absent. Other blocks stay unestimated.'),
    /** Closed solids giving the block domains (a block takes the code of the first solid containing its centroid); absent = indicator model. */
    solids: z.array(solidSource).max(32).optional().describe('Closed solids giving the block domains (a block takes the code of the first solid containing its centroid); absent = an indicator model of the sample codes.'),
    /** Indicator model of the codes (when no solids): its variogram (fitted to each code's 0/1 indicator when absent) and search. */
    indicator: z.object({ variogram: variogram.optional(), search: search.optional() }).strict().optional()
      .describe("Indicator model of the codes (when no solids): its variogram (fitted to each code's 0/1 indicator when absent) and search (derived from the variogram when absent)."),
    /** Per code: variograms by element and a search that replace the element's inside that domain. */
    models: z.record(name, z.object({ variograms: z.record(name, variogram).optional(), search: search.optional() }).strict()).optional()
      .describe("Per code: variograms by element and a search that replace the element's inside that domain."),
    /** What the 3D envelope shows: the estimate's isosurface (default), the domain solid, or a grade shell. */
    envelope: z.object({
      type: z.enum(['estimate', 'domain', 'gradeShell']).default('estimate'),
      /** Domain code of a 'domain' envelope (default: the first code estimated). */
      code: name.optional(),
      /** Element and grade threshold of a grade shell. */
      element: name.optional(),
      threshold: z.number().finite().optional(),
      /** Probability contoured (indicator of the domain, or of grade ≥ threshold). */
      probability: z.number().gt(0).lt(1).default(0.5),
    }).strict().optional().describe('What the 3D envelope shows: the isosurface of the estimate (default), the domain solid (indicator probability 0.5 or the imported solid), or a grade shell (indicator of grade ≥ threshold, kriged, contoured at a probability).'),
  }).strict();
}

export type SolidSource = z.output<typeof solidSource>;
