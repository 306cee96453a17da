import { useMemo } from 'react';
import type { BlockField, ShownEstimates } from './blockAttributes';
import { useSceneStore } from './useSceneData';

const DERIVED = new Set<BlockField>(['class', 'ore', 'value', 'equivalent']);

/**
 * The estimates of the shown element; for a resource field (class, ore, value, equivalent) joined
 * with the store's per-block resource fields, so fieldArray reads them like any other field.
 */
export function useShownEstimates(element: string | null, field: BlockField): ShownEstimates | undefined {
  const est = useSceneStore((s) => (element ? s.estimates[element] : undefined));
  const res = useSceneStore((s) => s.blockResources);
  const derived = DERIVED.has(field);
  return useMemo(() => {
    if (!est || !derived) return est;
    const f = res && res.estimates[element!] === est ? res.fields : null;
    return { ...est, derived: { class: f?.class, value: f?.value, equivalent: f?.equivalent, ore: f ? res!.ore : null } };
  }, [est, res, derived, element]);
}
