import { useEffect, useState } from 'react';
import type { Distribution, DistributionInput } from '../../engine/stats/distribution';
import { useLode } from '../../store';
import { inEngine } from './statsClient';

/** Bins of the histograms. */
export const BINS = 40;

/** Distributions of one element: raw assays (null for point data), composites before capping, and after (null without a cap). */
export interface ElementDistributions {
  element: string;
  raw: Distribution | null;
  composites: Distribution;
  capped: Distribution | null;
  /** Composite grades before capping and their weights (for the cap preview). */
  values: Float64Array;
  weights?: Float64Array;
}

/** Computes the Statistics tab's distributions of `element` in a worker whenever the data change. */
export function useDistributions(element: string | undefined): { result: ElementDistributions | null; busy: boolean; error: string | null } {
  const data = useLode((s) => s.data);
  const cap = useLode((s) => (element ? s.scene?.composite?.caps?.[element] : undefined));
  const [state, setState] = useState<{ result: ElementDistributions | null; busy: boolean; error: string | null }>({ result: null, busy: false, error: null });
  useEffect(() => {
    if (!data || !element || !data.samples.values[element]) { setState({ result: null, busy: false, error: null }); return; }
    let live = true;
    const s = data.samples;
    const values = data.uncapped?.[element] ?? s.values[element];
    const inputs: DistributionInput[] = [{ values, weights: s.weight, x: s.x, y: s.y, z: s.z }];
    const capped = data.caps?.[element] !== undefined;
    if (capped) inputs.push({ values: s.values[element], weights: s.weight, x: s.x, y: s.y, z: s.z });
    const a = data.assays, raw = a?.values[element];
    if (a && raw) inputs.push({ values: raw, weights: Float64Array.from(a.from, (f, i) => a.to[i] - f) });
    setState((p) => ({ ...p, busy: true, error: null }));
    inEngine((api) => api.distributions(inputs, BINS)).then((d) => {
      if (!live) return;
      setState({
        busy: false, error: null,
        result: { element, composites: d[0], capped: capped ? d[1] : null, raw: raw ? d[d.length - 1] : null, values, weights: s.weight },
      });
    }, (e: unknown) => { if (live) setState({ result: null, busy: false, error: (e as Error).message }); });
    return () => { live = false; };
  }, [data, element, cap]);
  return state;
}
