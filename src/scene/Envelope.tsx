import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide, MeshStandardMaterial } from 'three';
import type { TriangleMesh } from '../engine/types';
import { useClipPlanes } from './useClipPlanes';
import { whenGpuIdle } from './gpuFence';
import { useFrameOfReference, useSceneStore, useView } from './useSceneData';

/** Geometry of an isosurface mesh (arrays used as they are, not copied). */
export function envelopeGeometry(mesh: TriangleMesh): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  g.setAttribute('normal', new BufferAttribute(mesh.normals, 3));
  g.setIndex(new BufferAttribute(mesh.indices, 1));
  g.computeBoundingSphere();
  return g;
}

/**
 * The mineralization envelope: the isosurface of the estimate at the cutoff (store.envelope),
 * semi-transparent, colour and opacity from scene.view. Mesh positions are relative to mesh.origin
 * (or world when absent); the mesh is placed at origin − local origin, computed in float64.
 * One material for the component's life, drawn from the first frame on: an envelope that comes
 * (after an estimate) finds its shader program compiled (compiling takes ~0.1 s on the main
 * thread). A new mesh waits until the GPU has caught up (see gpuFence.ts).
 */
export function Envelope() {
  const latest = useSceneStore((s) => s.envelope);
  // A new mesh is shown once the GPU has drawn what it was given: its upload would wait for that.
  const [mesh, setMesh] = useState(latest);
  useEffect(() => {
    if (!latest) { setMesh(null); return; }
    let live = true;
    void whenGpuIdle().then(() => { if (live) setMesh(latest); });
    return () => { live = false; };
  }, [latest]);
  const view = useView();
  const { origin } = useFrameOfReference();
  const clip = useClipPlanes();
  const geometry = useMemo(() => (mesh && mesh.indices.length > 0 ? envelopeGeometry(mesh) : null), [mesh]);
  const material = useMemo(() => new MeshStandardMaterial({
    transparent: true, depthWrite: false, side: DoubleSide, roughness: 0.6, metalness: 0.05,
  }), []);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useLayoutEffect(() => {
    material.color.set(view.envelopeColor);
    material.opacity = view.envelopeOpacity;
    material.clippingPlanes = clip;
  }, [material, view.envelopeColor, view.envelopeOpacity, clip]);
  // Without an envelope, one degenerate triangle: the material's program is made and first used at
  // the first frame (queries that wait for the GPU process), not when an envelope arrives later.
  const o = mesh?.origin ?? [0, 0, 0];
  return (
    <mesh
      name="envelope"
      geometry={geometry ?? PLACEHOLDER}
      material={material}
      position={[o[0] - origin[0], o[1] - origin[1], o[2] - origin[2]]}
      visible={view.visible.envelope}
      renderOrder={2}
      raycast={() => undefined}
    />
  );
}

const PLACEHOLDER = envelopeGeometry({ positions: new Float32Array(9), normals: Float32Array.of(0, 0, 1, 0, 0, 1, 0, 0, 1), indices: Uint32Array.of(0, 1, 2) });
