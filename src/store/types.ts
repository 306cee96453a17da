import type { Scene, ViewSection } from '../io/scene/schema';
import type { UserMessage } from '../io/userMessage';
import type { BlockEstimates, BlockGrid, DesurveyedHoles, SampleSet, TriangleMesh, ValidationReport, Vec3 } from '../engine/types';
import type { EstimatePlan } from '../pipeline/planEstimate';
import type { SceneData } from '../pipeline/sceneData';

/** Commands the toolbar sends to the 3D view (the view owns the camera). `nonce` makes repeats fire. */
export type ViewCommand =
  | { kind: 'fit' | 'plan' | 'sectionNS' | 'sectionEW' | 'iso'; nonce: number }
  /** Fly to a point (real coordinates), keeping the viewing direction, at `distance` from it. */
  | { kind: 'focus'; nonce: number; target: Vec3; distance: number };

export type Selection =
  | { kind: 'block'; index: number }
  | { kind: 'sample'; index: number }
  /** A stretch of a hole (index into holes.holeIds) between two depths, e.g. a significant intercept. */
  | { kind: 'interval'; hole: number; from: number; to: number }
  | null;

/** A depth of a hole pointed at in a strip log, marked on the hole in 3D. */
export interface DepthProbe { hole: number; depth: number }

export interface EstimateStatus {
  running: boolean;
  /** 0..1 */
  progress: number;
  error?: UserMessage;
}

/**
 * The app's state. `scene` is the document (what is saved); everything else is derived
 * from it (data, estimates) or transient. Large arrays are held by reference, never copied.
 */
export interface LodeState {
  scene: Scene | null;
  /** Where relative paths in the scene resolve (URL of the scene file), or null when embedded. */
  sceneBase: string | null;
  holes: DesurveyedHoles | null;
  /** Composites (or point samples) shown on drillholes and used for estimation. */
  samples: SampleSet | null;
  grid: BlockGrid | null;
  /** Full-grid results per element (arrays of blockCount length). */
  estimates: Record<string, BlockEstimates>;
  envelope: TriangleMesh | null;
  /** Current cutoff of the shown element (fast state: read with getState/subscribe in the frame loop). */
  cutoff: number;
  status: EstimateStatus;
  selection: Selection;
  viewCommand: ViewCommand | null;
  /** Last error shown to the user (role="alert"): code + params translated by the UI, English text, detail. */
  error: UserMessage | null;
}

// ---------------------------------------------------------------------------------------------
// Derived data, fast summaries and the actions of the store.

/** Tonnes, mean grade and metal of the blocks at or above a cutoff. */
export interface CutoffSummary {
  /** Cutoff grade (grade unit of the element). */
  cutoff: number;
  /** Tonnes (t) above cutoff. */
  tonnes: number;
  /** Tonnage-weighted mean grade above cutoff (grade unit). */
  grade: number;
  /** Contained metal: tonnes × grade (t·grade unit; g for g/t, t·% for %). */
  metal: number;
  /** Number of estimated blocks above cutoff. */
  blocks: number;
}

/** One entry of sample-models/index.json. */
export interface SampleEntry {
  id: string;
  /** Path of the scene file, relative to sample-models/. */
  path: string;
  name: string;
  description?: string;
  /** Chinese name and description, when the index gives them. */
  nameZh?: string;
  descriptionZh?: string;
}

/** A dropped/picked table whose kind could not be told from its columns: waits for the mapping dialog. */
export interface PendingTable {
  name: string;
  text: string;
  header: string[];
  /** Best guess (or the user's choice; 'skip' leaves the file out), or null. */
  kind: TableKind | 'skip' | null;
  /** Canonical role → column as guessed (may be incomplete). */
  columns: Record<string, string>;
  /** The columns could match more than one kind or role. */
  ambiguous?: boolean;
  /**
   * Why the guess needs the user: 'unknown' (no kind fits the columns), 'ambiguous' (more than one
   * kind or column fits), 'columns' (a required column not found), 'duplicate' (another file has the same kind).
   */
  unsure?: 'unknown' | 'ambiguous' | 'columns' | 'duplicate';
  /** The user confirmed `kind` and `columns` in the mapping dialog (the mapping is then written to the scene). */
  explicit?: boolean;
}

/** Kinds of table; 'intervals' are extra downhole tables (lithology, alteration, domains) → scene data.intervals. */
export type TableKind = 'collars' | 'surveys' | 'assays' | 'intervals' | 'samples';

