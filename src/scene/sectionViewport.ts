import { create } from 'zustand';

/** What the section's orthographic camera shows: section coordinates at the view's edges and its size in CSS px. */
export interface SectionViewport {
  uMin: number; uMax: number; vMin: number; vMax: number;
  width: number; height: number;
}

/** Published by the section rig on every camera change, read by the HTML grid overlay (null outside a section). */
export const useSectionViewport = create<{ viewport: SectionViewport | null }>(() => ({ viewport: null }));
