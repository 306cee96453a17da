import type { PointTable, SampleSet } from '../engine/types';

/** A point table as a SampleSet: hole ids (when the file has them) become hole indices, else -1. */
export function samplesFromPoints(t: PointTable): SampleSet {
  const n = t.x.length;
  const hole = new Int32Array(n).fill(-1);
  const holeIds: string[] = [];
  if (t.holeId) {
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const id = t.holeId[i];
      if (id === '') continue;
      let h = index.get(id);
      if (h === undefined) { h = holeIds.length; index.set(id, h); holeIds.push(id); }
      hole[i] = h;
    }
  }
  return { x: t.x, y: t.y, z: t.z, hole, holeIds, values: t.values };
}