/** What the store keeps beyond LodeState (derived or transient). */
export interface LodeExtra {
  /** Everything loaded from the scene's data (tables as imported, holes, samples), held by reference. */
  data: SceneData | null;
  /** Depth pointed at in a strip log, or null. */
  probe: DepthProbe | null;
  /** Validation report of the data of the current scene. */
  report: ValidationReport | null;
  /**
   * The estimate plan of the scene (pipeline planEstimate, as `lode` computes it): grid, per-element
   * models, searches, kriging and discretization. Derived values are read from here, never copied
   * into the scene; `grid` is plan.grid.
   */
  plan: EstimatePlan | null;
  /** Elements (grade columns) available in the data. */
  elements: string[];
  /** Texts of the tables read for the current scene, by the path as written in the scene (for saving with data embedded). */
  tableTexts: Record<string, string>;
  /** Bumped whenever blocks of `estimates` change (chunks streaming in); the 3D view re-uploads changed attributes. */
  estimatesVersion: number;
  /** Block range [start, end) changed by the last bump of estimatesVersion (the whole grid after a reset). */
  estimatesDirty: { start: number; end: number } | null;
  /**
   * Bumped when a scene is opened (file, sample, autosave): the 3D view then applies scene.view.camera,
   * or fits the data when the scene has none. The view writes the camera back with setView({camera})
   * when the user stops orbiting, so that saving keeps it.
   */
  sceneNonce: number;
  /** Resource summary at the current cutoff for the shown element, or null before an estimate. */
  summary: CutoffSummary | null;
  /** Range of the cutoff slider for the shown element (grade unit). */
  cutoffRange: [number, number];
  /** True while the envelope is being recomputed. */
  envelopeBusy: boolean;
  /** A scene or data is being loaded (message key), else null. */
  loading: string | null;
  /** Sample scenes listed by sample-models/index.json. */
  sampleScenes: SampleEntry[];
  /** Tables waiting for the user to map their columns. */
  pending: PendingTable[] | null;
  /** Estimate parameters changed since the estimate shown was computed. */
  estimateStale: boolean;
}

/** Actions of the store. Every edit of the document goes through these. */
export interface LodeActions {
  /**
   * Open a validated scene: loads its data (relative paths resolve against `base`, or to `files` by name)
   * and replaces the current scene only if all succeeds; then estimates it (unless opts.estimate is false
   * or the grid is huge). Resolves true on success.
   */
  openScene(scene: Scene, base: string | null, files?: Record<string, string>, opts?: { estimate?: boolean }): Promise<boolean>;
  /** Parse scene text (untrusted; `name` is the file name for messages) and open it; errors go to `error` and leave the current scene. */
  openSceneText(text: string, name: string, base: string | null, files?: Record<string, string>): Promise<boolean>;
  /** Set the cutoff (grade unit); updates the summary synchronously (O(log n)). */
  setCutoff(cutoff: number): void;
  /** Prepare the cutoff curve of the shown estimate (in a worker) and fill the summary. */
  prepareSummary(): Promise<void>;
  /** Recompute the envelope at the current cutoff (in a worker). */
  updateEnvelope(): Promise<void>;
  /** Run the estimate of the given elements (default: the scene's estimate.elements, shown one first) in the worker pool, streaming results. */
  runEstimate(elements?: string[]): Promise<void>;
  /** Cancel a running estimate. */
  cancelEstimate(): void;
  /** Edit `scene.view` (shallow merge). */
  setView(patch: Partial<ViewSection>): void;
  /** Replace the scene document by an edited copy (recipe must not mutate). Data/estimate edits mark derived data stale. */
  editScene(recipe: (scene: Scene) => Scene): void;
  select(selection: Selection): void;
  setError(message: UserMessage | null): void;
  /** Send a camera command to the 3D view. */
  command(kind: Exclude<ViewCommand['kind'], 'focus'>): void;
  /** Fly the camera to a point (real coordinates) at `distance` from it. */
  focus(target: Vec3, distance: number): void;
  /** Mark a depth of a hole in 3D (strip-log hover), or clear it. */
  setProbe(probe: DepthProbe | null): void;
  /** Open dropped or picked files: a scene (with its tables), or tables that make/extend a scene. */
  openFiles(files: { name: string; text: string }[]): Promise<boolean>;
  /** Tables confirmed in the mapping dialog, or null to cancel. */
  resolvePending(tables: PendingTable[] | null): Promise<boolean>;
  /** Fetch and open a sample scene (path relative to sample-models/) or any same-origin scene URL. */
  openUrl(url: string): Promise<boolean>;
}

export type LodeStore = LodeState & LodeExtra & LodeActions & import('./resourceSlice').ResourceState;
