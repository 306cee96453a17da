import { useEffect, useState } from 'react';
import type { DesurveyedHoles, SampleSet, Vec3 } from '../engine/types';
import { buildHoleGeometry, type HoleGeometry } from './holeGeometry';
import { holeGeometryOffThread } from '../store/sceneLoaderClient';
import { useFrameOfReference, useSceneStore } from './useSceneData';

interface Entry { holes: DesurveyedHoles | null; samples: SampleSet | null; origin: Vec3; geo: HoleGeometry | null; ready: Promise<void> }

// The last geometry asked for: the drillholes, the section rig and its overlay share one build.
let last: Entry | null = null;

function entryFor(holes: DesurveyedHoles | null, samples: SampleSet | null, origin: Vec3): Entry {
  // Origins compare by value: each component memoizes its own frame of reference.
  if (last && last.holes === holes && last.samples === samples && last.origin.every((v, i) => v === origin[i])) return last;
  const entry: Entry = { holes, samples, origin, geo: null, ready: Promise.resolve() };
  entry.ready = holeGeometryOffThread(holes, samples, origin)
    .catch(() => buildHoleGeometry(holes, samples, origin))
    .then((geo) => { entry.geo = geo; }, () => undefined);
  last = entry;
  return entry;
}

/**
 * The drawable holes of the store's holes and samples, built off the page's thread (Copper
 * Creek's 67,000 intervals took 300 ms there) once for every user; null until they arrive, so
 * the holes of a scene just opened appear a moment after it. Built in process if the worker fails.
 */
export function useHoleGeometry(): HoleGeometry | null {
  const holes = useSceneStore((s) => s.holes);
  const samples = useSceneStore((s) => s.samples);
  const { origin } = useFrameOfReference();
  const entry = entryFor(holes, samples, origin);
  const [, arrived] = useState(0);
  useEffect(() => {
    let live = true;
    // Always re-render once it is ready: it may have arrived between this render and the effect.
    void entry.ready.then(() => { if (live) arrived((n) => n + 1); });
    return () => { live = false; };
  }, [entry]);
  return entry.geo;
}
