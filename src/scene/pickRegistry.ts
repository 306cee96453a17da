import { createContext, useContext } from 'react';
import type { Object3D } from 'three';
import type { BlockGrid, Vec3 } from '../engine/types';

/** What the drillholes register for picking: their objects and, per drawn segment/point, what it is. */
export interface HolePickTargets {
  /** Coloured sample intervals (LineSegments2); segment s is sample intervalSample[s]. */
  intervals: Object3D | null;
  intervalSample: Int32Array;
  /** Grey traces (LineSegments); segment s belongs to hole traceHole[s]. */
  trace: Object3D | null;
  traceHole: Int32Array;
  /** Point samples (Points); point p is sample pointSample[p]. */
  points: Object3D | null;
  pointSample: Int32Array;
}

/** What the block model registers for picking: the grid, the estimate per block (NO_VALUE = none) and where block 0 sits. */
export interface BlockPickTarget {
  grid: BlockGrid;
  grade: Float32Array;
  /** Centroid of block 0 relative to the local origin (unexaggerated). */
  base: Vec3;
}

/** Mutable registry shared by the scene components and the picker (no React state: read on click). */
export interface PickRegistry {
  holes: HolePickTargets | null;
  blocks: BlockPickTarget | null;
}

export const PickContext = createContext<PickRegistry>({ holes: null, blocks: null });

/** The registry of the enclosing Viewport. */
export function usePickRegistry(): PickRegistry {
  return useContext(PickContext);
}
