import type { Scene } from '../io/scene/schema';
import type { BlockEstimates, BlockGrid, DesurveyedHoles, SampleSet, TriangleMesh } from '../engine/types';

/** Commands the toolbar sends to the 3D view (the view owns the camera). `nonce` makes repeats fire. */
export type ViewCommand = { kind: 'fit' | 'plan' | 'sectionNS' | 'sectionEW' | 'iso'; nonce: number };

export type Selection =
  | { kind: 'block'; index: number }
  | { kind: 'sample'; index: number }
  | null;

export interface EstimateStatus {
  running: boolean;
  /** 0..1 */
  progress: number;
  error?: string;
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
  /** Last error shown to the user (role="alert"). */
  error: string | null;
}
