import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry } from 'three';
import { useRegionDraw } from './regionDrawState';
import { REGION_COLOR } from './RegionDrawer';
import { useFrameOfReference, useSceneStore } from './useSceneData';

/**
 * The scene's report regions (resources.regions) as prisms of lines: the polygon at its lower and
 * upper elevations (the data's when open) and the vertical edges; drawn when switched on in the
 * Resources tab. Inside the data frame (local coordinates, Z exaggerated).
 */
export function Regions() {
  const show = useRegionDraw((s) => s.show);
  const regions = useSceneStore((s) => s.scene?.resources?.regions);
  const { origin, bounds } = useFrameOfReference();
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => {
    if (!show || !regions?.length || !bounds) return null;
    const seg: number[] = [];
    for (const r of regions) {
      const z0 = (r.zmin ?? bounds.min[2]) - origin[2], z1 = (r.zmax ?? bounds.max[2]) - origin[2];
      r.polygon.forEach(([x, y], i) => {
        const [nx, ny] = r.polygon[(i + 1) % r.polygon.length];
        const a = [x - origin[0], y - origin[1]], b = [nx - origin[0], ny - origin[1]];
        seg.push(a[0], a[1], z0, b[0], b[1], z0, a[0], a[1], z1, b[0], b[1], z1, a[0], a[1], z0, a[0], a[1], z1);
      });
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from(seg), 3));
    return g;
  }, [show, regions, bounds, origin]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => invalidate(), [geometry, invalidate]);
  if (!geometry) return null;
  return (
    <lineSegments name="regions" geometry={geometry} renderOrder={4} raycast={() => undefined}>
      <lineBasicMaterial color={REGION_COLOR} transparent opacity={0.85} />
    </lineSegments>
  );
}
