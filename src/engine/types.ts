/**
 * Shared vocabulary of the engine. Everything per-sample or per-block is a typed array;
 * every object here is structured-cloneable, so it crosses worker boundaries as is.
 * Coordinates: X east, Y north, Z up, in the scene's length unit (m or ft).
 */

export type Vec3 = [number, number, number];

/** Where a finding or a row came from: file name as the user gave it, 1-based row as a spreadsheet shows it (header = row 1). */
export interface RowRef { file: string; row: number }

export type Severity = 'error' | 'warning' | 'info';

/** Values a message template is filled with: file names, hole ids, data values as printed, counts. */
export type MessageParams = Record<string, string | number>;

/** One more problem of the same row, as a code (with an optional variant) and its parameters. */
export interface MessagePart { code: string; variant?: string; params: MessageParams }

/** One row-level (or table-level) finding of import/validation. Nothing is excluded without one. */
export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. 'duplicate-collar', 'from-ge-to', 'overlap', 'no-collar'. */
  code: string;
  file: string;
  /** 1-based row as a spreadsheet shows it (header = 1); absent for table-level findings. */
  row?: number;
  column?: string;
  holeId?: string;
  /** The detail in English (CLI, and the UI's fallback when no template exists for the code). */
  message: string;
  /** Parameters of the code's translated detail template (the UI fills it; `message` is the same sentence in English). */
  params?: MessageParams;
  /** Which of the code's detail templates applies (e.g. 'summary' for a capped list), when there are several. */
  variant?: string;
  /** Further problems of the same row (e.g. a blank hole id and a negative depth), each with its own template. */
  also?: MessagePart[];
  /** True when the row was left out of further processing. */
  excluded: boolean;
}

/** Collar table: one entry per hole. */
export interface CollarTable {
  file: string;
  holeId: string[];
  x: Float64Array; y: Float64Array; z: Float64Array;
  /** End-of-hole depth, NaN where the file has none. */
  depth: Float64Array;
  /** Collar azimuth and dip (GSLIB: dip negative down), degrees, when the table has AZ/DIP columns; NaN where blank. They trace holes that have no survey rows. */
  azimuth?: Float64Array;
  dip?: Float64Array;
  row: Int32Array;
}

/** Survey stations. Dip is normalised to the GSLIB convention: negative downward, degrees. */
export interface SurveyTable {
  file: string;
  holeId: string[];
  at: Float64Array; azimuth: Float64Array; dip: Float64Array;
  row: Int32Array;
}

/** Downhole intervals (assays, lithology). Numeric columns as Float64Array with NaN = missing. */
export interface IntervalTable {
  file: string;
  holeId: string[];
  from: Float64Array; to: Float64Array;
  /** Grade columns by element name as the user knows it (e.g. 'AU', 'Cu_pct' → 'CU'). */
  values: Record<string, Float64Array>;
  /** Text columns (lithology, domain codes), '' = missing. */
  categories: Record<string, string[]>;
  row: Int32Array;
}

/** Point samples (X,Y[,Z], values), e.g. GSLIB cluster.dat or a composites file. */
export interface PointTable {
  file: string;
  x: Float64Array; y: Float64Array; z: Float64Array;
  /** True when the file had no Z column (z is then 0). */
  is2D: boolean;
  /** Hole id per point when the file has one, else undefined. */
  holeId?: string[];
  values: Record<string, Float64Array>;
  row: Int32Array;
  /** Text columns (domain codes), '' = missing; absent when the file has none. */
  categories?: Record<string, string[]>;
}

/**
 * A set of located samples: composites or point data. The unit the estimator and
 * statistics consume. `hole` indexes `holeIds`; -1 when the sample belongs to no hole.
 */
export interface SampleSet {
  x: Float64Array; y: Float64Array; z: Float64Array;
  hole: Int32Array;
  holeIds: string[];
  /** Downhole interval of each sample (composites); absent for point data. */
  from?: Float64Array; to?: Float64Array;
  /** Length (or declustering) weight per sample for statistics; absent = equal weights. */
  weight?: Float64Array;
  /** Grades by element; NaN = missing. */
  values: Record<string, Float64Array>;
  /** Domain/category per sample when compositing broke on a column. */
  domain?: string[];
}

/** Regular block grid, GSLIB convention: origin is the centroid of the first block; X fastest, then Y, then Z. */
export interface BlockGrid {
  origin: Vec3;
  size: Vec3;
  count: Vec3;
}

export type StructureType = 'spherical' | 'exponential' | 'gaussian';

