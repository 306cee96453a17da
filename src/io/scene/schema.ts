import { z } from 'zod';

/**
 * Scene file v1: the single source of truth for data, parameters and view.
 * The UI edits it through the store; the CLI runs the same file headless.
 * The JSON Schema published in public/scene.schema.json is generated from this (scripts/writeSchema.ts).
 */

export const SCENE_VERSION = 1;

const finite = z.number().finite();
const positive = z.number().finite().positive();
const vec3 = z.tuple([finite, finite, finite]);
const posVec3 = z.tuple([positive, positive, positive]);
const intVec3 = z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().positive()]);

/** A table: a path relative to the scene file, or the CSV text embedded (plain or gzip+base64). */
export const tableSource = z.object({
  path: z.string().min(1).max(4096).optional(),
  /** Embedded CSV text. */
  text: z.string().optional(),
  /** Embedded gzip-compressed CSV, base64. */
  gzip: z.string().optional(),
  /** File name to report in findings when embedded. */
  name: z.string().max(512).optional(),
  /** 'csv' (default) or GSLIB/GEO-EAS 'gslib'. Guessed from the extension when absent. */
  format: z.enum(['csv', 'gslib']).optional(),
  /** Explicit column mapping: canonical name (X, HOLEID, FROM, …) → column in the file. */
  columns: z.record(z.string(), z.string()).optional(),
}).strict().refine((t) => [t.path, t.text, t.gzip].filter((v) => v !== undefined).length === 1,
  { message: 'give exactly one of path, text or gzip' });

export const dataSection = z.object({
  collars: tableSource.optional(),
  surveys: tableSource.optional(),
  assays: tableSource.optional(),
  /** Extra interval tables (lithology, domains) joined for composite breaks. */
  intervals: z.array(tableSource).optional(),
  samples: tableSource.optional(),
}).strict().refine((d) => d.samples !== undefined || d.collars !== undefined,
  { message: 'data needs either samples, or collars (with assays)' });

export const importSection = z.object({
  /** Values read as missing (besides blank). */
  missingCodes: z.array(z.union([z.string(), finite])).default(['NA', 'N/A', '-', '-99', '-999', '-9999']),
  /** How below-detection values ('<0.01' or negative numbers) are replaced. */
  belowDetection: z.object({
    rule: z.enum(['half', 'limit', 'zero', 'missing', 'value']).default('half'),
    /** Value used when rule is 'value'. */
    value: finite.optional(),
    /** Read negative numbers as below detection (|v| is the limit). */
    negativeIsBelowDetection: z.boolean().default(true),
  }).strict().default({ rule: 'half', negativeIsBelowDetection: true }),
  /** Survey dip sign: auto = all-positive dips are read as positive-down, with a warning. */
  dipSign: z.enum(['auto', 'negativeDown', 'positiveDown']).default('auto'),
}).strict();

export const compositeSection = z.object({
  length: positive,
  /**
   * Residual rule for the last, shorter piece of a run: 'append' merges it into the previous
   * composite when shorter than minFraction·length, 'keep' keeps it, 'discard' drops it (with a finding).
   */
  residual: z.enum(['append', 'keep', 'discard']).default('append'),
  minFraction: z.number().min(0).max(1).default(0.5),
  /** Break composites where this interval column changes (lithology/domain). */
  breakOn: z.string().optional(),
  /** Top-cut per element, applied to composites. */
  caps: z.record(z.string(), positive).optional(),
}).strict();

export const structureSchema = z.object({
  type: z.enum(['spherical', 'exponential', 'gaussian']),
  sill: z.number().finite().nonnegative(),
  ranges: posVec3,
  angles: vec3.default([0, 0, 0]),
}).strict();

export const variogramSchema = z.object({
  nugget: z.number().finite().nonnegative().default(0),
  structures: z.array(structureSchema).min(1).max(3),
}).strict();

export const searchSchema = z.object({
  ranges: posVec3,
  angles: vec3.default([0, 0, 0]),
  minSamples: z.number().int().min(1).default(4),
  maxSamples: z.number().int().min(1).default(24),
  maxPerHole: z.number().int().min(0).default(0),
  maxPerOctant: z.number().int().min(0).default(0),
  passes: z.array(z.object({
    scale: positive,
    minSamples: z.number().int().min(1).optional(),
    maxSamples: z.number().int().min(1).optional(),
  }).strict()).max(2).default([]),
}).strict().refine((s) => s.minSamples <= s.maxSamples, { message: 'minSamples must not exceed maxSamples', path: ['minSamples'] });

