import { z } from 'zod';

/** Element names (keys of prices and recoveries). */
const name = z.string().min(1).max(128);
const bounded = <T extends z.ZodType>(value: T) => z.record(name, value)
  .refine((r) => Object.keys(r).length <= 256, { message: 'allows at most 256 entries' });
const money = z.number().finite().nonnegative();

/** A metal price, e.g. {"value": 2400, "unit": "USD/oz"}; the currency is a label. */
export const priceSchema = z.object({
  value: z.number().finite().positive(),
  unit: z.string().regex(/^[^/]{1,16}\/(oz|ozt|g|kg|t|lb)$/i, 'expected <currency>/<oz|g|kg|t|lb>, e.g. USD/oz')
    .describe('<currency>/<mass>: oz (troy ounce, 31.1035 g), g, kg, t (tonne of metal), lb.'),
}).strict();

/** A classification rule: a block meets it when it meets every criterion given. */
export const classRuleSchema = z.object({
  class: z.enum(['measured', 'indicated', 'inferred']),
  maxPass: z.number().int().min(1).max(3).optional().describe('Estimated in this search pass or an earlier one.'),
  minSamples: z.number().int().min(1).optional(),
  minHoles: z.number().int().min(1).optional(),
  maxDistance: z.number().finite().positive().optional().describe('Mean Euclidean distance from the block centroid to the samples used, scene length unit.'),
  minSlope: z.number().finite().optional().describe('Slope of regression at least this.'),
}).strict();

/** A region: a polygon in plan between optional elevations. */
export const regionSchema = z.object({
  name: z.string().min(1).max(200),
  polygon: z.array(z.tuple([z.number().finite(), z.number().finite()])).min(3).max(10_000),
  zmin: z.number().finite().optional(),
  zmax: z.number().finite().optional(),
}).strict().refine((r) => r.zmin === undefined || r.zmax === undefined || r.zmin <= r.zmax, { message: 'zmin must not exceed zmax', path: ['zmin'] });

/** Economic parts of the resources section (prices, recoveries, costs, royalty, equivalent, classification, regions). */
export const resourcesEconomicsShape = {
  /** Price per element. */
  prices: bounded(priceSchema).optional().describe('Metal price per element, e.g. {"AU": {"value": 2400, "unit": "USD/oz"}}.'),
  /** Metallurgical recovery per element, 0–1. */
  recoveries: bounded(z.number().min(0).max(1)).optional().describe('Metallurgical recovery per element, 0–1 (1 when absent).'),
  /** Costs per tonne of material. */
  costs: z.object({ mining: money.default(0), processing: money.default(0), admin: money.default(0) }).strict().optional()
    .describe('Costs per tonne of material, in the price currency.'),
  royalty: z.number().min(0).max(0.99).optional().describe('Royalty, 0–1, on revenue.'),
  equivalent: z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/), base: name }).strict().optional()
    .describe('Metal equivalent field, e.g. {"name": "AUEQ", "base": "AU"}.'),
  classification: z.object({ element: name, rules: z.array(classRuleSchema).max(3) }).strict().optional()
    .describe('Classification rules measured → indicated → inferred on the estimate of one element (GB/T 17766-2020).'),
  regions: z.array(regionSchema).max(64).optional().describe('Regions for reports: a block counts when its centroid is inside (or by its share inside, see regionRule).'),
  regionRule: z.enum(['centroid', 'proportion']).optional()
    .describe('How blocks count in regions: "centroid" (default: whole when the centroid is inside) or "proportion" (by the share of the block\'s volume inside).'),
  priceCurve: z.object({ min: z.number().finite().positive(), max: z.number().finite().positive(), steps: z.number().int().min(2).max(50).default(9) }).strict().optional()
    .describe('Range of base-element prices of the cutoff–price curve (default ±40 % of the price).'),
};
