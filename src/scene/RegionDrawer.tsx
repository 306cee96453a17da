import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry } from 'three';
import { planPoint } from './planPoint';
import { useRegionDraw } from './regionDrawState';
import { useFrameOfReference } from './useSceneData';

export const REGION_COLOR = '#ff5fd2';

/**
 * While a region is being drawn (Resources tab), a click (press and release within 5 px) in the
 * 3D view adds a corner where the pointer's ray meets the horizontal plane through the centre of
 * the data (in plan view: the point under the pointer); the corners so far are drawn as a line.
 */
export function RegionDrawer() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const { origin } = useFrameOfReference();
  const drawing = useRegionDraw((s) => s.drawing);
  const corners = useRegionDraw((s) => s.corners);

  useEffect(() => {
    if (!drawing) return;
    const el = gl.domElement;
    let down: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => { down = { x: e.clientX, y: e.clientY }; };
    const onUp = (e: PointerEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > 5 || e.button !== 0) { down = null; return; }
      down = null;
      const r = el.getBoundingClientRect();
      const p = planPoint(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1, camera, 0);
      if (!p) return;
      useRegionDraw.getState().add([p[0] + origin[0], p[1] + origin[1]]);
      invalidate();
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    return () => { el.removeEventListener('pointerdown', onDown); el.removeEventListener('pointerup', onUp); };
  }, [drawing, gl, camera, origin, invalidate]);

  const geometry = useMemo(() => {
    if (!drawing || corners.length === 0) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from(corners.flatMap(([x, y]) => [x - origin[0], y - origin[1], 0])), 3));
    return g;
  }, [drawing, corners, origin]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => invalidate(), [geometry, invalidate]);
  if (!geometry) return null;
  return (
    <group name="region-drawing">
      <lineLoop geometry={geometry} renderOrder={6} raycast={() => undefined}>
        <lineBasicMaterial color={REGION_COLOR} depthTest={false} transparent />
      </lineLoop>
      <points geometry={geometry} renderOrder={6} raycast={() => undefined}>
        <pointsMaterial color={REGION_COLOR} size={8} sizeAttenuation={false} depthTest={false} transparent />
      </points>
    </group>
  );
}
