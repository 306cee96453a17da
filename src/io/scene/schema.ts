import { z } from 'zod';
import { viewCutoffsSchema } from './viewCutoffs';
import { interceptsSection } from './schemaIntercepts';
import { mapsSection } from './schemaMaps';
import { resourcesEconomicsShape } from './schemaResources';
import { sectionViewSchema } from './schemaSection';
import { surfacesSection } from './schemaSurfaces';
import { makeDomainsSection } from './schemaDomains';

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
/** Names of elements, columns and keys: short plain text. */
const name = z.string().min(1).max(128);
/** A record keyed by user text (element or column names), bounded in size. */
const boundedRecord = <T extends z.ZodType>(value: T) => z.record(name, value)
  .refine((r) => Object.keys(r).length <= 256, { message: 'allows at most 256 entries', params: { code: 'too-many-entries', n: 256 } });
/** Embedded tables are bounded by the scene size limit (200 MB, see jsonText.ts). */
const MAX_EMBEDDED_CHARS = 200 * 1024 * 1024;

/** A table: a path relative to the scene file, or the CSV text embedded (plain or gzip+base64). */
export const tableSource = z.object({
  path: z.string().min(1).max(4096).optional(),
  /** Embedded CSV text. */
  text: z.string().max(MAX_EMBEDDED_CHARS).optional().describe("Embedded CSV text."),
  /** Embedded gzip-compressed CSV, base64. */
  gzip: z.string().max(MAX_EMBEDDED_CHARS).optional().describe("Embedded gzip-compressed CSV, base64."),
  /** File name to report in findings when embedded. */
  name: z.string().max(512).optional().describe("File name to report in findings when embedded."),
  /** 'csv' (default) or GSLIB/GEO-EAS 'gslib'. Guessed from the extension when absent. */
  format: z.enum(['csv', 'gslib']).optional().describe("'csv' (default) or GSLIB/GEO-EAS 'gslib'. Guessed from the extension when absent."),
  /** Explicit column mapping: canonical name (X, HOLEID, FROM, …) → column in the file. */
  columns: boundedRecord(name).optional().describe("Explicit column mapping: canonical name (X, HOLEID, FROM, …) → column in the file."),
}).strict().refine((t) => [t.path, t.text, t.gzip].filter((v) => v !== undefined).length === 1,
  { message: 'give exactly one of path, text or gzip', params: { code: 'table-source' } });

export const dataSection = z.object({
  collars: tableSource.optional(),
  surveys: tableSource.optional(),
  assays: tableSource.optional(),
  /** Extra interval tables (lithology, domains) joined for composite breaks. */
  intervals: z.array(tableSource).max(32).optional().describe("Extra interval tables (lithology, domains) joined for composite breaks."),
  samples: tableSource.optional(),
}).strict().refine((d) => d.samples !== undefined || d.collars !== undefined,
  { message: 'data needs either samples, or collars (with assays)', params: { code: 'data-needs-table' } });

export const importSection = z.object({
  /** Values read as missing (besides blank). */
  missingCodes: z.array(z.union([z.string().max(64), finite])).max(64).default(['NA', 'N/A', '-', '-99', '-999', '-9999']).describe("Values read as missing (besides blank)."),
  /** How below-detection values ('<0.01' or negative numbers) are replaced. */
  belowDetection: z.object({
    rule: z.enum(['half', 'limit', 'zero', 'missing', 'value']).default('half'),
    /** Value used when rule is 'value'. */
    value: finite.optional().describe("Value used when rule is 'value'."),
    /** Read negative numbers as below detection (|v| is the limit). */
    negativeIsBelowDetection: z.boolean().default(true).describe("Read negative numbers as below detection (|v| is the limit)."),
  }).strict().refine((b) => b.rule !== 'value' || b.value !== undefined,
    { message: "rule 'value' needs a value, e.g. {\"rule\": \"value\", \"value\": 0.001}", path: ['value'], params: { code: 'bdl-value' } })
    .default({ rule: 'half', negativeIsBelowDetection: true }),
  /** Survey dip sign: auto = all-positive dips are read as positive-down, with a warning. */
  dipSign: z.enum(['auto', 'negativeDown', 'positiveDown']).default('auto').describe("Survey dip sign: auto = all-positive dips are read as positive-down, with a warning."),
  declination: z.number().finite().min(-180).max(180).optional().describe('Magnetic declination, degrees east positive, added to every survey azimuth and to collar azimuths (magnetic → true north). Absent = 0.'),
}).strict();

