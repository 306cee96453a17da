import { useEffect, useMemo } from 'react';
import { BoxGeometry, BufferAttribute, BufferGeometry, EdgesGeometry } from 'three';
import { blockCentroid } from '../engine/grid/blockGrid';
import type { Vec3 } from '../engine/types';
import { usePickRegistry } from './pickRegistry';
import { useFrameOfReference, useSceneStore } from './useSceneData';

/** Outline of the selected block, or a bright segment/point over the selected sample. */
export function Highlight() {
  const selection = useSceneStore((s) => s.selection);
  const grid = useSceneStore((s) => s.grid);
  const samples = useSceneStore((s) => s.samples);
  const { origin } = useFrameOfReference();
  const registry = usePickRegistry();

  const marker = useMemo(() => {
    if (selection?.kind === 'block' && grid) {
      const c = blockCentroid(grid, selection.index);
      const box = new BoxGeometry(grid.size[0] * 1.04, grid.size[1] * 1.04, grid.size[2] * 1.04);
      const g = new EdgesGeometry(box);
      box.dispose();
      return { kind: 'box' as const, geometry: g, position: [c[0] - origin[0], c[1] - origin[1], c[2] - origin[2]] as Vec3 };
    }
    if (selection?.kind === 'sample' && samples && selection.index >= 0 && selection.index < samples.x.length) {
      const h = registry.holes;
      const seg = h ? h.intervalSample.indexOf(selection.index) : -1;
      const g = new BufferGeometry();
      if (h && seg >= 0) {
        // LineSegments2 keeps start/end points in its instanceStart/instanceEnd attributes.
        const src = (h.intervals as unknown as { geometry: BufferGeometry }).geometry;
        const a = src.getAttribute('instanceStart'), b = src.getAttribute('instanceEnd');
        g.setAttribute('position', new BufferAttribute(Float32Array.from([a.getX(seg), a.getY(seg), a.getZ(seg), b.getX(seg), b.getY(seg), b.getZ(seg)]), 3));
        return { kind: 'segment' as const, geometry: g, position: [0, 0, 0] as Vec3 };
      }
      const i = selection.index;
      g.setAttribute('position', new BufferAttribute(Float32Array.from([samples.x[i] - origin[0], samples.y[i] - origin[1], samples.z[i] - origin[2]]), 3));
      return { kind: 'point' as const, geometry: g, position: [0, 0, 0] as Vec3 };
    }
    return null;
  }, [selection, grid, samples, origin, registry]);
  useEffect(() => () => marker?.geometry.dispose(), [marker]);

  if (!marker) return null;
  if (marker.kind === 'box') {
    return (
      <lineSegments geometry={marker.geometry} position={marker.position} renderOrder={5} raycast={() => undefined}>
        <lineBasicMaterial color="#ffffff" depthTest={false} transparent />
      </lineSegments>
    );
  }
  if (marker.kind === 'segment') {
    return (
      <lineSegments geometry={marker.geometry} renderOrder={5} raycast={() => undefined}>
        <lineBasicMaterial color="#ffffff" depthTest={false} transparent />
      </lineSegments>
    );
  }
  return (
    <points geometry={marker.geometry} renderOrder={5} raycast={() => undefined}>
      <pointsMaterial color="#ffffff" size={10} sizeAttenuation={false} depthTest={false} transparent />
    </points>
  );
}
