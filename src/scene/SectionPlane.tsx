import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { Vec3 } from '../engine/types';
import type { Bounds } from './bounds';
import type { Section } from './useClipPlanes';
import { useFrameOfReference, useView } from './useSceneData';

const AXIS = { x: 0, y: 1, z: 2 } as const;

/** Corners (local frame, 4 × xyz) of the section rectangle across the data bounds, a little larger than them. */
export function sectionRectangle(section: Section, bounds: Bounds, origin: Vec3): Float32Array {
  const a = AXIS[section.axis], b = (a + 1) % 3, c = (a + 2) % 3;
  const pad = (i: number) => 0.03 * (bounds.max[i] - bounds.min[i]);
  const lo = (i: number) => bounds.min[i] - pad(i) - origin[i];
  const hi = (i: number) => bounds.max[i] + pad(i) - origin[i];
  const out = new Float32Array(12);
  [[lo(b), lo(c)], [hi(b), lo(c)], [hi(b), hi(c)], [lo(b), hi(c)]].forEach(([u, v], k) => {
    out[k * 3 + a] = section.position - origin[a];
    out[k * 3 + b] = u;
    out[k * 3 + c] = v;
  });
  return out;
}

/**
 * Where the section cuts (scene.view.section): a faint outline and tint of the plane across the
 * data. The clipping itself is done by each component (useClipPlanes; blocks in their shader).
 */
export function SectionPlane() {
  const view = useView();
  const { origin, bounds } = useFrameOfReference();
  const section = view.section;
  const geometry = useMemo(() => {
    if (!section?.enabled || !bounds) return null;
    const corners = new BufferAttribute(sectionRectangle(section, bounds, origin), 3);
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
      <mesh geometry={geometry.fill} renderOrder={3} raycast={() => undefined}>
        <meshBasicMaterial color="#7fd4ff" transparent opacity={0.06} side={DoubleSide} depthWrite={false} />
      </mesh>
    </group>
  );
}
