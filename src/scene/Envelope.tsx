import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { TriangleMesh } from '../engine/types';
import { useClipPlanes } from './useClipPlanes';
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
 */
export function Envelope() {
  const mesh = useSceneStore((s) => s.envelope);
  const view = useView();
  const { origin } = useFrameOfReference();
  const clip = useClipPlanes();
  const geometry = useMemo(() => (mesh && mesh.indices.length > 0 ? envelopeGeometry(mesh) : null), [mesh]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry || !mesh || !view.visible.envelope) return null;
  const o = mesh.origin ?? [0, 0, 0];
  return (
    <mesh
      name="envelope"
      geometry={geometry}
      position={[o[0] - origin[0], o[1] - origin[1], o[2] - origin[2]]}
      renderOrder={2}
      raycast={() => undefined}
    >
      <meshStandardMaterial
        color={view.envelopeColor}
        transparent
        opacity={view.envelopeOpacity}
        depthWrite={false}
        side={DoubleSide}
        roughness={0.6}
        metalness={0.05}
        clippingPlanes={clip}
      />
    </mesh>
  );
}