export const compositeSection = z.object({
  length: positive.describe('Composite length, in the scene length unit.'),
  /**
   * Residual rule for the last, shorter piece of a run: 'append' merges it into the previous
   * composite when shorter than minFraction·length, 'keep' keeps it, 'discard' drops it (with a finding).
   */
  residual: z.enum(['append', 'keep', 'discard']).default('append'),
  minFraction: z.number().min(0).max(1).default(0.5),
  /** Break composites where this interval column changes (lithology/domain). */
  breakOn: name.optional().describe("Break composites where this interval column changes (lithology/domain)."),
  /** Top-cut per element, applied to composites. */
  caps: boundedRecord(positive).optional().describe("Top-cut per element, applied to composites."),
}).strict();

export const structureSchema = z.object({
  type: z.enum(['spherical', 'exponential', 'gaussian']),
  sill: z.number().finite().nonnegative().describe("The structure's contribution to the sill (GSLIB cc)."),
  ranges: posVec3.describe('Practical ranges [major, semi-major, minor] (GSLIB convention).'),
  angles: vec3.default([0, 0, 0]).describe('GSLIB angles [azimuth clockwise from north, dip negative downward, rake], degrees.'),
}).strict();

export const variogramSchema = z.object({
  nugget: z.number().finite().nonnegative().default(0),
  structures: z.array(structureSchema).min(1).max(3),
}).strict().refine((v) => v.nugget + v.structures.reduce((a, s) => a + s.sill, 0) > 0,
  { message: 'the total sill (nugget plus the sills of the structures) must be > 0', path: ['structures'], params: { code: 'total-sill' } });

export const searchSchema = z.object({
  ranges: posVec3.describe('Search ellipsoid radii [major, semi-major, minor].'),
  angles: vec3.default([0, 0, 0]).describe('GSLIB angles of the ellipsoid [azimuth, dip, rake], degrees.'),
  minSamples: z.number().int().min(1).default(4),
  maxSamples: z.number().int().min(1).default(24),
  maxPerHole: z.number().int().min(0).default(0).describe('At most this many samples from one hole; 0 = no limit.'),
  maxPerOctant: z.number().int().min(0).default(0).describe('Octant search: at most this many samples per octant; 0 = off.'),
  passes: z.array(z.object({
    scale: positive,
    minSamples: z.number().int().min(1).optional(),
    maxSamples: z.number().int().min(1).optional(),
  }).strict()).max(2).default([]),
}).strict().superRefine((s, ctx) => {
  if (s.minSamples > s.maxSamples) ctx.addIssue({ code: 'custom', message: `minSamples (${s.minSamples}) must not exceed maxSamples (${s.maxSamples})`, path: ['minSamples'], params: { code: 'min-above-max', min: s.minSamples, max: s.maxSamples } });
  s.passes.forEach((p, i) => {
    const min = p.minSamples ?? s.minSamples, max = p.maxSamples ?? s.maxSamples;
    if (min > max) ctx.addIssue({ code: 'custom', message: `pass ${i + 2} would take at least ${min} and at most ${max} samples; minSamples must not exceed maxSamples`, path: ['passes', i, p.minSamples !== undefined ? 'minSamples' : 'maxSamples'], params: { code: 'min-above-max', min, max } });
  });
});

/** Most blocks a grid may have: the per-block results of one element take about 41 bytes a block (2 GB here). */
export const MAX_GRID_BLOCKS = 50_000_000;

export const gridSchema = z.object({
  origin: vec3.describe('Centroid of the first block (GSLIB xmn, ymn, zmn).'),
  size: posVec3.describe('Block size along X, Y, Z.'),
  count: intVec3.describe('Blocks along X, Y, Z; rows run X fastest, then Y, then Z.'),
}).strict().superRefine((g, ctx) => {
  const n = g.count[0] * g.count[1] * g.count[2];
  if (n > MAX_GRID_BLOCKS) ctx.addIssue({ code: 'custom', path: ['count'], params: { code: 'grid-too-big', n: n.toLocaleString('en-US'), max: MAX_GRID_BLOCKS.toLocaleString('en-US') }, message: `${n.toLocaleString('en-US')} blocks is more than Lode handles (at most ${MAX_GRID_BLOCKS.toLocaleString('en-US')}); use larger blocks` });
});