/** One nested structure. `sill` is its contribution (GSLIB cc); ranges are practical ranges [major, semi, minor]; angles GSLIB [azimuth, dip, rake] in degrees. */
export interface VariogramStructure {
  type: StructureType;
  sill: number;
  ranges: Vec3;
  angles: Vec3;
}

/** Nugget plus up to three nested structures. */
export interface VariogramModel {
  nugget: number;
  structures: VariogramStructure[];
}

/** Search neighbourhood. Ranges/angles as a variogram structure (GSLIB angles). */
export interface SearchParams {
  ranges: Vec3;
  angles: Vec3;
  minSamples: number;
  maxSamples: number;
  /** Max samples from one hole; 0 = no limit. */
  maxPerHole: number;
  /** Octant search: at most this many samples per octant; 0 or absent = off. */
  maxPerOctant?: number;
  /**
   * Further passes for blocks the first fails: each multiplies the ellipsoid ranges by
   * `scale` and may relax minSamples. Up to 3 passes in all (the first is the base search).
   */
  passes?: { scale: number; minSamples?: number; maxSamples?: number }[];
}

export type KrigingType = { type: 'ordinary' } | { type: 'simple'; mean: number };

/** Samples handed to the estimator: one element, missing values already removed. */
export interface EstimationData {
  x: Float64Array; y: Float64Array; z: Float64Array;
  v: Float64Array;
  /** Hole index per sample (-1 = none), for max-per-hole and hole counts. */
  hole: Int32Array;
}

/** Per-block results, for blocks [start, start + estimate.length) of the grid. NaN = unestimated. */
export interface BlockEstimates {
  start: number;
  estimate: Float64Array;
  variance: Float64Array;
  /** Slope of regression of true on estimated block grade. */
  slope: Float64Array;
  nSamples: Int32Array;
  nHoles: Int32Array;
  /** Mean distance (Euclidean) from the block centre to the samples used. */
  meanDistance: Float64Array;
  /** Search pass that estimated the block (1..3); 0 = none. */
  pass: Uint8Array;
  /** Blocks whose kriging system was singular (reported, left NaN). */
  singular: number;
  /** Blocks with too few samples in every search pass (pass 0, NaN, not singular). */
  unestimated: number;
  /** Estimated blocks whose system's condition estimate exceeded CONDITION_LIMIT (kriging/krigingSystem.ts; estimate kept). */
  illConditioned: number;
  /** Estimated blocks with at least one kriging weight below −NEGATIVE_WEIGHT (kriging/estimator.ts; 0 for IDW). */
  negativeWeights: number;
  /** Largest condition estimate among the estimated blocks (0 when none, and for IDW). */
  maxCondition: number;
  /** Blocks outside the domains being estimated (NaN by design, not failures); absent when the run has no domains. */
  outside?: number;
}

/**
 * Desurveyed holes: each hole's trace as stations (measured depth and X,Y,Z), stored
 * CSR-style: hole h owns stations offset[h] .. offset[h+1]-1, the first at depth 0 (collar)
 * and the last at the end of hole. Positions between stations follow the minimum-curvature arcs.
 */
export interface DesurveyedHoles {
  holeIds: string[];
  offset: Int32Array;
  md: Float64Array;
  x: Float64Array; y: Float64Array; z: Float64Array;
  /** Direction cosines (east, north, up) at each station, for exact interpolation along arcs. */
  dx: Float64Array; dy: Float64Array; dz: Float64Array;
}

/** A triangle mesh (isosurface), in world coordinates, or relative to `origin` when that is given. */
export interface TriangleMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** When present, positions are relative to this point (world = origin + position): keeps float32 precise at large coordinates. */
  origin?: Vec3;
}

/** Validation report of an import: counts per table and element, and every row-level finding. */
export interface ValidationReport {
  findings: Finding[];
  tables: {
    kind: 'collars' | 'surveys' | 'assays' | 'intervals' | 'samples';
    file: string;
    /** Data rows read (header excluded). */
    rows: number;
    /** Rows excluded from further processing (each has a finding). */
    excluded: number;
    /** Canonical role → column name found in the file (e.g. HOLEID → 'hole_ID'). */
    columns: Record<string, string>;
  }[];
  elements: {
    name: string; column: string; values: number; missing: number; belowDetection: number;
    /** Unit hint read from the column name ('Cu_ppm' → 'ppm'): 'ppm' | 'ppb' | 'pct' | 'gpt' | 'opt' | 'ppt'; absent when the name has none. */
    unit?: string;
  }[];
}
