import type { DesurveyedHoles, SampleSet, Vec3 } from '../types';
import { densifyTraces, holeIndexOf, locate } from './locate';

/** Drawable drillholes, positions relative to the local origin (float32). */
export interface HoleGeometry {
  /** Trace segments collar → end of hole: 6 floats per segment. */
  trace: Float32Array;
  /** Hole index of each trace segment. */
  traceHole: Int32Array;
  /** Sample intervals (from → to along their hole): 6 floats per segment. */
  intervals: Float32Array;
  /** Sample index of each interval segment. */
  intervalSample: Int32Array;
  /** Samples drawn as points (no hole, or no from/to): 3 floats per point. */
  points: Float32Array;
  pointSample: Int32Array;
  /** Collar of each hole (3 floats), for labels. */
  collars: Float32Array;
}

/**
 * Build the drawable traces, intervals and points of holes and samples, relative to `origin` (real
 * units). Arrays are sized up front (no growing lists): the app builds this off the page's thread,
 * the import worker serving it.
 */
export function buildHoleGeometry(holes: DesurveyedHoles | null, samples: SampleSet | null, origin: Vec3): HoleGeometry {
  const [ox, oy, oz] = origin;
  const nh = holes?.holeIds.length ?? 0;
  const collars = new Float32Array(3 * nh);
  let trace = new Float32Array(0), traceHole = new Int32Array(0);
  if (holes) {
    const d = densifyTraces(holes);
    let segs = 0;
    for (let h = 0; h < nh; h++) segs += Math.max(0, d.offset[h + 1] - d.offset[h] - 1);
    trace = new Float32Array(6 * segs);
    traceHole = new Int32Array(segs);
    let s = 0;
    for (let h = 0; h < nh; h++) {
      const o = d.offset[h], e = d.offset[h + 1];
      if (e > o) { collars[3 * h] = d.x[o] - ox; collars[3 * h + 1] = d.y[o] - oy; collars[3 * h + 2] = d.z[o] - oz; }
      for (let k = o; k + 1 < e; k++, s++) {
        trace[6 * s] = d.x[k] - ox; trace[6 * s + 1] = d.y[k] - oy; trace[6 * s + 2] = d.z[k] - oz;
        trace[6 * s + 3] = d.x[k + 1] - ox; trace[6 * s + 4] = d.y[k + 1] - oy; trace[6 * s + 5] = d.z[k + 1] - oz;
        traceHole[s] = h;
      }
    }
  }
  const n = samples?.x.length ?? 0;
  const intervals = new Float32Array(6 * n), intervalSample = new Int32Array(n);
  const points = new Float32Array(3 * n), pointSample = new Int32Array(n);
  let ni = 0, np = 0;
  if (samples) {
    const holeOf = holes ? holeIndexOf(holes, samples.holeIds) : null;
    const { from, to, x, y, z } = samples;
    const a = new Float64Array(3), b = new Float64Array(3);
    for (let i = 0; i < n; i++) {
      const h = holeOf && samples.hole[i] >= 0 ? holeOf[samples.hole[i]] : -1;
      if (holes && h >= 0 && from && to && Number.isFinite(from[i]) && Number.isFinite(to[i])) {
        locate(holes, h, from[i], a);
        locate(holes, h, to[i], b);
        const k = 6 * ni;
        intervals[k] = a[0] - ox; intervals[k + 1] = a[1] - oy; intervals[k + 2] = a[2] - oz;
        intervals[k + 3] = b[0] - ox; intervals[k + 4] = b[1] - oy; intervals[k + 5] = b[2] - oz;
        intervalSample[ni++] = i;
      } else if (Number.isFinite(x[i]) && Number.isFinite(y[i]) && Number.isFinite(z[i])) {
        points[3 * np] = x[i] - ox; points[3 * np + 1] = y[i] - oy; points[3 * np + 2] = z[i] - oz;
        pointSample[np++] = i;
      }
    }
  }
  return {
    trace, traceHole,
    intervals: intervals.slice(0, 6 * ni), intervalSample: intervalSample.slice(0, ni),
    points: points.slice(0, 3 * np), pointSample: pointSample.slice(0, np),
    collars,
  };
}