export const estimateSection = z.object({
  /** Elements to estimate; all elements of the data when absent. */
  elements: z.array(name).min(1).max(64).optional().describe("Elements to estimate; all elements of the data when absent."),
  method: z.enum(['kriging', 'idw']).default('kriging'),
  kriging: z.discriminatedUnion('type', [
    z.object({ type: z.literal('ordinary') }).strict(),
    z.object({
      type: z.literal('simple'),
      mean: z.union([finite, boundedRecord(finite)]).optional()
        .describe('Simple-kriging mean: one number for every element, or a number per element; an element without one uses its declustered, length-weighted composite mean.'),
    }).strict(),
  ]).default({ type: 'ordinary' }),
  /** IDW power when method is 'idw'. */
  idwPower: positive.default(2).describe("IDW power when method is 'idw'."),
  /** Variogram model per element; missing ones are fitted automatically. */
  variograms: boundedRecord(variogramSchema).default({}).describe("Variogram model per element; missing ones are fitted automatically."),
  /** Search neighbourhood: one for every element, or one per element; derived from the element's variogram (ranges, angles) where absent. */
  search: z.union([searchSchema, boundedRecord(searchSchema)]).optional()
    .describe("Search neighbourhood: one for every element, or one per element (e.g. {\"AU\": {…}, \"CU\": {…}}); derived from the element's variogram (ranges, angles) where absent."),
  discretization: intVec3.optional().describe('Points per block [nx, ny, nz] for block kriging; [1, 1, 1] = point kriging at the centroid. When absent, derived from the block size and composite length (1 to 4 points per axis).'),
  grid: gridSchema.optional().describe('Block grid; derived from the data spacing and extents when absent.'),
  /** Leave-one-out (or leave-one-hole-out) cross-validation; `max` limits it to that many evenly spaced samples. */
  crossValidation: z.object({ leaveHoleOut: z.boolean().default(false), max: z.number().int().positive().optional() }).strict().optional(),
}).strict();

export const variogramSection = z.object({
  /** Experimental variogram directions; omnidirectional when empty. */
  directions: z.array(z.object({
    azimuth: finite, dip: finite,
    tolerance: z.number().min(0).max(90).default(22.5),
    dipTolerance: z.number().min(0).max(90).optional().describe('Half-angle tolerance on the dip, degrees; default = tolerance.'),
    bandwidthH: positive.optional(), bandwidthV: positive.optional(),
  }).strict()).max(16).default([]),
  lag: positive.optional(),
  lagCount: z.number().int().positive().max(200).optional(),
  lagTolerance: positive.optional(),
}).strict();

const cutoffList = z.array(z.number().finite().nonnegative()).max(1000);

export const resourcesSection = z.object({
  /** Dry bulk density, t/m³. */
  density: positive.default(2.7).describe("Dry bulk density, t/m³."),
  /** Reporting cutoffs: one list for every element, or a list per element (e.g. {"AU": [0.3, 0.5], "CU": [0.1, 0.2]}). */
  cutoffs: z.union([cutoffList, boundedRecord(cutoffList)]).optional()
    .describe('Reporting cutoffs: one list for every element, or a list per element (e.g. {"AU": [0.3, 0.5], "CU": [0.1, 0.2]}).'),
  ...resourcesEconomicsShape,
}).strict();

/** The reporting cutoffs of one element: its own list, the common list, or undefined (derived from the estimate). */
export function cutoffsFor(resources: { cutoffs?: number[] | Record<string, number[]> } | undefined, element: string): number[] | undefined {
  const c = resources?.cutoffs;
  if (!c) return undefined;
  if (Array.isArray(c)) return c;
  const key = Object.keys(c).find((k) => k.toUpperCase() === element.toUpperCase());
  return key === undefined ? undefined : c[key];
}

/** One search neighbourhood as the scene gives it. */
export type SceneSearch = z.infer<typeof searchSchema>;

/** The scene's search of one element: the common one, the element's own (key case-insensitive), or undefined (derived). */
export function searchFor(search: SceneSearch | Record<string, SceneSearch> | undefined, element: string): SceneSearch | undefined {
  if (!search) return undefined;
  if (isSingleSearch(search)) return search;
  const key = Object.keys(search).find((k) => k === element) ?? Object.keys(search).find((k) => k.toUpperCase() === element.toUpperCase());
  return key === undefined ? undefined : search[key];
}

/** True when a scene's estimate.search is one search for every element (not a record per element). */
export function isSingleSearch(search: SceneSearch | Record<string, SceneSearch>): search is SceneSearch {
  return Array.isArray((search as SceneSearch).ranges);
}

export const domainsSection = makeDomainsSection(variogramSchema, searchSchema);

