import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, DoubleSide, MeshBasicMaterial, SRGBColorSpace, TextureLoader, type Texture } from 'three';
import type { MapImage } from '../io/scene/schemaMaps';
import { imageCorners, worldToUv } from '../io/worldFile';
import type { TriangleMesh } from '../engine/mesh/types';
import { surfaceGeometry } from './Surfaces';
import { useClipPlanes } from './useClipPlanes';
import { useFrameOfReference, useSceneStore } from './useSceneData';

/**
 * The surface's mesh with texture coordinates from the image's world file; vertices outside the
 * image are transparent (a fourth colour channel), so the image does not smear past its edges.
 */
function drapedSurface(map: MapImage, mesh: TriangleMesh, origin: [number, number, number]): BufferGeometry {
  const g = surfaceGeometry(mesh, origin);
  const uv = worldToUv(map.world, map.width, map.height, mesh.positions);
  g.setAttribute('uv', new BufferAttribute(uv, 2));
  const n = uv.length / 2, rgba = new Float32Array(4 * n).fill(1);
  for (let i = 0; i < n; i++) {
    const u = uv[2 * i], v = uv[2 * i + 1];
    if (u < 0 || u > 1 || v < 0 || v > 1) rgba[4 * i + 3] = 0;
  }
  g.setAttribute('color', new BufferAttribute(rgba, 4));
  return g;
}

/**
 * One georeferenced image: on the scene surface it names (e.g. the topography), else as a
 * textured quad on the plane z = elevation (corners from its world file).
 */
function Drape({ map }: { map: MapImage }) {
  const { origin } = useFrameOfReference();
  const clip = useClipPlanes();
  const invalidate = useThree((s) => s.invalidate);
  const surface = useSceneStore((s) => (map.surface ? s.data?.surfaces?.find((x) => x.source.name === map.surface)?.mesh : undefined));
  const geometry = useMemo(() => {
    if (surface) return drapedSurface(map, surface, origin);
    const c = imageCorners(map.world, map.width, map.height);
    const z = map.elevation - origin[2];
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from(c.flatMap(([x, y]) => [x - origin[0], y - origin[1], z])), 3));
    // Texture v runs up the image (flipY): top-left corner is (0, 1).
    g.setAttribute('uv', new BufferAttribute(Float32Array.from([0, 1, 1, 1, 1, 0, 0, 0]), 2));
    g.setIndex([0, 3, 2, 0, 2, 1]);
    return g;
  }, [map, surface, origin]);
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
    material.vertexColors = !!surface;
    material.needsUpdate = true;
    material.opacity = map.opacity;
    material.clippingPlanes = clip;
    invalidate();
  }, [material, map.opacity, clip, surface, invalidate]);
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
