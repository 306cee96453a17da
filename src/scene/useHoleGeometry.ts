import { useEffect, useState } from 'react';
import type { DesurveyedHoles, SampleSet, Vec3 } from '../engine/types';
import { buildHoleGeometry, type HoleGeometry } from './holeGeometry';
import { holeGeometryOffThread } from '../store/sceneLoaderClient';

interface Built { holes: DesurveyedHoles | null; samples: SampleSet | null; origin: Vec3; geo: HoleGeometry }

/**
 * The drawable holes of these holes and samples, built off the page's thread (Copper Creek's
 * 67,000 intervals took 300 ms there); null until they arrive, so the holes of a scene just opened
 * appear a moment after it. Built in process if the worker fails.
 */
export function useHoleGeometry(holes: DesurveyedHoles | null, samples: SampleSet | null, origin: Vec3): HoleGeometry | null {
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => {
    let live = true;
    holeGeometryOffThread(holes, samples, origin)
      .catch(() => buildHoleGeometry(holes, samples, origin))
      .then((geo) => { if (live) setBuilt({ holes, samples, origin, geo }); }, () => undefined);
    return () => { live = false; };
  }, [holes, samples, origin]);
  return built && built.holes === holes && built.samples === samples && built.origin === origin ? built.geo : null;
}
