import { useEffect, useState } from 'react';
import type { DesurveyedHoles, Vec3 } from '../engine/types';
import { interceptMarks, type InterceptMarks } from '../engine/drillholes/interceptMarks';
import type { HoleIntercept } from '../pipeline/interceptsStep';
import { interceptMarksOffThread } from '../store/sceneLoaderClient';

/**
 * The marks of significant intercepts on their holes, built in the import worker (in process if it
 * fails). Null until the first arrive; while new intercepts are built the previous marks of the same
 * holes stay shown.
 */
export function useInterceptMarks(rows: HoleIntercept[] | null, holes: DesurveyedHoles | null, origin: Vec3, lengthUnit: string): InterceptMarks | null {
  const [built, setBuilt] = useState<{ holes: DesurveyedHoles; origin: Vec3; marks: InterceptMarks } | null>(null);
  useEffect(() => {
    if (!rows || !holes) return;
    let live = true;
    interceptMarksOffThread(holes, rows, origin, lengthUnit)
      .catch(() => interceptMarks(holes, rows, origin, lengthUnit))
      .then((marks) => { if (live) setBuilt({ holes, origin, marks }); }, () => undefined);
    return () => { live = false; };
  }, [rows, holes, origin, lengthUnit]);
  if (!rows || !holes || !built || built.holes !== holes || built.origin.some((v, i) => v !== origin[i])) return null;
  return built.marks;
}
