import { useMemo } from 'react';
import type { DesurveyedHoles, SampleSet, Vec3 } from '../engine/types';
import { buildHoleGeometry, type HoleGeometry } from './holeGeometry';
import { slabContent, type SlabContent } from './slabContent';
import { useFrameOfReference, useSceneStore } from './useSceneData';
import { useSection, type ActiveSection } from './useSection';

// The last geometry built: the drillholes, the section rig and its overlay share it.
let last: { holes: DesurveyedHoles | null; samples: SampleSet | null; origin: Vec3; geo: HoleGeometry } | null = null;

/** Drawable drillhole geometry of the store's holes and samples (built once for every user). */
export function useHoleGeometry(): HoleGeometry {
  const holes = useSceneStore((s) => s.holes);
  const samples = useSceneStore((s) => s.samples);
  const { origin } = useFrameOfReference();
  return useMemo(() => {
    if (last && last.holes === holes && last.samples === samples && last.origin === origin) return last.geo;
    const geo = buildHoleGeometry(holes, samples, origin);
    last = { holes, samples, origin, geo };
    return geo;
  }, [holes, samples, origin]);
}

const contents = new WeakMap<ActiveSection, WeakMap<HoleGeometry, SlabContent>>();

/** The drillholes inside the section slab (null when no section is on). */
export function useSlabContent(): SlabContent | null {
  const section = useSection();
  const geo = useHoleGeometry();
  const { origin } = useFrameOfReference();
  return useMemo(() => {
    if (!section) return null;
    let byGeo = contents.get(section);
    if (!byGeo) contents.set(section, (byGeo = new WeakMap()));
    let c = byGeo.get(geo);
    if (!c) byGeo.set(geo, (c = slabContent(section.frame, geo, origin)));
    return c;
  }, [section, geo, origin]);
}
