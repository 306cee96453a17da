import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { holePathSegments } from '../engine/drillholes/holePath';
import { locate } from '../engine/drillholes/locate';
import type { Vec3 } from '../engine/types';
import { interceptsFor } from '../pipeline/interceptsStep';
import { ScreenLabels } from './ScreenLabels';
import { segmentsGeometry } from './segmentsGeometry';
import { useClipPlanes } from './useClipPlanes';
import { useFrameOfReference, useSceneStore } from './useSceneData';
import { useInterceptMarks } from './useInterceptMarks';
import { useWarmShaders } from './useWarmShaders';

/** Colour of significant intercepts drawn along the holes (apart from every grade colour map). */
export const INTERCEPT_COLOR = '#ff4fd8';

/** Thick line segments (LineSegments2) of the given positions, null until their shader is compiled; disposed with the component. */
function useThickLines(positions: Float32Array | null, color: string, width: number, onTop: boolean): LineSegments2 | null {
  const clip = useClipPlanes();
  const invalidate = useThree((s) => s.invalidate);
  const obj = useMemo(() => {
    if (!positions || positions.length === 0) return null;
    const g = segmentsGeometry(positions);
    const m = new LineMaterial({ color, linewidth: width, worldUnits: false, depthTest: !onTop, transparent: onTop });
    const o = new LineSegments2(g, m);
    if (onTop) o.renderOrder = 6;
    o.raycast = () => undefined;
    return o;
  }, [positions, color, width, onTop]);
  useLayoutEffect(() => {
    if (obj) (obj.material as LineMaterial).clippingPlanes = onTop ? [] : clip;
    invalidate();
  }, [obj, clip, onTop, invalidate]);
  useEffect(() => () => { obj?.geometry.dispose(); (obj?.material as LineMaterial | undefined)?.dispose(); }, [obj]);
  // Shown once its shader is compiled (no frame waiting for the compile).
  return useWarmShaders(obj) ? obj : null;
}

/**
 * Marks on the holes: the significant intercepts of the scene (thick, in INTERCEPT_COLOR; with
 * "12.0 m @ 3.41" labels when `intercepts.labels` is set), the selected interval (white, on top)
 * and the depth pointed at in a strip log (a white tick).
 */
export function HoleMarks() {
  const scene = useSceneStore((s) => s.scene);
  const data = useSceneStore((s) => s.data);
  const holes = useSceneStore((s) => s.holes);
  const selection = useSceneStore((s) => s.selection);
  const probe = useSceneStore((s) => s.probe);
  const { origin } = useFrameOfReference();

  // The intercepts themselves (cached by interceptsFor: the same object while data and settings
  // stay), so that other scene edits — the cutoff slider's among them — do not rebuild the marks.
  const result = useMemo(() => (scene && data && data.kind === 'drillholes' && data.assays ? interceptsFor(scene, data) : null), [scene, data]);
  const labels = scene?.intercepts?.labels ?? false;
  // Built in the import worker: the 3D view draws the holes first, the marks a moment later.
  const intercepts = useInterceptMarks(result?.rows ?? null, holes, origin, result?.settings?.lengthUnit ?? 'm');

  const selected = useMemo(() => {
    if (!holes || selection?.kind !== 'interval') return null;
    return holePathSegments(holes, selection.hole, selection.from, selection.to, origin, 16);
  }, [holes, selection, origin]);

  const tick = useMemo(() => {
    if (!holes || !probe) return null;
    const c = locate(holes, probe.hole, probe.depth, [0, 0, 0]);
    const r = 3;
    const v: Vec3 = [c[0] - origin[0], c[1] - origin[1], c[2] - origin[2]];
    return Float32Array.from([v[0] - r, v[1], v[2], v[0] + r, v[1], v[2], v[0], v[1] - r, v[2], v[0], v[1] + r, v[2]]);
  }, [holes, probe, origin]);

  const interceptLines = useThickLines(intercepts?.positions ?? null, INTERCEPT_COLOR, 7, false);
  const selectedLines = useThickLines(selected, '#ffffff', 9, true);
  const tickLines = useThickLines(tick, '#ffffff', 3, true);

  return (
    <group name="hole-marks">
      {interceptLines && <primitive object={interceptLines} />}
      {labels && intercepts && <ScreenLabels points={intercepts.anchors} texts={intercepts.texts} style={{ color: INTERCEPT_COLOR }} declutter />}
      {selectedLines && <primitive object={selectedLines} />}
      {tickLines && <primitive object={tickLines} />}
    </group>
  );
}
