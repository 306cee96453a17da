import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import { meshPlaneSegments } from '../engine/section/meshCut';
import { useFrameOfReference, useSceneStore, useView } from './useSceneData';
import { useSection } from './useSection';

/** In a section, the line where the plane cuts the envelope, in the envelope's colour, drawn over the blocks. */
export function EnvelopeCut() {
  const mesh = useSceneStore((s) => s.envelope);
  const section = useSection();
  const view = useView();
  const { origin } = useFrameOfReference();
  const geometry = useMemo(() => {
    if (!section || !mesh || mesh.indices.length === 0) return null;
    const o = mesh.origin ?? [0, 0, 0];
    const seg = meshPlaneSegments(section.frame, mesh.positions, mesh.indices, [o[0], o[1], o[2]]);
    if (seg.length === 0) return null;
    const local = new Float32Array(seg.length);
    for (let i = 0; i < seg.length; i++) local[i] = seg[i] - origin[i % 3];
    return new BufferGeometry().setAttribute('position', new BufferAttribute(local, 3));
  }, [section, mesh, origin]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry || !view.visible.envelope) return null;
  return (
    <lineSegments name="envelope-cut" geometry={geometry} renderOrder={6} raycast={() => undefined}>
      <lineBasicMaterial color={view.envelopeColor} depthTest={false} />
    </lineSegments>
  );
}
