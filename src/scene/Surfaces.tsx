import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, DoubleSide, LineBasicMaterial, MeshStandardMaterial } from 'three';
import type { TriangleMesh } from '../engine/mesh/types';
import type { Vec3 } from '../engine/types';
import { meshPlaneSegments } from '../engine/section/meshCut';
import type { SurfaceSource } from '../io/scene/schemaSurfaces';
import { useClipPlanes } from './useClipPlanes';
import { useFrameOfReference, useSceneStore } from './useSceneData';
import { useSection } from './useSection';

/** Mesh geometry relative to the local origin (float32 after subtracting it in float64), with normals. */
export function surfaceGeometry(mesh: TriangleMesh, origin: Vec3): BufferGeometry {
  const p = mesh.positions, local = new Float32Array(p.length);
  for (let i = 0; i < p.length; i++) local[i] = p[i] - origin[i % 3];
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(local, 3));
  g.setIndex(new BufferAttribute(mesh.indices, 1));
  g.computeVertexNormals();
  g.computeBoundingSphere();
  return g;
}

/** One surface: its mesh (clipped to the section slab) and, in a section, the line where the plane cuts it. */
function Surface({ source, mesh }: { source: SurfaceSource; mesh: TriangleMesh }) {
  const { origin } = useFrameOfReference();
  const clip = useClipPlanes();
  const section = useSection();
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => surfaceGeometry(mesh, origin), [mesh, origin]);
  const cut = useMemo(() => {
    if (!section) return null;
    const seg = meshPlaneSegments(section.frame, mesh.positions, mesh.indices);
    if (seg.length === 0) return null;
    const local = new Float32Array(seg.length);
    for (let i = 0; i < seg.length; i++) local[i] = seg[i] - origin[i % 3];
    return new BufferGeometry().setAttribute('position', new BufferAttribute(local, 3));
  }, [section, mesh, origin]);
  const material = useMemo(() => new MeshStandardMaterial({ side: DoubleSide, transparent: true, depthWrite: false, roughness: 0.8, metalness: 0 }), []);
  const lineMaterial = useMemo(() => new LineBasicMaterial({ depthTest: false }), []);
  useLayoutEffect(() => {
    material.color.set(source.color);
    material.opacity = section ? Math.min(source.opacity, 0.25) : source.opacity;
    material.clippingPlanes = clip;
    lineMaterial.color.set(source.color);
    invalidate();
  }, [material, lineMaterial, source.color, source.opacity, clip, section, invalidate]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => cut?.dispose(), [cut]);
  useEffect(() => () => { material.dispose(); lineMaterial.dispose(); }, [material, lineMaterial]);
  return (
    <group name={`surface:${source.name}`}>
      <mesh geometry={geometry} material={material} renderOrder={1} raycast={() => undefined} />
      {cut && <lineSegments geometry={cut} material={lineMaterial} renderOrder={5} raycast={() => undefined} />}
    </group>
  );
}

/** The scene's surfaces and solids (scene.surfaces, read with the data), each in its colour and opacity. */
export function Surfaces() {
  const sources = useSceneStore((s) => s.scene?.surfaces);
  const loaded = useSceneStore((s) => s.data?.surfaces);
  if (!sources?.length || !loaded?.length) return null;
  return (
    <group name="surfaces">
      {sources.map((src) => {
        const l = loaded.find((x) => x.source.name === src.name);
        return l && src.visible ? <Surface key={src.name} source={src} mesh={l.mesh} /> : null;
      })}
    </group>
  );
}
