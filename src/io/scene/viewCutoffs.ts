import { z } from 'zod';

/** The view's cutoff per element, e.g. {"AU": 0.5, "CU": 0.2} (grade units of each element). */
export const viewCutoffsSchema = z.record(z.string().min(1).max(128), z.number().finite())
  .refine((r) => Object.keys(r).length <= 256, { message: 'allows at most 256 entries' })
  .describe('Cutoff per element, e.g. {"AU": 0.5, "CU": 0.2}; switching element restores its own.');

/** The cutoff part of a view: per element, and the older single cutoff (of `element`). */
export interface ViewCutoffs {
  element?: string;
  cutoff?: number;
  cutoffs?: Record<string, number>;
}

/** Key of element in a cutoff record (element names compare without case), or undefined. */
function keyOf(cutoffs: Record<string, number> | undefined, element: string): string | undefined {
  if (!cutoffs) return undefined;
  if (element in cutoffs) return element;
  return Object.keys(cutoffs).find((k) => k.toUpperCase() === element.toUpperCase());
}

/**
 * The saved cutoff of an element: its entry in `cutoffs`, else the single `cutoff` of an older
 * file when that file's view showed this element (or named none); undefined otherwise.
 */
export function cutoffOf(view: ViewCutoffs | undefined, element: string | undefined): number | undefined {
  if (!view || !element) return view?.cutoff;
  const k = keyOf(view.cutoffs, element);
  if (k !== undefined) return view.cutoffs![k];
  const legacyOwner = view.element;
  return legacyOwner === undefined || legacyOwner.toUpperCase() === element.toUpperCase() ? view.cutoff : undefined;
}

/** The view with element's cutoff set (in `cutoffs`, and as `cutoff` when element is the one shown, for older readers). */
export function withCutoff<V extends ViewCutoffs>(view: V, element: string | undefined, cutoff: number): V {
  if (!element) return { ...view, cutoff };
  const cutoffs = { ...view.cutoffs };
  const k = keyOf(cutoffs, element);
  if (k !== undefined && k !== element) delete cutoffs[k];
  cutoffs[element] = cutoff;
  const shown = view.element === undefined || view.element === element;
  return { ...view, cutoffs, ...(shown ? { cutoff } : {}) };
}

/**
 * Restore step: an older view's single `cutoff` belongs to its `element`; it moves into `cutoffs`
 * (unless that element already has one there). A view naming no element keeps it for the element shown first.
 */
export function restoreViewCutoffs<V extends ViewCutoffs>(view: V): V {
  if (view.cutoff === undefined || view.element === undefined) return view;
  if (keyOf(view.cutoffs, view.element) !== undefined) {
    // cutoffs wins; the single cutoff follows it.
    return { ...view, cutoff: cutoffOf({ cutoffs: view.cutoffs }, view.element) };
  }
  return { ...view, cutoffs: { ...view.cutoffs, [view.element]: view.cutoff } };
}
