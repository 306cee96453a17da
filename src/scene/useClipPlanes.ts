import { useMemo } from 'react';
import { Plane, Vector3 } from 'three';
import type { Vec3 } from '../engine/types';
import type { SlabFrame } from '../engine/section/slab';
import { useFrameOfReference, useView } from './useSceneData';
import { useSection } from './useSection';

/**
 * World-space clipping planes of a section slab: keep |normal·p − position| ≤ half. The scene is
 * drawn relative to `origin` with Z scaled by `ve`, so a local plane n·p = c becomes
 * (nx, ny, nz/ve)·p_world = c (then normalised). three.js keeps points with normal·p + constant ≥ 0.
 */
export function slabPlanes(frame: SlabFrame, origin: Vec3, ve: number): [Plane, Plane] {
  const n = new Vector3(frame.normal[0], frame.normal[1], frame.normal[2] / ve);
  const len = n.length();
  n.divideScalar(len);
  const c = (frame.position - (frame.normal[0] * origin[0] + frame.normal[1] * origin[1] + frame.normal[2] * origin[2])) / len;
  const h = frame.half / len;
  return [new Plane(n.clone().negate(), c + h), new Plane(n.clone(), -(c - h))];
}

/** Clipping planes for materials (empty when no section is on); a new array when the section changes. */
export function useClipPlanes(): Plane[] {
  const section = useSection();
  const { origin } = useFrameOfReference();
  const ve = useView().verticalExaggeration;
  return useMemo(() => (section ? slabPlanes(section.frame, origin, ve) : []), [section, origin, ve]);
}
