import { useEffect, useState } from 'react';
import type { SwathAxis, SwathTable } from '../../engine/stats/swathTable';
import { useLode } from '../../store';
import { inEngine } from '../statistics/statsClient';

/** The estimate of an element when it is complete (not while an estimate streams in), else null. */
export function useFinishedEstimate(element: string | undefined): Float64Array | null {
  const est = useLode((s) => (element ? s.estimates[element]?.estimate : undefined));
  const running = useLode((s) => s.status.running);
  useLode((s) => s.estimatesVersion);
  return est && !running ? est : null;
}

/** Swath table of one element along one axis (the numbers of `lode swath`), computed in a worker. */
export function useSwath(element: string | undefined, axis: SwathAxis, width: number | undefined): SwathTable | null {
  const grid = useLode((s) => s.grid);
  const samples = useLode((s) => s.samples);
  const est = useFinishedEstimate(element);
  const [table, setTable] = useState<SwathTable | null>(null);
  useEffect(() => {
    if (!grid || !samples || !element || !est || !samples.values[element]) { setTable(null); return; }
    let live = true;
    const s = { x: samples.x, y: samples.y, z: samples.z, weight: samples.weight, values: { [element]: samples.values[element] } };
    inEngine((api) => api.swathTable(grid, s, { [element]: est }, [element], [axis], width))
      .then((t) => { if (live) setTable(t); }, () => { if (live) setTable(null); });
    return () => { live = false; };
  }, [grid, samples, element, est, axis, width]);
  return table;
}

/** Declustered mean of the composites (as used by the estimate, capped) and mean of the estimated blocks. */
export function useGlobalComparison(element: string | undefined): { declustered: number; blocks: number; blockCount: number } | null {
  const samples = useLode((s) => s.samples);
  const est = useFinishedEstimate(element);
  const [out, setOut] = useState<{ declustered: number; blocks: number; blockCount: number } | null>(null);
  useEffect(() => {
    if (!samples || !element || !est || !samples.values[element]) { setOut(null); return; }
    let live = true;
    const v = samples.values[element];
    Promise.all([
      inEngine((api) => api.distributions([{ values: v, weights: samples.weight, x: samples.x, y: samples.y, z: samples.z }], 1)),
      inEngine((api) => api.summarize(est)),
    ]).then(([d, b]) => { if (live) setOut({ declustered: d[0].declustered.mean, blocks: b.mean, blockCount: b.count }); }, () => { if (live) setOut(null); });
    return () => { live = false; };
  }, [samples, element, est]);
  return out;
}
