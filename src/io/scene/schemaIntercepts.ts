import { z } from 'zod';

const nonNegative = z.number().finite().nonnegative();

/**
 * Significant-intercept parameters (see src/engine/drillholes/intercepts.ts for the rule).
 * Missing fields are derived from the data by the pipeline (src/pipeline/interceptsStep.ts).
 */
export const interceptsSection = z.object({
  /** Element whose grades make the intercepts; default: the first assay element. */
  element: z.string().min(1).max(128).optional(),
  /** Cutoff grade in the element's unit; default: the 90th percentile of the assays (length-weighted), rounded. */
  cutoff: nonNegative.optional(),
  /** Longest run of dilution (below cutoff, missing, unsampled) inside an intercept, in scene units; default 2 × the median interval length. */
  maxDilution: nonNegative.optional(),
  /** Shortest reported intercept, in scene units; default 2 × the median interval length. */
  minLength: nonNegative.optional(),
  /** Smallest reported grade × length; none by default. */
  minGradeLength: nonNegative.optional(),
  /** Cutoff of the "including" sub-intercepts; none by default. */
  includeCutoff: nonNegative.optional(),
  /** Label the intercepts in the 3D view. */
  labels: z.boolean().optional(),
}).strict();

export type InterceptsSection = z.output<typeof interceptsSection>;
