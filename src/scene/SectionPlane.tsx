import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { Vec3 } from '../engine/types';
import { boxCutExtent } from '../engine/section/framing';
import type { SlabFrame } from '../engine/section/slab';
import type { Bounds } from './bounds';
import { useFrameOfReference } from './useSceneData';
import { useSection } from './useSection';

/** Corners (local frame, 4 × xyz) of where the plane cuts the data bounds grown by 3 %, or null when it misses them. */
export function sectionRectangle(frame: SlabFrame, bounds: Bounds, origin: Vec3): Float32Array | null {
  const pad = (i: number) => 0.03 * (bounds.max[i] - bounds.min[i]);
  const grown = { min: bounds.min.map((v, i) => v - pad(i)) as Vec3, max: bounds.max.map((v, i) => v + pad(i)) as Vec3 };
  const e = boxCutExtent(frame, grown);
  if (!e) return null;
  const out = new Float32Array(12);
  [[e[0], e[2]], [e[1], e[2]], [e[1], e[3]], [e[0], e[3]]].forEach(([u, v], k) => {
    for (let c = 0; c < 3; c++) out[k * 3 + c] = frame.normal[c] * frame.position + frame.u[c] * u + frame.v[c] * v - origin[c];
  });
  return out;
}

/**
 * Where the section cuts (scene.view.section): a faint outline and tint of the plane across the
 * data. The slab clipping itself is done by each component (useClipPlanes; blocks in their shader).
 */
export function SectionPlane() {
  const section = useSection();
  const { origin, bounds } = useFrameOfReference();
  const geometry = useMemo(() => {
    const rect = section && bounds ? sectionRectangle(section.frame, bounds, origin) : null;
    if (!rect) return null;
    const corners = new BufferAttribute(rect, 3);
    const outline = new BufferGeometry().setAttribute('position', corners);
    const fill = new BufferGeometry().setAttribute('position', corners);
    fill.setIndex([0, 1, 2, 0, 2, 3]);
    return { outline, fill };
  }, [section, bounds, origin]);
  useEffect(() => () => { geometry?.outline.dispose(); geometry?.fill.dispose(); }, [geometry]);
  if (!geometry) return null;
  return (
    <group name="section-plane">
      <lineLoop geometry={geometry.outline} raycast={() => undefined}>
        <lineBasicMaterial color="#7fd4ff" transparent opacity={0.7} />
      </lineLoop>
      <mesh geometry={geometry.fill} renderOrder={-2} raycast={() => undefined}>
        <meshBasicMaterial color="#7fd4ff" transparent opacity={0.04} side={DoubleSide} depthWrite={false} />
      </mesh>
    </group>
  );
}
