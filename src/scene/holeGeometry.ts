import type { DesurveyedHoles, SampleSet, Vec3 } from '../engine/types';
import { densifyTraces, holeIndexOf, locate } from '../engine/drillholes';
import { colorOf, srgbToLinear } from './colormaps';

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

/** Build the drawable traces, intervals and points of holes and samples, relative to `origin` (real units). */
export function buildHoleGeometry(holes: DesurveyedHoles | null, samples: SampleSet | null, origin: Vec3): HoleGeometry {
  const trace: number[] = [], traceHole: number[] = [];
  const collars = new Float32Array(3 * (holes?.holeIds.length ?? 0));
  if (holes) {
    const d = densifyTraces(holes);
    for (let h = 0; h < holes.holeIds.length; h++) {
      const o = d.offset[h], e = d.offset[h + 1];
      if (e > o) collars.set([d.x[o] - origin[0], d.y[o] - origin[1], d.z[o] - origin[2]], h * 3);
      for (let k = o; k + 1 < e; k++) {
        trace.push(d.x[k] - origin[0], d.y[k] - origin[1], d.z[k] - origin[2], d.x[k + 1] - origin[0], d.y[k + 1] - origin[1], d.z[k + 1] - origin[2]);
        traceHole.push(h);
      }
    }
  }
  const intervals: number[] = [], intervalSample: number[] = [], points: number[] = [], pointSample: number[] = [];
  if (samples) {
    const holeOf = holes ? holeIndexOf(holes, samples.holeIds) : null;
    const a = new Float64Array(3), b = new Float64Array(3);
    for (let i = 0; i < samples.x.length; i++) {
      const h = holeOf && samples.hole[i] >= 0 ? holeOf[samples.hole[i]] : -1;
      if (holes && h >= 0 && samples.from && samples.to && Number.isFinite(samples.from[i]) && Number.isFinite(samples.to[i])) {
        locate(holes, h, samples.from[i], a);
        locate(holes, h, samples.to[i], b);
        intervals.push(a[0] - origin[0], a[1] - origin[1], a[2] - origin[2], b[0] - origin[0], b[1] - origin[1], b[2] - origin[2]);
        intervalSample.push(i);
      } else if (Number.isFinite(samples.x[i]) && Number.isFinite(samples.y[i]) && Number.isFinite(samples.z[i])) {
        points.push(samples.x[i] - origin[0], samples.y[i] - origin[1], samples.z[i] - origin[2]);
        pointSample.push(i);
      }
    }
  }
  return {
    trace: Float32Array.from(trace), traceHole: Int32Array.from(traceHole),
    intervals: Float32Array.from(intervals), intervalSample: Int32Array.from(intervalSample),
    points: Float32Array.from(points), pointSample: Int32Array.from(pointSample),
    collars,
  };
}

/**
 * Linear-light RGB per vertex for samples drawn with `perVertex` vertices each (2 for segments, 1 for
 * points), from their grade on [min, max] with the LUT; grey where the grade is missing.
 */
export function sampleColors(sampleIndex: Int32Array, grades: Float64Array | undefined, lut: Float32Array,
  range: [number, number] | null, perVertex: number): Float32Array {
  const out = new Float32Array(sampleIndex.length * perVertex * 3);
  const c = new Float32Array(3);
  const [min, max] = range ?? [0, 1];
  for (let s = 0; s < sampleIndex.length; s++) {
    colorOf(lut, grades ? grades[sampleIndex[s]] : NaN, min, max, c);
    const r = srgbToLinear(c[0]), g = srgbToLinear(c[1]), b = srgbToLinear(c[2]);
    for (let v = 0; v < perVertex; v++) out.set([r, g, b], (s * perVertex + v) * 3);
  }
  return out;
}
