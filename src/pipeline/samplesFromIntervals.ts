import { intervalMidpoints } from '../engine/drillholes/locate';
import type { DesurveyedHoles, IntervalTable, SampleSet } from '../engine/types';

/** Uncomposited intervals as samples at their desurveyed midpoints (weight = interval length). */
export function samplesFromIntervals(t: IntervalTable, holes: DesurveyedHoles): SampleSet {
  const mid = intervalMidpoints(t, holes);
  const weight = Float64Array.from(t.from, (f, i) => t.to[i] - f);
  return { x: mid.x, y: mid.y, z: mid.z, hole: mid.hole, holeIds: holes.holeIds, from: t.from, to: t.to, weight, values: t.values };
}

/** A SampleSet with no samples (collars without assays). */
export function emptySamples(holeIds: string[] = []): SampleSet {
  return { x: new Float64Array(0), y: new Float64Array(0), z: new Float64Array(0), hole: new Int32Array(0), holeIds, values: {} };
}
