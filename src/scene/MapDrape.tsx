import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, DoubleSide, MeshBasicMaterial, SRGBColorSpace, TextureLoader, type Texture } from 'three';
import type { MapImage } from '../io/scene/schemaMaps';
import { imageCorners } from '../io/worldFile';
import { useClipPlanes } from './useClipPlanes';
import { useFrameOfReference, useSceneStore } from './useSceneData';

/** One georeferenced image as a textured quad on the plane z = elevation (corners from its world file). */
function Drape({ map }: { map: MapImage }) {
  const { origin } = useFrameOfReference();
  const clip = useClipPlanes();
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => {
    const c = imageCorners(map.world, map.width, map.height);
    const z = map.elevation - origin[2];
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from(c.flatMap(([x, y]) => [x - origin[0], y - origin[1], z])), 3));
    // Texture v runs up the image (flipY): top-left corner is (0, 1).
    g.setAttribute('uv', new BufferAttribute(Float32Array.from([0, 1, 1, 1, 1, 0, 0, 0]), 2));
    g.setIndex([0, 3, 2, 0, 2, 1]);
    return g;
  }, [map.world, map.width, map.height, map.elevation, origin]);
  const material = useMemo(() => new MeshBasicMaterial({ side: DoubleSide, transparent: true, depthWrite: false }), []);
  useEffect(() => {
    let texture: Texture | null = null;
    let live = true;
    new TextureLoader().loadAsync(map.image).then((t) => {
      if (!live) { t.dispose(); return; }
      t.colorSpace = SRGBColorSpace;
      texture = t;
      material.map = t;
      material.needsUpdate = true;
      invalidate();
    }).catch(() => undefined);
    return () => { live = false; texture?.dispose(); material.map = null; };
  }, [map.image, material, invalidate]);
  useLayoutEffect(() => {
    material.opacity = map.opacity;
    material.clippingPlanes = clip;
    invalidate();
  }, [material, map.opacity, clip, invalidate]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return <mesh geometry={geometry} material={material} renderOrder={-2} name={`map-${map.name}`} raycast={() => undefined} />;
}

/** The scene's map images (scene.maps), draped under the holes. */
export function MapDrapes() {
  const maps = useSceneStore((s) => s.scene?.maps);
  if (!maps?.length) return null;
  return <group name="maps">{maps.filter((m) => m.visible).map((m, i) => <Drape key={`${i}-${m.name}`} map={m} />)}</group>;
}