const rgb = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const viewSection = z.object({
  camera: z.object({ position: vec3, target: vec3, up: vec3.default([0, 0, 1]), fov: z.number().min(5).max(120).default(45) }).strict().optional(),
  element: name.optional(),
  /** Cutoff of the element shown (older files; kept equal to its entry in cutoffs). */
  cutoff: z.number().finite().optional().describe('Cutoff of the element shown (older files; kept equal to its entry in cutoffs).'),
  cutoffs: viewCutoffsSchema.optional(),
  /** Field shown on blocks. */
  field: z.enum(['estimate', 'variance', 'slope', 'samples', 'pass', 'class', 'ore', 'value', 'equivalent']).default('estimate').describe("Field shown on blocks."),
  colormap: z.enum(['viridis', 'magma', 'inferno', 'plasma', 'cividis', 'turbo']).default('viridis'),
  /** Colour range of the shown field; automatic when absent. */
  colorRange: z.tuple([finite, finite]).optional().describe("Colour range of the shown field; automatic when absent."),
  visible: z.object({
    drillholes: z.boolean().default(true), blocks: z.boolean().default(true),
    envelope: z.boolean().default(true), labels: z.boolean().default(false),
    axes: z.boolean().default(true),
  }).strict().default({ drillholes: true, blocks: true, envelope: true, labels: false, axes: true }),
  envelopeColor: rgb.default('#f5b342'),
  envelopeOpacity: z.number().min(0).max(1).default(0.35),
  section: sectionViewSchema.optional(),
  verticalExaggeration: z.number().min(0.1).max(20).default(1),
  language: z.enum(['en', 'zh']).optional(),
}).strict();

export const sceneSchema = z.object({
  lode: z.literal(SCENE_VERSION).describe('Scene format version (this is format 1).'),
  name: z.string().max(200).optional(),
  description: z.string().max(4000).optional(),
  /** Attribution of the data (licence, source). */
  attribution: z.string().max(4000).optional().describe("Attribution of the data (licence, source)."),
  /** Length unit of coordinates and depths. */
  units: z.enum(['m', 'ft']).default('m').describe("Length unit of coordinates and depths."),
  /** Grade unit per element, e.g. {"AU": "g/t", "CU": "%"}; defaults by element. */
  gradeUnits: boundedRecord(z.string().max(16)).optional().describe("Grade unit per element, e.g. {\"AU\": \"g/t\", \"CU\": \"%\"}; defaults by element."),
  data: dataSection.describe('The tables: collars, surveys, assays (and extra interval tables), or point samples. Each is {"path": relative to the scene file} or embedded {"text"} / {"gzip": base64}.'),
  import: importSection.describe('How cells are read: missing codes, below-detection rule, survey dip sign.').default({ missingCodes: ['NA', 'N/A', '-', '-99', '-999', '-9999'], belowDetection: { rule: 'half', negativeIsBelowDetection: true }, dipSign: 'auto' }),
  composite: compositeSection.optional().describe('Compositing of drillhole assays to a fixed length, optional breaks and top-cuts.'),
  variogram: variogramSection.optional().describe('Experimental variogram directions and lags (lode variogram, the app workbench).'),
  estimate: estimateSection.optional().describe('Kriging: elements, variogram models (practical ranges, GSLIB angles), search, discretization, grid; derived from the data when absent.'),
  resources: resourcesSection.optional().describe('Density and cutoffs of the grade–tonnage table; prices, costs, classification and regions of the resource report.'),
  intercepts: interceptsSection.optional().describe('Significant drillhole intercepts: element, cutoff, dilution and length rules (derived from the assays when absent).'),
  domains: domainsSection.optional().describe('Domains: the sample code column, solids or an indicator model giving block domains, hard-boundary estimation of the listed codes, the envelope.'),
  maps: mapsSection.optional().describe('Georeferenced images (PNG/JPEG with the numbers of their world file) draped on a plane under the holes.'),
  surfaces: surfacesSection.optional().describe('Surfaces and solids (OBJ/STL): topography, pit shells, faults, solids; a topography with excludeAbove makes the blocks above it air.'),
  view: viewSection.optional().describe('The app view: camera, cutoff, colours, visibility, section plane.'),
}).strict().superRefine((s, ctx) => {
  // A map draped on a surface names one of the scene's surfaces.
  const names = new Set((s.surfaces ?? []).map((x) => x.name));
  (s.maps ?? []).forEach((m, i) => {
    if (m.surface !== undefined && !names.has(m.surface)) ctx.addIssue({ code: 'custom', path: ['maps', i, 'surface'], params: { code: 'unknown-surface', name: m.surface }, message: `no surface named "${m.surface}" in the scene's surfaces` });
  });
});

/** A scene as written by a user (defaults may be missing). */
export type SceneInput = z.input<typeof sceneSchema>;
/** A validated scene with defaults filled. */
export type Scene = z.output<typeof sceneSchema>;
export type TableSource = z.output<typeof tableSource>;
export type EstimateSection = z.output<typeof estimateSection>;
export type ViewSection = z.output<typeof viewSection>;
export type CompositeSection = z.output<typeof compositeSection>;
export type SearchSection = z.output<typeof searchSchema>;
export type VariogramSection = z.output<typeof variogramSection>;
export type ImportSection = z.output<typeof importSection>;
export type ResourcesSection = z.output<typeof resourcesSection>;
export type DataSection = z.output<typeof dataSection>;
export type DomainsSection = z.output<typeof domainsSection>;