export const gridSchema = z.object({
  origin: vec3,
  size: posVec3,
  count: intVec3,
}).strict();

export const estimateSection = z.object({
  elements: z.array(z.string().min(1)).min(1),
  method: z.enum(['kriging', 'idw']).default('kriging'),
  kriging: z.discriminatedUnion('type', [
    z.object({ type: z.literal('ordinary') }).strict(),
    z.object({ type: z.literal('simple'), mean: finite }).strict(),
  ]).default({ type: 'ordinary' }),
  /** IDW power when method is 'idw'. */
  idwPower: positive.default(2),
  /** Variogram model per element; missing ones are fitted automatically. */
  variograms: z.record(z.string(), variogramSchema).default({}),
  search: searchSchema,
  discretization: intVec3.default([1, 1, 1]),
  grid: gridSchema.optional(),
  crossValidation: z.object({ leaveHoleOut: z.boolean().default(false), max: z.number().int().positive().optional() }).strict().optional(),
}).strict();

export const variogramSection = z.object({
  /** Experimental variogram directions; omnidirectional when empty. */
  directions: z.array(z.object({
    azimuth: finite, dip: finite,
    tolerance: z.number().min(0).max(90).default(22.5),
    bandwidthH: positive.optional(), bandwidthV: positive.optional(),
  }).strict()).default([]),
  lag: positive.optional(),
  lagCount: z.number().int().positive().max(200).optional(),
  lagTolerance: positive.optional(),
}).strict();

export const resourcesSection = z.object({
  /** Dry bulk density, t/m³. */
  density: positive.default(2.7),
  cutoffs: z.array(z.number().finite().nonnegative()).optional(),
}).strict();

const rgb = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const viewSection = z.object({
  camera: z.object({ position: vec3, target: vec3, up: vec3.default([0, 0, 1]), fov: z.number().min(5).max(120).default(45) }).strict().optional(),
  element: z.string().optional(),
  cutoff: z.number().finite().optional(),
  /** Field shown on blocks. */
  field: z.enum(['estimate', 'variance', 'slope', 'samples', 'pass']).default('estimate'),
  colormap: z.enum(['viridis', 'magma', 'inferno', 'plasma', 'cividis', 'turbo']).default('viridis'),
  /** Colour range of the shown field; automatic when absent. */
  colorRange: z.tuple([finite, finite]).optional(),
  visible: z.object({
    drillholes: z.boolean().default(true), blocks: z.boolean().default(true),
    envelope: z.boolean().default(true), labels: z.boolean().default(false),
    axes: z.boolean().default(true),
  }).strict().default({ drillholes: true, blocks: true, envelope: true, labels: false, axes: true }),
  envelopeColor: rgb.default('#f5b342'),
  envelopeOpacity: z.number().min(0).max(1).default(0.35),
  section: z.object({ enabled: z.boolean().default(false), axis: z.enum(['x', 'y', 'z']).default('x'), position: finite.default(0) }).strict().optional(),
  verticalExaggeration: z.number().min(0.1).max(20).default(1),
  language: z.enum(['en', 'zh']).optional(),
}).strict();

export const sceneSchema = z.object({
  lode: z.literal(SCENE_VERSION),
  name: z.string().max(200).optional(),
  description: z.string().max(4000).optional(),
  /** Attribution of the data (licence, source). */
  attribution: z.string().max(4000).optional(),
  /** Length unit of coordinates and depths. */
  units: z.enum(['m', 'ft']).default('m'),
  /** Grade unit per element, e.g. {"AU": "g/t", "CU": "%"}; defaults by element. */
  gradeUnits: z.record(z.string(), z.string().max(16)).optional(),
  data: dataSection,
  import: importSection.default({ missingCodes: ['NA', 'N/A', '-', '-99', '-999', '-9999'], belowDetection: { rule: 'half', negativeIsBelowDetection: true }, dipSign: 'auto' }),
  composite: compositeSection.optional(),
  variogram: variogramSection.optional(),
  estimate: estimateSection.optional(),
  resources: resourcesSection.optional(),
  view: viewSection.optional(),
}).strict();

/** A scene as written by a user (defaults may be missing). */
export type SceneInput = z.input<typeof sceneSchema>;
/** A validated scene with defaults filled. */
export type Scene = z.output<typeof sceneSchema>;
export type TableSource = z.output<typeof tableSource>;
export type EstimateSection = z.output<typeof estimateSection>;
export type ViewSection = z.output<typeof viewSection>;
