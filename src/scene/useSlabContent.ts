import { useMemo } from 'react';
import type { HoleGeometry } from './holeGeometry';
import { useHoleGeometry } from './useHoleGeometry';
import { slabContent, type SlabContent } from './slabContent';
import { useFrameOfReference } from './useSceneData';
import { useSection, type ActiveSection } from './useSection';

const contents = new WeakMap<ActiveSection, WeakMap<HoleGeometry, SlabContent>>();

/** The drillholes inside the section slab (null when no section is on). */
export function useSlabContent(): SlabContent | null {
  const section = useSection();
  const geo = useHoleGeometry();
  const { origin } = useFrameOfReference();
  return useMemo(() => {
    if (!section || !geo) return null;
    let byGeo = contents.get(section);
    if (!byGeo) contents.set(section, (byGeo = new WeakMap()));
    let c = byGeo.get(geo);
    if (!c) byGeo.set(geo, (c = slabContent(section.frame, geo, origin)));
    return c;
  }, [section, geo, origin]);
}
