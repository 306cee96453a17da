import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineSegments, Points, PointsMaterial } from 'three';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import type { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { colormapLut, type ColormapName } from './colormaps';
import { useColorRanges } from './colorRanges';
import { sampleColors } from './holeGeometry';
import { segmentsGeometry } from './segmentsGeometry';
import { useHoleGeometry } from './useHoleGeometry';
import { drawnHoles } from './perf';
import { usePickRegistry } from './pickRegistry';
import { ScreenLabels } from './ScreenLabels';
import { useClipPlanes } from './useClipPlanes';
import { useSlabContent } from './useSlabContent';
import { useSceneStore, useView } from './useSceneData';
import { useWarmShaders } from './useWarmShaders';

/** Width of the coloured sample intervals, in CSS pixels. */
const INTERVAL_WIDTH = 4;

/**
 * Drillholes: grey traces (collar to end of hole), sample intervals as thick segments coloured by
 * the shown element's grade (grey where missing), samples without a hole interval as points, and
 * optional hole-id labels at the collars (plain text).
 */
export function Drillholes() {
  const holes = useSceneStore((s) => s.holes);
  const samples = useSceneStore((s) => s.samples);
  const view = useView();
  const ranges = useColorRanges();
  const clip = useClipPlanes();
  const registry = usePickRegistry();
  const invalidate = useThree((s) => s.invalidate);

  // Built in the import worker: null for a moment after the data change.
  const geo = useHoleGeometry();
  // In a section, labels only for the holes in the slab, where they enter it.
  const slab = useSlabContent();
  const labelTexts = useMemo(() => (slab && holes ? slab.holes.map((h) => holes.holeIds[h]) : holes?.holeIds ?? []), [slab, holes]);

  const trace = useMemo(() => {
    if (!geo) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(geo.trace, 3));
    // Opaque, drawn first and without writing depth, so the thick intervals cover it where they run.
    const obj = new LineSegments(g, new LineBasicMaterial({ color: 0x7a7f86, depthWrite: false }));
    obj.renderOrder = -1;
    obj.name = 'hole-traces';
    return obj;
  }, [geo]);

  const intervals = useMemo(() => {
    if (!geo || geo.intervalSample.length === 0) return null;
    const g = segmentsGeometry(geo.intervals);
    const m = new LineMaterial({ linewidth: INTERVAL_WIDTH, vertexColors: true, worldUnits: false });
    const obj = new LineSegments2(g, m);
    obj.name = 'hole-intervals';
    return obj;
  }, [geo]);

  const points = useMemo(() => {
    if (!geo || geo.pointSample.length === 0) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(geo.points, 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(geo.points.length), 3));
    const obj = new Points(g, new PointsMaterial({ size: 6, sizeAttenuation: false, vertexColors: true }));
    obj.name = 'sample-points';
    return obj;
  }, [geo]);

  // Colours: grade of the shown element on the grade colour range.
  const grades = ranges.element ? samples?.values[ranges.element] : undefined;
  useLayoutEffect(() => {
    if (!geo) return;
    const lut = colormapLut(view.colormap as ColormapName);
    if (intervals) (intervals.geometry as LineSegmentsGeometry).setColors(sampleColors(geo.intervalSample, grades, lut, ranges.grade, 2));
    if (points) {
      const attr = points.geometry.getAttribute('color') as BufferAttribute;
      attr.set(sampleColors(geo.pointSample, grades, lut, ranges.grade, 1));
      attr.needsUpdate = true;
    }
    invalidate();
  }, [geo, intervals, points, grades, ranges.grade, view.colormap, invalidate]);

  // Section clipping.
  useLayoutEffect(() => {
    for (const o of [trace, intervals, points]) if (o) (o.material as LineBasicMaterial).clippingPlanes = clip;
    invalidate();
  }, [trace, intervals, points, clip, invalidate]);

  // Mounted once their shaders are compiled: the first frame with them does not wait for the compile.
  const warm = useWarmShaders(trace, intervals, points);

  useEffect(() => {
    if (!geo || !trace || !warm) return;
    registry.holes = { intervals, intervalSample: geo.intervalSample, trace, traceHole: geo.traceHole, points, pointSample: geo.pointSample };
    drawnHoles.holes = holes;
    return () => {
      registry.holes = null;
      drawnHoles.holes = null;
      for (const o of [trace, intervals, points]) {
        if (!o) continue;
        o.geometry.dispose();
        (o.material as LineBasicMaterial).dispose();
      }
    };
  }, [registry, geo, trace, intervals, points, holes, warm]);

  if (!view.visible.drillholes || !geo || !trace || !warm) return null;
  return (
    <group name="drillholes">
      <primitive object={trace} />
      {intervals && <primitive object={intervals} />}
      {points && <primitive object={points} />}
      {view.visible.labels && holes && <ScreenLabels points={slab ? slab.labelPoints : geo.collars} texts={labelTexts} declutter />}
    </group>
  );
}
