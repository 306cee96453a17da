import type { DomainSolid } from './domains/readSolids';
import type { CapReport } from '../engine/drillholes/capping';
import type { CompositeStats } from '../engine/drillholes/composite';
import type { LoadedSurface } from './loadSurfaces';
import type { CollarTable, DesurveyedHoles, Finding, IntervalTable, SampleSet, SurveyTable, ValidationReport } from '../engine/types';

/** Everything a scene's data yields before estimation; shared by the CLI and the app. */
export interface SceneData {
  kind: 'drillholes' | 'points';
  /** Validation report: every finding of import, validation, desurvey, compositing and capping. */
  report: ValidationReport;
  /** Same as report.findings. */
  findings: Finding[];
  /** Cleaned drillhole tables (drillhole data only). */
  collars?: CollarTable;
  surveys?: SurveyTable;
  assays?: IntervalTable;
  intervals?: IntervalTable[];
  /** Desurveyed holes; null for point data. */
  holes: DesurveyedHoles | null;
  /** Composites (when the scene composites), else interval midpoints, or the point samples; capped. */
  samples: SampleSet;
  /** Element names of the samples (keys of samples.values). */
  elements: string[];
  /** True when the point data had no Z column. */
  is2D: boolean;
  /** Compositing counts, when the scene composites. */
  composite?: CompositeStats;
  /** Top-cut report per element, when the scene caps. */
  caps?: Record<string, CapReport>;
  /** Sample grades before capping (same order as samples), when the scene caps; else samples.values. */
  uncapped?: Record<string, Float64Array>;
  /** The scene's surfaces and solids (OBJ/STL), read. */
  surfaces?: LoadedSurface[];
  /** Domain solids of the scene (domains.solids), read. */
  solids?: DomainSolid[];
}

/** Stages of loading a scene's data, reported in order as each starts (for progress in the app). */
export type LoadStage = 'read' | 'validate' | 'desurvey' | 'composite' | 'plan';

/** Called as each stage of loading starts. */
export type OnStage = (stage: LoadStage) => void;
