import { useMemo } from 'react';
import { Plane, Vector3 } from 'three';
import type { Vec3 } from '../engine/types';
import type { ViewSection } from '../io/scene/schema';
import { useFrameOfReference, useView } from './useSceneData';

export type Section = NonNullable<ViewSection['section']>;
const AXIS = { x: 0, y: 1, z: 2 } as const;

/**
 * World-space clipping plane of a section: keeps the side where the coordinate is at most
 * `position` (west of an X section, south of a Y section, below a Z section). three.js keeps points
 * with normal·p + constant >= 0; the scene is drawn relative to `origin` with Z scaled by `ve`.
 */
export function sectionPlane(section: Section | undefined, origin: Vec3, ve: number): Plane | null {
  if (!section?.enabled) return null;
  const a = AXIS[section.axis];
  const normal = new Vector3(0, 0, 0).setComponent(a, -1);
  const local = (section.position - origin[a]) * (a === 2 ? ve : 1);
  return new Plane(normal, local);
}

/** Clipping planes for materials (empty when no section is on); a new array when the section changes. */
export function useClipPlanes(): Plane[] {
  const view = useView();
  const { origin } = useFrameOfReference();
  const { section, verticalExaggeration: ve } = view;
  return useMemo(() => {
    const p = sectionPlane(section, origin, ve);
    return p ? [p] : [];
  }, [section, origin, ve]);
}
